# Run by CTest with cmake -P: installs BUILD_DIR (cmake --install, nothing is rebuilt) into a
# scratch prefix and checks that it holds what a desktop needs and nothing else: gdlab runs, the
# .desktop file is valid and opens the two file types, and the MIME database built from our XML
# gives .gdlab and .gdlab-lecture files those types. The validators (desktop-file-validate,
# xmllint, update-mime-database, gio) are used when installed and named when not.
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/check_support.cmake")
make_scratch_name(install)
set(prefix "${scratch}")  # the install prefix

run(ignored "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")

# Exactly these files: a test program or a library slipping into the install would show here.
set(expected
    bin/gdlab
    share/applications/gdlab.desktop
    share/icons/hicolor/scalable/apps/gdlab.svg
    share/icons/hicolor/scalable/mimetypes/application-x-gdlab-lecture.svg
    share/icons/hicolor/scalable/mimetypes/application-x-gdlab-scene.svg
    share/mime/packages/gdlab.xml)
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${prefix}" "${prefix}/*")
list(SORT installed)
if(NOT installed STREQUAL expected)
    list(JOIN installed "\n  " got)
    list(JOIN expected "\n  " want)
    fail("cmake --install put these files under the prefix:\n  ${got}\ninstead of:\n  ${want}")
endif()

run(presets "${prefix}/bin/gdlab" presets)
if(NOT presets MATCHES "rosenbrock")
    fail("the installed gdlab presets does not list rosenbrock:\n${presets}")
endif()

# The .desktop file starts gdlab with the file it is given, for both of our types, and each of
# those types is one the MIME XML defines (a typo in either would break double-clicking).
file(READ "${prefix}/share/applications/gdlab.desktop" desktop)
file(READ "${prefix}/share/mime/packages/gdlab.xml" mime_xml)
if(NOT desktop MATCHES "\nExec=gdlab %f\n")
    fail("gdlab.desktop does not run 'gdlab %f', so a double-clicked file would not be opened")
endif()
foreach(type application/x-gdlab-scene application/x-gdlab-lecture)
    if(NOT desktop MATCHES "\nMimeType=[^\n]*${type};")
        fail("gdlab.desktop's MimeType does not list ${type}")
    endif()
    if(NOT mime_xml MATCHES "<mime-type type=\"${type}\">")
        fail("gdlab.xml does not define ${type}")
    endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run(report "${DESKTOP_FILE_VALIDATE}" "${prefix}/share/applications/gdlab.desktop")
    if(NOT report STREQUAL "")  # it warns (hints) with status 0; a warning is a failure here
        fail("desktop-file-validate gdlab.desktop:\n${report}")
    endif()
else()
    message(STATUS "desktop-file-validate not found: gdlab.desktop was not validated")
endif()

find_program(XMLLINT xmllint)
if(XMLLINT)
    run(ignored "${XMLLINT}" --noout "${prefix}/share/mime/packages/gdlab.xml")
else()
    message(STATUS "xmllint not found: gdlab.xml was not checked as XML")
endif()

# The database a desktop builds from share/mime/packages, built here from ours alone.
find_program(UPDATE_MIME_DATABASE update-mime-database)
if(UPDATE_MIME_DATABASE)
    # (With the prefix among the data folders, or it adds a note that no one will look there.)
    run(report "${CMAKE_COMMAND}" -E env "XDG_DATA_DIRS=${prefix}/share"
        "${UPDATE_MIME_DATABASE}" "${prefix}/share/mime")
    if(NOT report STREQUAL "")
        fail("update-mime-database complained about gdlab.xml:\n${report}")
    endif()
    file(READ "${prefix}/share/mime/globs2" globs)
    file(READ "${prefix}/share/mime/subclasses" subclasses)
    foreach(line "50:application/x-gdlab-scene:*.gdlab"
                 "50:application/x-gdlab-lecture:*.gdlab-lecture")
        string(FIND "${globs}" "\n${line}\n" at)
        if(at EQUAL -1)
            fail("the MIME database's globs2 has no line '${line}':\n${globs}")
        endif()
    endforeach()
    foreach(type application/x-gdlab-scene application/x-gdlab-lecture)
        if(NOT subclasses MATCHES "${type} application/json")
            fail("the MIME database does not make ${type} a kind of JSON:\n${subclasses}")
        endif()
    endforeach()

    # And what a file manager asks: the type GLib gives a file, with our database first.
    find_program(GIO gio)
    if(GIO)
        file(WRITE "${prefix}/lesson.gdlab" "{\"format\": \"gdlab-scene\", \"version\": 1}\n")
        file(WRITE "${prefix}/week 3.gdlab-lecture" "{\"format\": \"gdlab-lecture\"}\n")
        foreach(pair "lesson.gdlab=application/x-gdlab-scene"
                     "week 3.gdlab-lecture=application/x-gdlab-lecture")
            string(REPLACE "=" ";" pair "${pair}")
            list(GET pair 0 name)
            list(GET pair 1 type)
            run(info "${CMAKE_COMMAND}" -E env "XDG_DATA_HOME=${prefix}/share"
                "XDG_DATA_DIRS=/usr/local/share:/usr/share"
                "${GIO}" info --attributes=standard::content-type "${prefix}/${name}")
            if(NOT info MATCHES "standard::content-type: ${type}\n")
                fail("gio gives '${name}' another type than ${type}:\n${info}")
            endif()
        endforeach()
    else()
        message(STATUS "gio not found: the type of a .gdlab file was not asked")
    endif()
else()
    message(STATUS "update-mime-database not found: the MIME database was not built")
endif()

file(REMOVE_RECURSE "${prefix}")
