#include "storefile.h"

#include "textrules.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

// A writer that died holding the lock leaves it behind; after this long it is taken over.
constexpr int StaleLockMs = 30'000;
constexpr int LockWaitMs = 10'000;

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Result<void> ensureParentDir(const QString &filePath, const QString &what)
{
    const QFileInfo info(filePath);
    const QString dir = info.absolutePath();
    if (QFileInfo(dir).isDir())
        return {};
    const QString parent = QFileInfo(dir).absolutePath();
    // Another process may create the folder between the check and mkdir: that is success too.
    const bool made =
        QDir().mkpath(parent) && (QDir().mkdir(dir, OwnerOnlyDir) || QFileInfo(dir).isDir());
    if (!made) {
        return makeError(ErrorKind::Config,
                         u"cannot create the folder "_s + QDir::toNativeSeparators(dir)
                             + u" for the "_s + what
                             + u"; check that its parent folder exists and is writable"_s);
    }
    return {};
}

} // namespace

QString quotedName(const QString &name)
{
    constexpr qsizetype MaxShown = 100;
    return u'"' + cutText(oneLineText(name), MaxShown) + u'"';
}

Result<std::unique_ptr<QLockFile>> lockForWriting(const QString &filePath, const QString &what)
{
    if (const Result<void> dir = ensureParentDir(filePath, what); !dir.ok())
        return dir.error();
    const QString shown = QDir::toNativeSeparators(filePath);
    auto lock = std::make_unique<QLockFile>(filePath + u".lock"_s);
    lock->setStaleLockTime(StaleLockMs);
    if (lock->tryLock(LockWaitMs))
        return lock;
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        return makeError(ErrorKind::Config,
                         u"the "_s + what + u' ' + shown
                             + u" is locked by another program; try again when it has finished"_s);
    case QLockFile::PermissionError:
        return makeError(ErrorKind::Config,
                         u"cannot create the lock file "_s + shown + u".lock for the "_s + what
                             + u"; check the permissions of its folder"_s);
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return makeError(ErrorKind::Config,
                     u"cannot lock the "_s + what + u' ' + shown
                         + u" for an unknown reason; check its folder and try again"_s);
}

Result<void> saveAtomically(const QString &filePath, const QByteArray &data, const QString &what)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    QSaveFile file(filePath);
    // QSaveFile copies the permissions of the file it replaces; ours are set on the temporary
    // file before the rename, so the data is never readable by others, not even for a moment.
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(OwnerOnlyFile)
        && file.write(data) == data.size() && file.commit();
    if (!written) {
        return makeError(ErrorKind::Config,
                         u"cannot save the "_s + what + u' ' + shown + u": "_s + file.errorString()
                             + u"; check the free space and the permissions of its folder"_s);
    }
    return {};
}

} // namespace sdsm
