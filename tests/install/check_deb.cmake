# Run by CTest with cmake -P where dpkg-deb and dpkg-shlibdeps are installed: CPack packages
# BUILD_DIR (its install step, nothing is rebuilt) into a .deb in a scratch folder, and the test
# reads it as dpkg would: its files, its control fields (Depends must be the runtime libraries,
# never a -dev package), no maintainer scripts (dpkg's triggers refresh the desktop, MIME and icon
# caches), and the gdlab it unpacks runs.
cmake_minimum_required(VERSION 3.25)

include("${CMAKE_CURRENT_LIST_DIR}/check_support.cmake")
make_scratch_name(deb)

run(ignored "${CPACK_COMMAND}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${scratch}")
file(GLOB debs "${scratch}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    fail("cpack made ${count} .deb files in ${scratch}: ${debs}")
endif()
message(STATUS "made ${debs}")

run(contents dpkg-deb --contents "${debs}")
foreach(file usr/bin/gdlab usr/share/applications/gdlab.desktop
             usr/share/icons/hicolor/scalable/apps/gdlab.svg
             usr/share/icons/hicolor/scalable/mimetypes/application-x-gdlab-scene.svg
             usr/share/icons/hicolor/scalable/mimetypes/application-x-gdlab-lecture.svg
             usr/share/mime/packages/gdlab.xml)
    if(NOT contents MATCHES " \\./${file}\n")
        fail("the .deb does not hold /${file}:\n${contents}")
    endif()
endforeach()

run(control dpkg-deb --field "${debs}" Package Section Maintainer Depends Description)
message(STATUS "control fields:\n${control}")
foreach(field "Package: gdlab" "Section: education" "Maintainer: [^\n]+<[^\n]+@[^\n]+>")
    if(NOT control MATCHES "(^|\n)${field}\n")
        fail("the .deb's control has no '${field}':\n${control}")
    endif()
endforeach()
# The libraries gdlab is linked against, as dpkg-shlibdeps names their packages.
string(REGEX MATCH "\nDepends: ([^\n]*)" ignored "${control}")
set(depends "${CMAKE_MATCH_1}")
foreach(package libc6 libstdc\\+\\+6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libgif7
                libqcustomplot)
    if(NOT depends MATCHES "(^|, )${package}[^,]*")
        fail("the .deb's Depends has no ${package}: ${depends}")
    endif()
endforeach()
if(depends MATCHES "-dev( |,|$)")
    fail("the .deb depends on a development package: ${depends}")
endif()

run(members dpkg-deb --info "${debs}")
if(members MATCHES "(preinst|postinst|prerm|postrm)")
    fail("the .deb has maintainer scripts; dpkg's triggers do their work:\n${members}")
endif()

run(ignored dpkg-deb --extract "${debs}" "${scratch}/root")
run(presets "${scratch}/root/usr/bin/gdlab" presets)
if(NOT presets MATCHES "rosenbrock")
    fail("the packaged gdlab presets does not list rosenbrock:\n${presets}")
endif()

file(REMOVE_RECURSE "${scratch}")
