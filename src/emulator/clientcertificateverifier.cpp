// SPDX-License-Identifier: Apache-2.0
#include "clientcertificateverifier.h"

#include <openssl/bio.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace sdsm::emu {

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct ContextFree
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};
struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};

std::unique_ptr<X509, X509Free> toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, X509Free>(d2i_X509(nullptr, &bytes, long(der.size())));
}

// .NET's X509Certificate2.Subject: most specific RDN first, ", " between them.
QString dotNetSubject(X509 *certificate)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio
        || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0,
                              XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_DN_REV | XN_FLAG_FN_SN
                                  | (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB))
            < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

} // namespace

ClientCertificateVerifier::ClientCertificateVerifier() = default;

ClientCertificateVerifier::~ClientCertificateVerifier()
{
    X509_STORE_free(m_store);
}

bool ClientCertificateVerifier::load(const QString &caPath, QString *error)
{
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caPath, QSsl::Pem);
    if (authorities.isEmpty()) {
        *error = u"The client CA file \"%1\" holds no PEM certificate."_s.arg(caPath);
        return false;
    }
    X509_STORE_free(m_store);
    m_store = X509_STORE_new();
    for (const QSslCertificate &authority : authorities) {
        const auto certificate = toX509(authority);
        if (!certificate || X509_STORE_add_cert(m_store, certificate.get()) != 1) {
            *error =
                u"The client CA file \"%1\" has a certificate OpenSSL cannot use."_s.arg(caPath);
            return false;
        }
    }
    return true;
}

ClientCertificate ClientCertificateVerifier::inspect(const QSslCertificate &leaf,
                                                     const QList<QSslCertificate> &chain) const
{
    ClientCertificate result;
    if (leaf.isNull())
        return result;
    result.presented = true;
    result.commonName = leaf.subjectInfo(QSslCertificate::CommonName).value(0);
    const auto certificate = toX509(leaf);
    if (!certificate || !m_store)
        return result;
    result.subject = dotNetSubject(certificate.get());

    std::unique_ptr<STACK_OF(X509), StackFree> untrusted(sk_X509_new_null());
    for (const QSslCertificate &link : chain) {
        if (link == leaf)
            continue;
        if (auto intermediate = toX509(link))
            sk_X509_push(untrusted.get(), intermediate.release());
    }
    std::unique_ptr<X509_STORE_CTX, ContextFree> context(X509_STORE_CTX_new());
    result.trusted = context
        && X509_STORE_CTX_init(context.get(), m_store, certificate.get(), untrusted.get()) == 1
        && X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT) == 1
        && X509_verify_cert(context.get()) == 1;
    return result;
}

} // namespace sdsm::emu
