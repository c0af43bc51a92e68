# SPDX-License-Identifier: Apache-2.0
# Per-platform properties of the three programs: version information and icon on Windows, the
# application bundle on macOS. Nothing happens on Linux, where the packages carry the icons.

# sdsm_windows_resources(TARGET "File description"): a .rc with the icon and VERSIONINFO.
function(sdsm_windows_resources target description)
    if(NOT WIN32)
        return()
    endif()
    set(RC_NAME ${target})
    set(RC_DESCRIPTION "${description}")
    set(RC_ICON "${SDSM_ICONS_DIR}/app.ico")
    set(SDSM_VERSION_TEXT "${PROJECT_VERSION}")
    if(SDSM_GIT_COMMIT)
        string(APPEND SDSM_VERSION_TEXT " (commit ${SDSM_GIT_COMMIT})")
    endif()
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
    set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS "${SDSM_ICONS_DIR}/app.ico")
    add_dependencies(${target} sdsm_icons)
endfunction()

# sdsm_macos_bundle(TARGET): the desktop app as SanteDB Session Manager's .app bundle, with its
# Info.plist and an .icns made by iconutil from the icon set sdsm-iconrender wrote.
function(sdsm_macos_bundle target)
    if(NOT APPLE)
        return()
    endif()
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/app.icns)
    add_custom_command(OUTPUT ${icns}
        COMMAND iconutil -c icns -o ${icns} ${SDSM_ICONS_DIR}/app.iconset
        DEPENDS ${SDSM_ICONS_DIR}/app.ico sdsm_icons
        COMMENT "Making the macOS icon")
    target_sources(${target} PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME "SanteDB Session Manager"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SDSM_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE app.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Licensed under the Apache License, Version 2.0")
endfunction()

# Where the command-line programs go: bin, except on macOS, where they live inside the app bundle
# (Contents/MacOS) so they share its deployed Qt and QtKeychain frameworks.
if(APPLE)
    set(SDSM_CLI_INSTALL_DIR "santedb-session-manager.app/Contents/MacOS")
else()
    set(SDSM_CLI_INSTALL_DIR "${CMAKE_INSTALL_BINDIR}")
endif()

# The dynamic loader looks each symbol up in a program's libraries in the order the program names
# them, and a hardened build (full RELRO) binds every symbol at start: naming first the libraries
# nearly all symbols come from (the given Qt modules, then the C++, maths and C runtimes) spares
# each lookup the libraries named before them, such as QtKeychain, QtDBus, QtNetwork and OpenSSL
# (callgrind: 1.4 % of the desktop app's first window, 1.6 % of a cached `token`).
# Linux with glibc only; not with the sanitizers, whose runtime must come first.
find_library(SDSM_GLIBC NAMES libc.so.6)
function(sdsm_name_libraries_first target)
    if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR NOT SDSM_GLIBC OR SDSM_SANITIZE OR SDSM_FUZZ)
        return()
    endif()
    set(first)
    foreach(library IN LISTS ARGN)
        list(APPEND first $<TARGET_FILE:${library}>)
    endforeach()
    target_link_options(${target} BEFORE PRIVATE LINKER:--push-state,--no-as-needed ${first}
        -lstdc++ -l:libm.so.6 -l:libc.so.6 LINKER:--pop-state)
endfunction()
