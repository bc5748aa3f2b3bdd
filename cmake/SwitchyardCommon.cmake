# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carrying the language standard, warnings and Qt strictness defines.
add_library(switchyard_options INTERFACE)
target_compile_features(switchyard_options INTERFACE cxx_std_20)
target_compile_options(switchyard_options INTERFACE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough>
    $<$<BOOL:${SWITCHYARD_WERROR}>:-Werror>)
target_compile_definitions(switchyard_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SWITCHYARD_VERSION="${PROJECT_VERSION}"
    SWITCHYARD_APP_ID="${SWITCHYARD_APP_ID}")
