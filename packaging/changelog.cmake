# SPDX-License-Identifier: Apache-2.0
# packaging/changelog (Debian format) is the one record of releases: the Debian package ships it,
# and this reads from it the date of PROJECT_VERSION (man pages, About, AppStream) and the
# AppStream release list. Its newest entry must be PROJECT_VERSION.
#
# Sets SDSM_RELEASE_DATE (YYYY-MM-DD) and SDSM_APPSTREAM_RELEASES (<release> elements).
function(sdsm_read_changelog file)
    file(STRINGS "${file}" lines)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    set(versions "")
    set(releases "")
    set(version "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^[a-z0-9.+-]+ \\(([^)]+)\\) ")
            set(version "${CMAKE_MATCH_1}")
            list(APPEND versions "${version}")
        elseif(line MATCHES "^ -- .*>  [A-Z][a-z][a-z], ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
            list(FIND months "${CMAKE_MATCH_2}" month)
            math(EXPR month "${month} + 1" OUTPUT_FORMAT DECIMAL)
            if(month LESS 10)
                set(month "0${month}")
            endif()
            set(date "${CMAKE_MATCH_3}-${month}-${CMAKE_MATCH_1}")
            if(NOT DEFINED newest_date)
                set(newest_date "${date}")
            endif()
            string(APPEND releases "    <release version=\"${version}\" date=\"${date}\"/>\n")
        endif()
    endforeach()
    list(GET versions 0 newest)
    if(NOT newest STREQUAL PROJECT_VERSION)
        message(FATAL_ERROR "${file} starts with version ${newest}, but project(VERSION) is "
                            "${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION}")
    endif()
    set(SDSM_RELEASE_DATE "${newest_date}" PARENT_SCOPE)
    set(SDSM_APPSTREAM_RELEASES "${releases}" PARENT_SCOPE)
endfunction()
