// SPDX-License-Identifier: Apache-2.0
// The Redactor on hostile text with a secret chosen by the input: the first byte gives the
// secret's length, the next bytes are the secret (UTF-8), the rest is the server's text.
// Whatever redact() and clean() vouch for must not hold the secret raw, percent-encoded or as
// base64, and clean() must give one short line.
#include "fuzzsupport.h"
#include "textrules.h"

#include <QUrl>

using namespace sdsm;

namespace {

// Forms the output must never hold. A form that overlaps "[redacted]" could appear by joining a
// replacement with its neighbours, so such forms are not checked.
QStringList checkedForms(const QString &secret)
{
    static const QString replacement = QStringLiteral(u"[redacted]");
    QStringList forms;
    if (secret.size() < Redactor::MinSecretLength)
        return forms;
    for (const QString &form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                                QString::fromLatin1(secret.toUtf8().toBase64())}) {
        if (!form.contains(u'[') && !form.contains(u']') && !replacement.contains(form))
            forms << form;
    }
    return forms;
}

void requireNoForm(const QString &output, const QStringList &forms)
{
    for (const QString &form : forms)
        fuzz::require(!output.contains(form), "vouched-for text still holds the secret");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t secretBytes = std::min<size_t>(data[0] % 48, size - 1);
    const QString secret = QString::fromUtf8(fuzz::bytesOf(data + 1, secretBytes));
    const QString text =
        QString::fromUtf8(fuzz::bytesOf(data + 1 + secretBytes, size - 1 - secretBytes));

    Redactor redactor = fuzz::canaryRedactor();
    redactor.addSecret(secret);
    redactor.addDevicePair(QStringLiteral(u"fuzz-device"), secret);
    const QStringList forms = checkedForms(secret) + checkedForms(fuzz::canary());

    if (const std::optional<QString> redacted = redactor.redact(text))
        requireNoForm(*redacted, forms);
    if (const std::optional<QString> cleaned = redactor.clean(text, 200)) {
        requireNoForm(*cleaned, forms);
        fuzz::require(cleaned->size() <= 200, "clean() passed its limit");
        fuzz::require(!containsForbiddenCharacter(*cleaned), "clean() left a forbidden character");
    }
    return 0;
}
