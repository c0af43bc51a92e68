# Installers: a .deb on Linux (checked on Debian 12), ZIP on Windows, a disk image on macOS.
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/santedb-session-manager.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME santedb-session-manager.svg)
endif()

set(CPACK_PACKAGE_NAME "santedb-session-manager")
set(CPACK_PACKAGE_VENDOR "SanteDB Session Manager developers")
set(CPACK_PACKAGE_CONTACT "SanteDB Session Manager developers <noreply@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "SanteDB application and device sessions, with the secrets in the OS keychain")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)

# dpkg-shlibdeps sees only linked libraries: the SVG plugin and the dlopen()ed libsecret must be
# named by hand (ci-recipe.md §7).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6keychain1, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(WIN32)
    set(CPACK_GENERATOR "ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
