# CPack: a Debian package of what cmake --install puts under the prefix (gdlab, its .desktop file,
# its icons and its MIME types). tools/dev package builds one from a Release build without the
# tests; cpack --config CPackConfig.cmake in any build folder packages that build.
#
# Depends is what dpkg-shlibdeps (from dpkg-dev, which build-essential brings) finds the binary
# linked against: the Qt 6, QCustomPlot and giflib runtime packages, each at the version this was
# built with. Qt's xcb platform plugin and the SVG icon engine come with libqt6gui6 and libqt6svg6,
# which that list already holds. No maintainer scripts: dpkg's triggers from desktop-file-utils,
# shared-mime-info and hicolor-icon-theme refresh their caches for files in these folders.

set(GD_PACKAGE_MAINTAINER "Gradient Descent Lab maintainers <maintainers@users.noreply.r-seed-5eaefbde.example>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME gdlab)
set(CPACK_PACKAGE_VENDOR "Gradient Descent Lab")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch gradient descent walk over the contours of f(x, y)")
# The long description, wrapped as dpkg shows it (under 80 columns).
set(CPACK_PACKAGE_DESCRIPTION
    "Gradient Descent Lab makes optimization visible: pick or type an objective
f(x, y), set the start point, the optimizer (gradient descent, momentum,
Nesterov, AdaGrad, RMSProp, Adam, AdamW, Newton) and its learning-rate
schedule, and watch each run step over the contour plot, with the
convergence plot beside it. Made for teaching on a projector: scenes and
lectures can be saved and presented, and pictures and animations exported
for slides. The headless commands (gdlab trace, eval, contour, export) print
or write the same results for scripts.")
set(CPACK_PACKAGE_CONTACT "${GD_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GD_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # gdlab_0.1.0_amd64.deb

set(CPACK_GENERATOR DEB)
include(CPack)
