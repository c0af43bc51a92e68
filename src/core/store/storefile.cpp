// SPDX-License-Identifier: Apache-2.0
#include "storefile.h"

#include "paths.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sdsm {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString cannotSave(const QString &what, const QString &filePath, const QString &reason)
{
    return QCoreApplication::translate(
               "sdsm",
               "cannot save the %1 %2: %3; check the free space and the permissions of its folder")
        .arg(what, shown(filePath), reason);
}

Error folderError(const QString &folder, const QString &what)
{
    return makeError(ErrorKind::Config,
                     QCoreApplication::translate("sdsm",
                                                 "cannot create the folder %1 for the %2; check "
                                                 "that its parent folder exists and is writable")
                         .arg(shown(folder), what));
}

#ifdef Q_OS_UNIX
// Makes an existing product folder owner-only. Best effort: a folder of another owner cannot be
// changed, and then the files inside, which are owner-only themselves, still are.
void tighten(const QString &folder)
{
    struct stat info = {};
    const QByteArray name = QFile::encodeName(folder);
    if (::stat(name.constData(), &info) == 0 && S_ISDIR(info.st_mode) && (info.st_mode & 077) != 0
        && info.st_uid == ::geteuid())
        ::chmod(name.constData(), info.st_mode & 07700);
}
#endif

#ifdef Q_OS_UNIX
// <file>.tmp, then rename(2): atomic, and no fsync (see Durability::Unsynced).
Result<void> saveUnsynced(const QString &filePath, const QByteArray &data, const QString &what)
{
    const QByteArray target = QFile::encodeName(filePath);
    const QByteArray temporary = target + ".tmp";
    int error = 0;
    // A fresh file every time: what a writer that died left there (or a link planted there) goes.
    ::unlink(temporary.constData());
    const int fd =
        ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = errno;
    } else {
        for (qsizetype done = 0; error == 0 && done < data.size();) {
            const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
            if (n > 0)
                done += n;
            else if (n == 0 || errno != EINTR)
                error = n == 0 ? ENOSPC : errno;
        }
        if (::close(fd) != 0 && error == 0)
            error = errno;
    }
    if (error == 0 && ::rename(temporary.constData(), target.constData()) != 0)
        error = errno;
    if (error == 0)
        return {};
    ::unlink(temporary.constData());
    return makeError(ErrorKind::Config, cannotSave(what, filePath, qt_error_string(error)));
}
#endif

} // namespace

Result<void> ensurePrivateFolder(const QString &folder, const QString &what)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = path; !QFileInfo::exists(at) && !QFileInfo(at).isSymLink();) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    // Another process may create a folder between the check and mkdir: that is success too.
    for (const QString &part : std::as_const(missing)) {
        if (!QDir().mkdir(part, OwnerOnlyDir) && !QFileInfo(part).isDir())
            return folderError(path, what);
    }
    if (!QFileInfo(path).isDir())
        return folderError(path, what);
#ifdef Q_OS_UNIX
    if (missing.isEmpty() && QFileInfo(path).fileName() == AppPaths::FolderName)
        tighten(path);
#endif
    return {};
}

Result<std::unique_ptr<FileLock>> lockForWriting(const QString &filePath, const QString &what)
{
    if (const Result<void> dir = ensurePrivateFolder(QFileInfo(filePath).absolutePath(), what);
        !dir.ok())
        return dir.error();
    const QString lockPath = filePath + u".lock"_s;
    auto lock = std::make_unique<FileLock>();
    if (!lock->open(lockPath)) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm",
                                                     "cannot create the lock file %1 for the %2 "
                                                     "(%3); check the permissions of its folder")
                             .arg(shown(lockPath), what, lock->errorString()));
    }
    if (!lock->lock(true)) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate(
                             "sdsm", "cannot lock the %1 %2 (%3); check its folder and try again")
                             .arg(what, shown(filePath), lock->errorString()));
    }
    return lock;
}

QString quotedName(const QString &name)
{
    constexpr qsizetype MaxShown = 100;
    return u'"' + cutText(oneLineText(name), MaxShown) + u'"';
}

Result<void> saveAtomically(const QString &filePath, const QByteArray &data, const QString &what,
                            Durability durability)
{
#ifdef Q_OS_UNIX
    if (durability == Durability::Unsynced)
        return saveUnsynced(filePath, data, what);
#else
    // Elsewhere QSaveFile is the portable atomic replace; its flush is the price.
    Q_UNUSED(durability)
#endif
    QSaveFile file(filePath);
    // QSaveFile copies the permissions of the file it replaces; ours are set on the temporary
    // file before the rename, so the data is never readable by others, not even for a moment.
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(OwnerOnlyFile)
        && file.write(data) == data.size() && file.commit();
    if (!written) {
        return makeError(ErrorKind::Config, cannotSave(what, filePath, file.errorString()));
    }
    return {};
}

Error symlinkRefused(const QString &filePath, const QString &what)
{
    return makeError(
        ErrorKind::Config,
        QCoreApplication::translate("sdsm",
                                    "the %1 %2 is a symbolic link, which is never "
                                    "followed; remove it so the file can be made again")
            .arg(what, shown(filePath)));
}

Result<bool> openUnfollowed(QFile &file, const QString &filePath, const QString &what)
{
    auto cannotOpen = [&](const QString &reason) {
        return makeError(ErrorKind::Config,
                         QCoreApplication::translate("sdsm", "cannot read the %1 %2 (%3)")
                             .arg(what, shown(filePath), reason));
    };
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(filePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return false;
        if (errno == ELOOP)
            return symlinkRefused(filePath, what);
        return cannotOpen(qt_error_string(errno));
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return cannotOpen(file.errorString());
    }
    return true;
#else
    const QFileInfo info(filePath);
    if (info.isSymLink())
        return symlinkRefused(filePath, what);
    if (!info.exists())
        return false;
    file.setFileName(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return cannotOpen(file.errorString());
    return true;
#endif
}

} // namespace sdsm
