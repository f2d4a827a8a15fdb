# Desktop integration and the Debian package: install rules, CPack, and the tests that check
# the translation, the desktop files and the package. Included from the top-level CMakeLists.txt
# after the targets exist.

set(PD_APP_ID io.github.progressdashboard.ProgressDashboard)
set(PD_DESKTOP_FILE ${PROJECT_SOURCE_DIR}/resources/${PD_APP_ID}.desktop)
set(PD_METAINFO_FILE ${PROJECT_SOURCE_DIR}/resources/${PD_APP_ID}.metainfo.xml)

# --- Install (the binary's own rule is in app/CMakeLists.txt) -------------------------------
install(FILES ${PD_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PD_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/progress-dashboard.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS PD_ICON_SIZES)
    install(FILES ${PD_ICON_DIR}/${size}x${size}/apps/progress-dashboard.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Debian package: cpack -G DEB (or ./dev package) -----------------------------------------
set(PD_PACKAGE_MAINTAINER "Progress Dashboard maintainers <maintainers@example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME progress-dashboard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Progress Dashboard")
set(CPACK_PACKAGE_CONTACT "${PD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "track a government work report's targets through the year")
set(CPACK_PACKAGE_INSTALL_DIRECTORY progress-dashboard)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the binary links come from dpkg-shlibdeps; what it loads at run time is named here:
# the SQLite driver, the SVG icon plugins, the platform plugins, Qt's own Chinese catalogue
# (dialog buttons) and the CJK fonts the screen and the PDF sheets need.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "desktop-file-utils")
# (CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line.)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Progress Dashboard follows how far each quantified target of a city's
government work report has come: the main expected targets, the work areas
and the livelihood projects, with statuses measured against the share of the
year elapsed, charts, and printable PDF progress sheets. The 2024 Chengdu
report is built in; other reports can be imported. All data stays in one
local SQLite file.

政府工作报告进度看板：全年跟踪政府工作报告各项量化目标的完成进度，涵盖主要预期
目标、各工作领域和民生实事；对照序时进度判断正常推进、略有滞后、严重滞后，提供
图表和可打印的PDF进度表。内置成都市2024年政府工作报告，可导入其他报告；全部数据
保存在一个本地文件中，无需联网。")
include(CPack)

# --- Tests ------------------------------------------------------------------------------------
function(pd_add_packaging_test name)
    qt_add_executable(${name} ${PROJECT_SOURCE_DIR}/tests/${name}.cpp)
    target_link_libraries(${name} PRIVATE pdtestsupport_ui Qt6::Test ${ARGN})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        LABELS ui
        TIMEOUT 300)
endfunction()

pd_add_packaging_test(tst_translations)
target_compile_definitions(tst_translations PRIVATE
    PD_TS_FILE="${PD_TS_FILES}"
    PD_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

pd_add_packaging_test(tst_desktopfiles Qt6::Svg)
target_compile_definitions(tst_desktopfiles PRIVATE
    PD_APP_ID="${PD_APP_ID}"
    PD_DESKTOP_FILE="${PD_DESKTOP_FILE}"
    PD_METAINFO_FILE="${PD_METAINFO_FILE}"
    PD_ICON_DIR="${PD_ICON_DIR}")
add_dependencies(tst_desktopfiles pd_icons)

# Builds the .deb from what this build tree installs (never rebuilding anything), then checks
# its files and dependencies and runs the unpacked binary. Skips without dpkg-deb. Labelled
# packaging: the sanitizer run (./dev test --sanitize) leaves it out.
string(REPLACE ";" "," pd_icon_size_list "${PD_ICON_SIZES}")
add_test(NAME package_deb
    COMMAND ${CMAKE_COMMAND}
            -DBUILD_DIR=${PROJECT_BINARY_DIR}
            -DCPACK_COMMAND=${CMAKE_CPACK_COMMAND}
            -DAPP_ID=${PD_APP_ID}
            -DICON_SIZES=${pd_icon_size_list}
            -P ${PROJECT_SOURCE_DIR}/packaging/CheckDebPackage.cmake)
set_tests_properties(package_deb PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    SKIP_REGULAR_EXPRESSION "PD_SKIP:"
    LABELS packaging
    TIMEOUT 600)
