# The Debian package (scripts/package: cpack in the Release build folder). It holds what the install
# rules install: both binaries, the shipped models, the desktop entry, the AppStream metainfo and the
# icon. The Depends field is computed by dpkg-shlibdeps from the libraries the binaries link; only
# what no binary links is named here: the Qt platform plugins (loaded at run time, without them the
# window cannot open).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pixelchain)
set(CPACK_PACKAGE_VENDOR "PixelChain")
set(CPACK_PACKAGE_CONTACT "PixelChain developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop lab for autoregressive generative models")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "PixelChain accompanies an introductory lecture on generative models. It counts exactly how many
parameters the full joint, independent, chain-rule, Markov, FVSBN and NADE factorizations need,
shows a NADE trained on real MNIST digits deciding a 28x28 digit one pixel at a time, and gives
the exact probability of any digit a student draws. It runs offline: the trained models ship
with it. The binaries run on any x86-64-v2 CPU and pick faster kernels at start-up.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Korean text needs a CJK font; the app runs without one, so it is a recommendation.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
