// SPDX-License-Identifier: Apache-2.0
#include "filelock.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace sdsm {

FileLock::~FileLock()
{
    close();
}

#ifdef Q_OS_WIN

bool FileLock::open(const QString &path)
{
    close();
    HANDLE file = CreateFileW(reinterpret_cast<LPCWSTR>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                              OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        m_error = qt_error_string(static_cast<int>(GetLastError()));
        return false;
    }
    m_file = file;
    return true;
}

bool FileLock::lock(bool wait)
{
    OVERLAPPED whole {};
    const DWORD flags = LOCKFILE_EXCLUSIVE_LOCK | (wait ? 0 : LOCKFILE_FAIL_IMMEDIATELY);
    if (LockFileEx(static_cast<HANDLE>(m_file), flags, 0, MAXDWORD, MAXDWORD, &whole))
        return true;
    m_error = qt_error_string(static_cast<int>(GetLastError()));
    return false;
}

void FileLock::close()
{
    if (m_file)
        CloseHandle(static_cast<HANDLE>(m_file));
    m_file = nullptr;
}

#else

bool FileLock::open(const QString &path)
{
    close();
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                  0600);
    if (m_fd < 0) {
        m_error = qt_error_string(errno);
        return false;
    }
    return true;
}

bool FileLock::lock(bool wait)
{
    int result;
    do
        result = ::flock(m_fd, LOCK_EX | (wait ? 0 : LOCK_NB));
    while (result != 0 && errno == EINTR);
    if (result == 0)
        return true;
    m_error = qt_error_string(errno);
    return false;
}

void FileLock::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

#endif

} // namespace sdsm
