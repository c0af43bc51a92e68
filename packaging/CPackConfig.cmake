# SPDX-License-Identifier: Apache-2.0
# Packages: .deb (and .rpm where rpmbuild exists) and .tar.gz on Linux, an NSIS installer and a ZIP
# on Windows, a disk image on macOS. scripts/package.sh builds and checks the Linux ones.
set(CPACK_PACKAGE_NAME "santedb-session-manager")
set(CPACK_PACKAGE_VENDOR "SanteDB Session Manager developers")
set(CPACK_PACKAGE_CONTACT "${SDSM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${SDSM_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "SanteDB application and device sessions, with the secrets in the keychain")
# The extended description: what it is, for whom, what is in the package. Lines stay within 80
# columns (lintian: extended-description-line-too-long); an empty line separates paragraphs.
set(CPACK_PACKAGE_DESCRIPTION
    "SanteDB Session Manager keeps SanteDB application and device credentials in
the operating system's keychain, obtains OAuth2 sessions from SanteDB 2.x and
3.x servers and standard OAuth2/OpenID Connect servers, shows when each session
expires and what its id_token grants (policies, roles, claims), and copies
ready-to-use bearer headers.

The package contains the desktop app santedb-session-manager, the command-line
tool santedb-session over the same profiles and keychain entries, and
santedb-auth-emulator, a local SanteDB-compatible auth server for tests and
demos.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.scratch/" "/\\\\.cache/")

# Debian. Depends is computed once: dpkg-shlibdeps finds every linked library (Qt and QtSvg,
# which draws the app's icons, QtKeychain, OpenSSL, fontconfig, zlib, libstdc++); named here is
# only what is loaded at run time, which no tool can see: libsecret (QtKeychain dlopen()s it).
# scripts/package.sh fails on a duplicate.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SDSM_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# A keyring that provides the Secret Service, and Qt's own translations for its dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SDSM_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# RPM (only built where rpmbuild exists). AutoReq finds the linked libraries like shlibdeps.
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${SDSM_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
# Directories other packages own; the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/fish /usr/share/fish/vendor_completions.d /usr/share/doc)

# Windows: an installer with a Start menu entry, and a ZIP of the same folder.
set(CPACK_NSIS_DISPLAY_NAME "SanteDB Session Manager")
set(CPACK_NSIS_PACKAGE_NAME "SanteDB Session Manager")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SanteDB Session Manager")
set(CPACK_NSIS_URL_INFO_ABOUT "${SDSM_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SDSM_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\santedb-session-manager.exe")
set(CPACK_NSIS_MUI_ICON "${SDSM_ICONS_DIR}/app.ico")
set(CPACK_NSIS_MUI_UNIICON "${SDSM_ICONS_DIR}/app.ico")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The CLI from any console: the installer offers to add bin to PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_PACKAGE_EXECUTABLES "santedb-session-manager" "SanteDB Session Manager")
set(CPACK_CREATE_DESKTOP_LINKS "santedb-session-manager")

# macOS: a disk image with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "SanteDB Session Manager")
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(RPMBUILD_EXECUTABLE rpmbuild)
    if(RPMBUILD_EXECUTABLE)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()
include(CPack)
