// SPDX-License-Identifier: Apache-2.0
#include "clipboardguard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#endif

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// Qt has no converter for NSPasteboard's concealed type: without one the marker never reaches
// the pasteboard and clipboard history tools record the secret.
class ConcealedTypeConverter final : public QUtiMimeConverter
{
public:
    QString utiForMime(const QString &mime) const override
    {
        return mime == u"application/x-nspasteboard-concealed-type"_s
            ? u"org.nspasteboard.ConcealedType"_s
            : QString();
    }
    QString mimeForUti(const QString &uti) const override
    {
        return uti == u"org.nspasteboard.ConcealedType"_s
            ? u"application/x-nspasteboard-concealed-type"_s
            : QString();
    }
    QVariant convertToMime(const QString &mime, const QList<QByteArray> &data,
                           const QString &uti) const override
    {
        if (!canConvert(mime, uti) || data.isEmpty())
            return {};
        return data.first();
    }
    QList<QByteArray> convertFromMime(const QString &mime, const QVariant &data,
                                      const QString &uti) const override
    {
        if (!canConvert(mime, uti))
            return {};
        return {data.toByteArray()};
    }
};

void registerConcealedTypeConverter()
{
    // Constructing a converter registers it with Qt; like Qt's own converters it lives as long
    // as the process, so it is deliberately never deleted.
    [[maybe_unused]] static const auto *converter = new ConcealedTypeConverter;
}
#endif

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    registerConcealedTypeConverter();
#endif
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (auto *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfUnchanged);
}

void ClipboardGuard::setClearDelaySeconds(int seconds)
{
    m_delaySeconds = std::max(seconds, 0);
}

void ClipboardGuard::copySecret(const QString &text)
{
    if (text.isEmpty())
        return;
    m_timer.stop();
    for (const QClipboard::Mode mode : modes())
        m_clipboard->setMimeData(makeMimeData(text), mode);
    m_digest = digestOf(text);
    setSecondsLeft(m_delaySeconds);
    if (m_delaySeconds > 0)
        m_timer.start();
}

void ClipboardGuard::clearIfUnchanged()
{
    m_timer.stop();
    setSecondsLeft(0);
    if (m_digest.isEmpty())
        return;

    bool clearedSomething = false;
    for (const QClipboard::Mode mode : modes()) {
        if (holdsOurText(mode)) {
            m_clipboard->clear(mode);
            clearedSomething = true;
        }
    }
    if (!clearedSomething) {
        m_digest.clear();
        Q_EMIT leftAlone();
        return;
    }

    bool stillThere = false;
    for (const QClipboard::Mode mode : modes())
        stillThere = stillThere || holdsOurText(mode);
    if (stillThere) {
        // The digest stays so the quit path tries once more, perhaps with the window focused.
        Q_EMIT clearFailed(tr("The clipboard could not be cleared — the desktop blocked it (GNOME "
                              "on Wayland does this for apps without focus); clear it yourself"));
        return;
    }
    m_digest.clear();
    Q_EMIT cleared();
}

QMimeData *ClipboardGuard::makeMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_WIN)
    // Qt registers a clipboard format named by `value`. The exclusion counts by its presence, the
    // history and cloud formats by their DWORD 0.
    const QByteArray dwordZero(4, '\0');
    mime->setData(
        u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s,
        "1"_ba);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s,
                  dwordZero);
    mime->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s,
                  dwordZero);
#elif defined(Q_OS_MACOS)
    // A fixed value: the type's presence is the marker, and a copy of the secret would be one more.
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, "secret"_ba);
#else
    mime->setData(u"x-kde-passwordManagerHint"_s, "secret"_ba);
#endif
    return mime;
}

void ClipboardGuard::tick()
{
    setSecondsLeft(m_secondsLeft - 1);
    if (m_secondsLeft <= 0)
        clearIfUnchanged();
}

void ClipboardGuard::setSecondsLeft(int seconds)
{
    seconds = std::max(seconds, 0);
    if (seconds == m_secondsLeft)
        return;
    m_secondsLeft = seconds;
    Q_EMIT countdownChanged(m_secondsLeft);
}

bool ClipboardGuard::holdsOurText(QClipboard::Mode mode) const
{
    return digestOf(m_clipboard->text(mode)) == m_digest;
}

QList<QClipboard::Mode> ClipboardGuard::modes() const
{
    if (m_clipboard->supportsSelection())
        return {QClipboard::Clipboard, QClipboard::Selection};
    return {QClipboard::Clipboard};
}

} // namespace sdsm::gui
