// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// What this build is: one version for all three programs, from CMake's project(VERSION), and the
// git commit it was built from. Only buildinfo.cpp is generated, so a new commit recompiles one
// file and relinks; nothing that includes this header is rebuilt.
namespace sdsm::buildinfo {

QString version(); // e.g. "0.1.0"
QString commit(); // abbreviated commit id; empty when built outside a git checkout (a tarball)
QString versionText(); // "0.1.0 (commit 929e9d3c1a2b)", or just the version without a commit
QString desktopId(); // the desktop file's id (without ".desktop") and the AppStream component id
QString homepage();
QString releaseDate(); // of this version, YYYY-MM-DD (man pages, changelog, AppStream)
QString qtKeychainVersion(); // the QtKeychain this was built with (it has no run-time version call)

} // namespace sdsm::buildinfo
