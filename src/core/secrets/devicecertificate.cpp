// SPDX-License-Identifier: Apache-2.0
#include "devicecertificate.h"

#include "opensslptr.h"
#include "secretbytes.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// Certificate and key files are a few KiB; the bound keeps a wrong path (a disk image, a log)
// from being read whole.
constexpr qint64 kMaxFileBytes = 1024 * 1024;
// PKCS#12 safe contents may nest; real files nest once at most.
constexpr int kMaxBagDepth = 3;
constexpr qint64 kExpiryWarningSeconds = 30 * 24 * 3600;

const char *const kCertField = "device_cert";
const char *const kKeyField = "device_key";

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error errorFor(ErrorKind kind, const QString &message, const char *field)
{
    return makeError(kind, message)
        .with({RemedyAction::EditProfileField, QString::fromLatin1(field)});
}

Error passwordError(ErrorKind kind, const QString &message)
{
    return makeError(kind, message).with({RemedyAction::SetSecret, u"cert-password"_s});
}

Error wrongPassword(const QString &path)
{
    return passwordError(ErrorKind::Refused,
                         QCoreApplication::translate(
                             "sdsm", "the certificate password is wrong: it does not open %1")
                             .arg(shown(path)));
}

Error missingPassword(const QString &path)
{
    return passwordError(
        ErrorKind::SecretMissing,
        QCoreApplication::translate("sdsm",
                                    "%1 is protected by a password and no certificate password "
                                    "is stored")
            .arg(shown(path)));
}

Error neitherKind(const QString &path)
{
    return errorFor(ErrorKind::Config,
                    QCoreApplication::translate("sdsm",
                                                "%1 is neither a PKCS#12 file (.p12, .pfx) nor a "
                                                "PEM certificate, or it is damaged")
                        .arg(shown(path)),
                    kCertField);
}

Error pkcs12WithKeyFile(const QString &path)
{
    return errorFor(ErrorKind::Config,
                    QCoreApplication::translate("sdsm",
                                                "%1 is a PKCS#12 file, which holds its own private "
                                                "key, so no separate key file can be used")
                        .arg(shown(path)),
                    kKeyField);
}

Error certificateWithoutKey(const QString &path)
{
    return errorFor(ErrorKind::Config,
                    QCoreApplication::translate("sdsm",
                                                "%1 holds a certificate but no private key, so "
                                                "the key file is needed as well")
                        .arg(shown(path)),
                    kKeyField);
}

Error notAKeyFile(const QString &keyPath)
{
    return errorFor(
        ErrorKind::Config,
        QCoreApplication::translate("sdsm", "%1 holds no PEM private key").arg(shown(keyPath)),
        kKeyField);
}

// Reads a whole certificate or key file, refusing what cannot be one. A FIFO or a device is
// refused before opening: reading one could block forever.
Result<SecretBytes> readFile(const QString &path, const char *field)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return errorFor(ErrorKind::Config,
                        QCoreApplication::translate("sdsm", "the file %1 cannot be read: %2")
                            .arg(shown(path),
                                 info.exists() && !info.isFile()
                                     ? QCoreApplication::translate("sdsm", "it is not a file")
                                     : file.errorString()),
                        field);
    SecretBytes bytes(file.read(kMaxFileBytes + 1));
    if (bytes.view().size() > kMaxFileBytes)
        return errorFor(ErrorKind::Config,
                        QCoreApplication::translate("sdsm",
                                                    "%1 is larger than 1 MiB, so it is not a "
                                                    "certificate or key file")
                            .arg(shown(path)),
                        field);
    return bytes;
}

// A key file that is not encrypted protects the device only through its permissions.
bool readableByOthers(const QString &path)
{
#ifdef Q_OS_UNIX
    return (QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) != 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// The library context that decrypts device certificate files: OpenSSL's default provider plus
// its legacy one (RC2-40 and RC4, which Windows exports still use for PKCS#12). Kept apart from
// the default context so the weak ciphers never become available to TLS or anything else.
// Created once and never freed: freeing it at exit would race OpenSSL's own exit-time cleanup.
struct DecryptionContext
{
    OSSL_LIB_CTX *context = nullptr;
    bool legacy = false;
};

const DecryptionContext &decryptionContext()
{
    static const DecryptionContext shared = [] {
        DecryptionContext made;
        made.context = OSSL_LIB_CTX_new();
        if (made.context) {
            OSSL_PROVIDER_load(made.context, "default");
            made.legacy = OSSL_PROVIDER_load(made.context, "legacy") != nullptr;
        }
        ERR_clear_error();
        return made;
    }();
    return shared;
}

// Keys decrypted in the decryption context are moved into the default one, so nothing that
// later uses them (TLS, comparisons with certificates) depends on the legacy provider.
ossl::Pkey inDefaultContext(const PKCS8_PRIV_KEY_INFO *p8)
{
    return ossl::Pkey(p8 ? EVP_PKCS82PKEY(p8) : nullptr);
}

ossl::Pkey inDefaultContext(EVP_PKEY *key)
{
    const ossl::P8Info p8(EVP_PKEY2PKCS8(key));
    return inDefaultContext(p8.get());
}

bool looksLikePem(QByteArrayView text)
{
    return text.contains("-----BEGIN ");
}

// Calls visit(name, header, der, length) for each PEM block, wiping each block's bytes after.
template<typename Visit> void forEachPemBlock(QByteArrayView text, Visit visit)
{
    const ossl::Bio bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long length = 0;
    while (bio && PEM_read_bio(bio.get(), &name, &header, &data, &length) == 1) {
        visit(name, header, data, length);
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_clear_free(data, static_cast<size_t>(length));
    }
    ERR_clear_error(); // the end of the text is reported as an error
}

enum class KeyBlock { NotAKey, Plain, Encrypted };

KeyBlock classifyKeyBlock(const char *name, const char *header, const unsigned char *data,
                          long length)
{
    const unsigned char *cursor = data;
    if (qstrcmp(name, PEM_STRING_PKCS8) == 0)
        return ossl::X509Sig(d2i_X509_SIG(nullptr, &cursor, length)) ? KeyBlock::Encrypted
                                                                     : KeyBlock::NotAKey;
    if (qstrcmp(name, PEM_STRING_PKCS8INF) != 0 && qstrcmp(name, PEM_STRING_RSA) != 0
        && qstrcmp(name, PEM_STRING_ECPRIVATEKEY) != 0)
        return KeyBlock::NotAKey;
    // Traditional PEM encryption (RFC 1421): "Proc-Type: 4,ENCRYPTED" and a DEK-Info line.
    if (header && std::strstr(header, "ENCRYPTED"))
        return KeyBlock::Encrypted;
    return ossl::Pkey(d2i_AutoPrivateKey(nullptr, &cursor, length)) ? KeyBlock::Plain
                                                                    : KeyBlock::NotAKey;
}

struct PemScan
{
    std::vector<ossl::X509Ptr> certificates;
    int plainKeys = 0;
    int encryptedKeys = 0;
    bool hasKey() const { return plainKeys + encryptedKeys > 0; }
};

PemScan scanPem(QByteArrayView text)
{
    PemScan scan;
    forEachPemBlock(
        text, [&](const char *name, const char *header, const unsigned char *data, long length) {
            if (qstrcmp(name, PEM_STRING_X509) == 0) {
                const unsigned char *cursor = data;
                if (ossl::X509Ptr certificate {d2i_X509(nullptr, &cursor, length)})
                    scan.certificates.push_back(std::move(certificate));
                return;
            }
            switch (classifyKeyBlock(name, header, data, length)) {
            case KeyBlock::Plain:
                ++scan.plainKeys;
                break;
            case KeyBlock::Encrypted:
                ++scan.encryptedKeys;
                break;
            case KeyBlock::NotAKey:
                break;
            }
        });
    ERR_clear_error();
    return scan;
}

ossl::Pkcs12 parsePkcs12(QByteArrayView der)
{
    const unsigned char *cursor = ossl::bytes(der.data());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(der.size())));
    ERR_clear_error();
    // Bytes after the structure mean it is not (only) a PKCS#12 file.
    if (!p12 || cursor != ossl::bytes(der.data()) + der.size())
        return {};
    return p12;
}

// A password as OpenSSL's PKCS#12 functions take it; a null `data` is "no password", which
// PKCS#12 tools encode differently from the empty one.
struct Passphrase
{
    const char *data = nullptr;
    int size = 0;
};

// With a password, that password. Without one (or an empty one): the empty password and no
// password, the two forms tools write for "unprotected".
std::vector<Passphrase> passphrasesFor(const std::optional<SecretBytes> &password)
{
    static const char empty[] = "";
    if (password && !password->isEmpty())
        return {{password->view().data(), static_cast<int>(password->view().size())}};
    return {{empty, 0}, {nullptr, 0}};
}

enum class MacCheck { Verified, Mismatch, Unusable };

MacCheck checkMac(PKCS12 *p12, const Passphrase &passphrase)
{
    ERR_clear_error();
    if (PKCS12_verify_mac(p12, passphrase.data, passphrase.size) == 1)
        return MacCheck::Verified;
    // A mismatch leaves no error; a MAC that cannot even be computed means a damaged file.
    const bool unusable = ERR_GET_REASON(ERR_peek_last_error()) == PKCS12_R_MAC_GENERATION_ERROR;
    ERR_clear_error();
    return unusable ? MacCheck::Unusable : MacCheck::Mismatch;
}

struct Pkcs12Passphrase
{
    std::optional<Passphrase> passphrase; // nullopt: no candidate opens the file
    bool macVerified = false;
    bool damaged = false;
};

Pkcs12Passphrase choosePassphrase(PKCS12 *p12, const std::optional<SecretBytes> &password)
{
    const std::vector<Passphrase> candidates = passphrasesFor(password);
    if (!PKCS12_mac_present(p12))
        return {candidates.front(), false, false};
    for (const Passphrase &candidate : candidates) {
        switch (checkMac(p12, candidate)) {
        case MacCheck::Verified:
            return {candidate, true, false};
        case MacCheck::Unusable:
            return {std::nullopt, false, true};
        case MacCheck::Mismatch:
            break;
        }
    }
    return {};
}

// RC2, RC4 and single DES password-based encryption (PKCS#5 v1.5 and PKCS#12 v1): only the
// legacy provider has them.
bool isLegacyEncryption(const X509_ALGOR *algorithm)
{
    const ASN1_OBJECT *object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    switch (OBJ_obj2nid(object)) {
    case NID_pbe_WithSHA1And128BitRC4:
    case NID_pbe_WithSHA1And40BitRC4:
    case NID_pbe_WithSHA1And128BitRC2_CBC:
    case NID_pbe_WithSHA1And40BitRC2_CBC:
    case NID_pbeWithMD2AndRC2_CBC:
    case NID_pbeWithMD5AndRC2_CBC:
    case NID_pbeWithSHA1AndRC2_CBC:
    case NID_pbeWithMD2AndDES_CBC:
    case NID_pbeWithMD5AndDES_CBC:
    case NID_pbeWithSHA1AndDES_CBC:
        return true;
    default:
        return false;
    }
}

struct Contents
{
    std::vector<ossl::X509Ptr> certificates;
    std::vector<ossl::Pkey> keys;
    bool decryptionFailed = false;
    bool legacyEncryption = false; // something that failed to decrypt used RC2/RC4/DES
    bool damaged = false;
};

struct BagStackFree
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * bags) const
    {
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
};
using Bags = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), BagStackFree>;

struct Pkcs7StackFree
{
    void operator()(STACK_OF(PKCS7) * safes) const { sk_PKCS7_pop_free(safes, PKCS7_free); }
};
using Safes = std::unique_ptr<STACK_OF(PKCS7), Pkcs7StackFree>;

void collectBags(const STACK_OF(PKCS12_SAFEBAG) * bags, const Passphrase &passphrase, int depth,
                 Contents &out)
{
    OSSL_LIB_CTX *context = decryptionContext().context;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_keyBag:
            if (ossl::Pkey key = inDefaultContext(PKCS12_SAFEBAG_get0_p8inf(bag)))
                out.keys.push_back(std::move(key));
            break;
        case NID_pkcs8ShroudedKeyBag:
            if (const ossl::P8Info p8 {PKCS12_decrypt_skey_ex(bag, passphrase.data, passphrase.size,
                                                              context, nullptr)}) {
                if (ossl::Pkey key = inDefaultContext(p8.get()))
                    out.keys.push_back(std::move(key));
            } else {
                out.decryptionFailed = true;
                const X509_ALGOR *algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                out.legacyEncryption |= algorithm && isLegacyEncryption(algorithm);
            }
            break;
        case NID_certBag:
            if (PKCS12_SAFEBAG_get_bag_nid(bag) == NID_x509Certificate) {
                if (ossl::X509Ptr certificate {PKCS12_SAFEBAG_get1_cert(bag)})
                    out.certificates.push_back(std::move(certificate));
            }
            break;
        case NID_safeContentsBag:
            if (depth < kMaxBagDepth)
                collectBags(PKCS12_SAFEBAG_get0_safes(bag), passphrase, depth + 1, out);
            break;
        default:
            break; // CRLs, secrets and unknown bags do not matter for a client identity
        }
    }
}

// Walks the PKCS#12 contents with the decryption context (PKCS12_parse would use the default
// context, where RC2 is missing).
Contents readPkcs12(PKCS12 *p12, const Passphrase &passphrase)
{
    Contents out;
    const Safes safes(PKCS12_unpack_authsafes(p12));
    if (!safes) {
        out.damaged = true;
        return out;
    }
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes.get(), i);
        Bags bags;
        if (PKCS7_type_is_data(safe)) {
            bags.reset(PKCS12_unpack_p7data(safe));
        } else if (PKCS7_type_is_encrypted(safe)) {
            const PKCS7_ENC_CONTENT *content =
                safe->d.encrypted ? safe->d.encrypted->enc_data : nullptr;
            if (!content || !content->enc_data || !content->algorithm) {
                out.damaged = true;
                continue;
            }
            bags.reset(static_cast<STACK_OF(PKCS12_SAFEBAG) *>(PKCS12_item_decrypt_d2i_ex(
                content->algorithm, ASN1_ITEM_rptr(PKCS12_SAFEBAGS), passphrase.data,
                passphrase.size, content->enc_data, 1, decryptionContext().context, nullptr)));
            if (!bags) {
                out.decryptionFailed = true;
                out.legacyEncryption |= isLegacyEncryption(content->algorithm);
                continue;
            }
        } else {
            continue; // enveloped (public-key encrypted) contents need a key we do not have
        }
        if (!bags) {
            out.damaged = true;
            continue;
        }
        collectBags(bags.get(), passphrase, 0, out);
    }
    ERR_clear_error();
    return out;
}

Error legacyUnsupported(const QString &path)
{
    return errorFor(ErrorKind::Refused,
                    QCoreApplication::translate(
                        "sdsm",
                        "%1 uses legacy encryption (RC2, RC4 or DES) that this OpenSSL cannot "
                        "decrypt; convert it with `openssl pkcs12 -legacy -in old.p12 -nodes | "
                        "openssl pkcs12 -export -out new.p12`")
                        .arg(shown(path)),
                    kCertField);
}

Error damaged(const QString &path)
{
    return errorFor(ErrorKind::Refused,
                    QCoreApplication::translate(
                        "sdsm", "%1 is damaged: its contents cannot be read as a PKCS#12 file")
                        .arg(shown(path)),
                    kCertField);
}

Result<Contents> loadPkcs12(PKCS12 *p12, const QString &path,
                            const std::optional<SecretBytes> &password)
{
    const Pkcs12Passphrase chosen = choosePassphrase(p12, password);
    if (chosen.damaged)
        return damaged(path);
    if (!chosen.passphrase)
        return password ? wrongPassword(path) : missingPassword(path);

    Contents contents = readPkcs12(p12, *chosen.passphrase);
    if (contents.decryptionFailed) {
        // Without an integrity check, a failed decryption is the only sign of a wrong password.
        if (!chosen.macVerified)
            return password ? wrongPassword(path) : missingPassword(path);
        if (contents.legacyEncryption || !decryptionContext().legacy)
            return legacyUnsupported(path);
        return damaged(path);
    }
    if (contents.damaged)
        return damaged(path);
    return contents;
}

// Never prompts: OpenSSL would otherwise ask on the terminal for an encrypted PEM key.
struct PassphraseRequest
{
    const SecretBytes *password = nullptr;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int /*writing*/, void *user)
{
    auto *request = static_cast<PassphraseRequest *>(user);
    request->asked = true;
    if (!request->password || request->password->view().size() > size)
        return -1;
    const QByteArrayView password = request->password->view();
    std::memcpy(buffer, password.data(), static_cast<size_t>(password.size()));
    return static_cast<int>(password.size());
}

Result<Contents> loadPem(QByteArrayView certificateText, QByteArrayView keyText,
                         const QString &keyPath, const std::optional<SecretBytes> &password)
{
    Contents contents;
    contents.certificates = scanPem(certificateText).certificates;

    PassphraseRequest request;
    request.password = password ? &*password : nullptr;
    const ossl::Bio bio(BIO_new_mem_buf(keyText.data(), static_cast<int>(keyText.size())));
    ERR_clear_error();
    const ossl::Pkey key(bio ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, passphraseCallback,
                                                          &request, decryptionContext().context,
                                                          nullptr)
                             : nullptr);
    ERR_clear_error();
    if (!key) {
        if (request.asked)
            return password ? wrongPassword(keyPath) : missingPassword(keyPath);
        return notAKeyFile(keyPath);
    }
    if (ossl::Pkey moved = inDefaultContext(key.get()))
        contents.keys.push_back(std::move(moved));
    return contents;
}

QSslCertificate toQt(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return QSslCertificate();
    QByteArray der(length, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &cursor);
    return QSslCertificate(der, QSsl::Der);
}

// Hands the key to Qt as an unencrypted PEM that exists only in wiped memory.
QSslKey toQt(EVP_PKEY *key, QSsl::KeyAlgorithm algorithm)
{
    const ossl::Bio bio(BIO_new(BIO_s_secmem())); // wipes its buffer when freed
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length <= 0 || !data)
        return {};
    const SecretBytes pem(QByteArray(data, static_cast<qsizetype>(length)));
    return QSslKey(pem.bytes(), algorithm, QSsl::Pem, QSsl::PrivateKey);
}

Result<ClientIdentity> identityFrom(Contents contents, const QString &path, const QString &keyPath,
                                    bool pkcs12)
{
    const QString &keyFile = pkcs12 || keyPath.isEmpty() ? path : keyPath;
    const char *keyField = pkcs12 ? kCertField : kKeyField;
    if (contents.keys.empty())
        return errorFor(ErrorKind::Refused,
                        QCoreApplication::translate(
                            "sdsm", "%1 holds no private key, so it cannot authenticate a device")
                            .arg(shown(path)),
                        kCertField);
    if (contents.certificates.empty())
        return errorFor(
            ErrorKind::Refused,
            QCoreApplication::translate("sdsm", "%1 holds no certificate").arg(shown(path)),
            kCertField);

    EVP_PKEY *key = contents.keys.front().get();
    const auto leaf =
        std::find_if(contents.certificates.begin(), contents.certificates.end(),
                     [&](const ossl::X509Ptr &c) { return X509_check_private_key(c.get(), key); });
    ERR_clear_error();
    if (leaf == contents.certificates.end())
        return errorFor(ErrorKind::Refused,
                        QCoreApplication::translate("sdsm",
                                                    "the private key in %1 does not belong to the "
                                                    "certificate in %2")
                            .arg(shown(keyFile), shown(path)),
                        keyField);

    const int keyType = EVP_PKEY_get_base_id(key);
    if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_EC)
        return errorFor(ErrorKind::Refused,
                        QCoreApplication::translate("sdsm",
                                                    "the private key in %1 is neither RSA nor EC, "
                                                    "the kinds a device certificate can use here")
                            .arg(shown(keyFile)),
                        keyField);

    ClientIdentity identity;
    identity.certificate = toQt(leaf->get());
    identity.key = toQt(key, keyType == EVP_PKEY_RSA ? QSsl::Rsa : QSsl::Ec);
    ERR_clear_error();
    if (identity.certificate.isNull() || identity.key.isNull())
        return makeError(ErrorKind::Internal,
                         QCoreApplication::translate(
                             "sdsm", "the device certificate in %1 could not be handed to TLS")
                             .arg(shown(path)));
    for (auto it = contents.certificates.begin(); it != contents.certificates.end(); ++it) {
        if (it != leaf)
            identity.chain.append(toQt(it->get()));
    }
    identity.info = CertificateInfo::of(identity.certificate);
    return identity;
}

// A certificate outside its validity is refused before it is ever presented, naming both dates.
Result<ClientIdentity> validAt(ClientIdentity identity, const QString &path, const QDateTime &now)
{
    if (now < identity.info.notBefore)
        return errorFor(ErrorKind::Refused,
                        QCoreApplication::translate("sdsm",
                                                    "the device certificate in %1 is not valid "
                                                    "yet: it is valid from %2 to %3")
                            .arg(shown(path), utcText(identity.info.notBefore),
                                 utcText(identity.info.notAfter)),
                        kCertField);
    if (now > identity.info.notAfter)
        return errorFor(ErrorKind::Refused,
                        QCoreApplication::translate("sdsm",
                                                    "the device certificate in %1 has expired: it "
                                                    "was valid from %2 to %3")
                            .arg(shown(path), utcText(identity.info.notBefore),
                                 utcText(identity.info.notAfter)),
                        kCertField);
    return identity;
}

} // namespace

Result<CertificateFileCheck> inspectCertificateFiles(const QString &path, const QString &keyPath)
{
    auto certificateFile = readFile(path, kCertField);
    if (!certificateFile.ok())
        return certificateFile.error();
    const QByteArrayView certificateText = certificateFile.value().view();

    CertificateFileCheck check;
    if (!looksLikePem(certificateText)) {
        const ossl::Pkcs12 p12 = parsePkcs12(certificateText);
        if (!p12)
            return neitherKind(path);
        if (!keyPath.isEmpty())
            return pkcs12WithKeyFile(path);
        check.kind = CertificateFileKind::Pkcs12;
        // Trying the empty password tests no secret: it tells whether one will be needed.
        check.passwordNeeded =
            PKCS12_mac_present(p12.get()) && !choosePassphrase(p12.get(), std::nullopt).macVerified;
        return check;
    }

    const PemScan certificates = scanPem(certificateText);
    if (certificates.certificates.empty())
        return neitherKind(path);
    std::optional<PemScan> separateKeys;
    if (!keyPath.isEmpty()) {
        const auto keyFile = readFile(keyPath, kKeyField);
        if (!keyFile.ok())
            return keyFile.error();
        separateKeys = scanPem(keyFile.value().view());
        if (!separateKeys->hasKey())
            return notAKeyFile(keyPath);
    } else if (!certificates.hasKey()) {
        return certificateWithoutKey(path);
    }
    const PemScan &keys = separateKeys ? *separateKeys : certificates;
    const QString &keyFilePath = keyPath.isEmpty() ? path : keyPath;

    check.kind = CertificateFileKind::Pem;
    check.passwordNeeded = keys.plainKeys == 0;
    if (keys.plainKeys > 0 && readableByOthers(keyFilePath))
        check.warning = QCoreApplication::translate("sdsm",
                                                    "the private key in %1 is not encrypted and "
                                                    "other users of this computer can read the "
                                                    "file; make it readable by its owner only")
                            .arg(shown(keyFilePath));
    return check;
}

Result<ClientIdentity> loadClientIdentity(const QString &path, const QString &keyPath,
                                          const std::optional<QString> &password,
                                          const QDateTime &now)
{
    auto identity = openClientIdentity(path, keyPath, password);
    if (!identity.ok())
        return identity.error();
    return validAt(std::move(identity).value(), path, now);
}

Result<ClientIdentity> openClientIdentity(const QString &path, const QString &keyPath,
                                          const std::optional<QString> &password)
{
    auto certificateFile = readFile(path, kCertField);
    if (!certificateFile.ok())
        return certificateFile.error();
    const QByteArrayView certificateText = certificateFile.value().view();
    std::optional<SecretBytes> passwordBytes;
    if (password)
        passwordBytes.emplace(password->toUtf8());

    if (!looksLikePem(certificateText)) {
        const ossl::Pkcs12 p12 = parsePkcs12(certificateText);
        if (!p12)
            return neitherKind(path);
        if (!keyPath.isEmpty())
            return pkcs12WithKeyFile(path);
        auto contents = loadPkcs12(p12.get(), path, passwordBytes);
        if (!contents.ok())
            return contents.error();
        return identityFrom(std::move(contents).value(), path, keyPath, true);
    }

    std::optional<Result<SecretBytes>> keyFile;
    if (!keyPath.isEmpty()) {
        keyFile.emplace(readFile(keyPath, kKeyField));
        if (!keyFile->ok())
            return keyFile->error();
    }
    const QByteArrayView keyText = keyFile ? keyFile->value().view() : certificateText;
    auto contents =
        loadPem(certificateText, keyText, keyPath.isEmpty() ? path : keyPath, passwordBytes);
    if (!contents.ok())
        return contents.error();
    return identityFrom(std::move(contents).value(), path, keyPath, false);
}

bool certificateExpiresSoon(const CertificateInfo &info, const QDateTime &now)
{
    if (info.isNull() || now > info.notAfter)
        return false;
    return now.secsTo(info.notAfter) <= kExpiryWarningSeconds;
}

} // namespace sdsm
