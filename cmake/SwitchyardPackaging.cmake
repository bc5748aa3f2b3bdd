# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: a .deb (runtime dependencies computed by dpkg-shlibdeps) and a .tar.gz, versioned from
# project(VERSION). `cpack -G DEB` in a build directory; scripts/package-check.sh builds, installs,
# checks and removes the .deb.
set(CPACK_PACKAGE_NAME "switchyard")
set(CPACK_PACKAGE_VENDOR "Switchyard developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Personal AI model gateway: one local endpoint for every LLM provider")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Switchyard sits between your AI tools and the model providers. Its local endpoint speaks the OpenAI "
    "and Anthropic APIs, routes every request to OpenAI, Anthropic, Gemini, Azure, OpenRouter, local "
    "Ollama/LM Studio/llama.cpp servers and more, keeps provider keys in the OS keychain, and records "
    "usage and cost. Includes the desktop app (switchyard) and the headless daemon (switchyardd).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Switchyard developers <switchyard@users.noreply.github.com>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries the binaries link are found by dpkg-shlibdeps; what Qt loads at run time (plugins) it
# cannot see, so those are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")

set(CPACK_ARCHIVE_FILE_NAME "switchyard-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;node_modules")

include(CPack)
