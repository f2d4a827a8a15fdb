# Builds the Debian package from a build tree and checks it, as the package_deb test:
#   cmake -DBUILD_DIR=… -DCPACK_COMMAND=… -DAPP_ID=… -DICON_SIZES=16,32,… -P CheckDebPackage.cmake
# The build tree is installed into a staging directory (cmake --install builds nothing, so the
# test never races a build) and CPack packs that directory with the project's package settings.
# Then: the package's files and control fields, the unpacked binary run on a fresh data file, and
# the unpacked desktop entry and AppStream file through their validators (when installed).
# Prints "PD_SKIP: …" (the test's skip pattern) when dpkg-deb is missing.

cmake_minimum_required(VERSION 3.21)

function(check condition_text)
    if(NOT (${ARGN}))
        message(FATAL_ERROR "package check failed: ${condition_text}")
    endif()
endfunction()

function(run)
    cmake_parse_arguments(arg "" "OUTPUT;WHAT" "COMMAND" ${ARGN})
    execute_process(COMMAND ${arg_COMMAND}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${arg_WHAT} failed (${result}):\n${out}\n${err}")
    endif()
    if(arg_OUTPUT)
        set(${arg_OUTPUT} "${out}" PARENT_SCOPE)
    endif()
endfunction()

find_program(DPKG_DEB dpkg-deb)
if(NOT DPKG_DEB)
    message("PD_SKIP: dpkg-deb is not installed")
    return()
endif()
if(NOT EXISTS "${BUILD_DIR}/CPackConfig.cmake")
    message(FATAL_ERROR "${BUILD_DIR} is not a configured build tree")
endif()

set(work "${BUILD_DIR}/package-test")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}/out")

# 1. Stage what the build tree installs, stripped, under /usr.
run(WHAT "cmake --install"
    COMMAND ${CMAKE_COMMAND} -E env "DESTDIR=${work}/stage"
            ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr --strip)

# 2. Pack it with the project's CPack settings.
file(WRITE "${work}/CPackStaged.cmake" "include(\"${BUILD_DIR}/CPackConfig.cmake\")
set(CPACK_INSTALL_CMAKE_PROJECTS \"\")
set(CPACK_INSTALLED_DIRECTORIES \"${work}/stage;.\")
set(CPACK_PACKAGE_DIRECTORY \"${work}/out\")
set(CPACK_OUTPUT_CONFIG_FILE \"${work}/CPackStaged.cmake\")
")
run(WHAT "cpack" COMMAND "${CPACK_COMMAND}" -G DEB --config "${work}/CPackStaged.cmake")
file(GLOB debs "${work}/out/*.deb")
list(LENGTH debs count)
check("one .deb is built (found: ${debs})" count EQUAL 1)
message(STATUS "Built ${debs}")

# 3. Its files.
run(WHAT "dpkg-deb -c" OUTPUT listing COMMAND "${DPKG_DEB}" -c "${debs}")
set(expected
    ./usr/bin/progress-dashboard
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/progress-dashboard.svg)
string(REPLACE "," ";" sizes "${ICON_SIZES}")
foreach(size IN LISTS sizes)
    list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/progress-dashboard.png)
endforeach()
foreach(path IN LISTS expected)
    string(FIND "${listing}" " ${path}\n" at)
    check("the package holds ${path}:\n${listing}" NOT at EQUAL -1)
endforeach()
string(FIND "${listing}" "./usr/local" at)
check("nothing is installed under /usr/local" at EQUAL -1)

# 4. Its control fields.
run(WHAT "dpkg-deb -f" OUTPUT control COMMAND "${DPKG_DEB}" -f "${debs}")
message(STATUS "Control:\n${control}")
foreach(field Package Version Architecture Maintainer Section Depends Description)
    check("control field ${field}" control MATCHES "(^|\n)${field}: [^\n]+")
endforeach()
string(REGEX MATCH "\nDepends: [^\n]+" depends "${control}")
foreach(package libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6charts6
                libqt6printsupport6 libqt6svg6 libxlsxwriter4 qt6-qpa-plugins qt6-translations-l10n
                fonts-noto-cjk)
    check("Depends names ${package}:${depends}" depends MATCHES "[ ,]${package}([ ,(]|$)")
endforeach()
check("the description is also in Chinese" control MATCHES "政府工作报告进度看板")

# 5. Unpack and run it: the command line on a new data file (created with the built-in plan).
run(WHAT "dpkg-deb -x" COMMAND "${DPKG_DEB}" -x "${debs}" "${work}/root")
set(binary "${work}/root/usr/bin/progress-dashboard")
check("the binary is executable" EXISTS "${binary}")
run(WHAT "progress-dashboard export-json" OUTPUT json
    COMMAND ${CMAKE_COMMAND} -E env "HOME=${work}/home" "XDG_DATA_HOME=${work}/home/data"
            "XDG_CONFIG_HOME=${work}/home/config" QT_QPA_PLATFORM=offscreen
            "${binary}" export-json --db "${work}/plan.sqlite" --as-of 2024-06-30)
check("export-json writes the built-in plan" json MATCHES "成都")
run(WHAT "progress-dashboard --version" OUTPUT version
    COMMAND ${CMAKE_COMMAND} -E env "HOME=${work}/home" QT_QPA_PLATFORM=offscreen
            "${binary}" --version)
check("--version answers" version MATCHES "[0-9]+\\.[0-9]+")

# As the menu entry starts it: no arguments. It opens the window on the default data file
# (created with the built-in plan) and stays up until closed, so a timeout here is success.
set(home "${work}/home")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "HOME=${home}" "XDG_DATA_HOME=${home}/data"
                        "XDG_CONFIG_HOME=${home}/config" QT_QPA_PLATFORM=offscreen "${binary}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 8)
check("with no arguments the app keeps running (it ended with ${result}):\n${out}\n${err}"
      result MATCHES "timeout")
file(GLOB_RECURSE default_files "${home}/data/*/plan.sqlite")
check("with no arguments the app creates its default data file under ${home}/data" default_files)

# 6. The unpacked desktop entry and AppStream file pass their validators.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run(WHAT "desktop-file-validate" COMMAND "${DESKTOP_FILE_VALIDATE}"
        "${work}/root/usr/share/applications/${APP_ID}.desktop")
else()
    message(STATUS "desktop-file-validate not installed: desktop entry not validated")
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    run(WHAT "appstreamcli validate" COMMAND "${APPSTREAMCLI}" validate --no-net --no-color
        "${work}/root/usr/share/metainfo/${APP_ID}.metainfo.xml")
else()
    message(STATUS "appstreamcli not installed: AppStream file not validated")
endif()

file(REMOVE_RECURSE "${work}/stage" "${work}/root" "${work}/home")
message(STATUS "Package OK: ${debs}")
