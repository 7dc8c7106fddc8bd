# SPDX-License-Identifier: MIT
# One precompiled header for the whole build: Boost.Multiprecision (Uint256, in nearly every
# file), QtCore and the standard library are most of what each file parses, and the many small
# test and example programs would otherwise parse them again each. seismic_core builds it; every
# other C++ target reuses it (GCC falls back to the real headers if a target's flags make the
# header unusable, so a mismatch costs time, never correctness).
#
# A header in it is visible to every file, which hides a missing #include; the fuzzing build
# (clang, fuzz/) compiles core and seismic without it and catches those.

option(SEISMIC_PRECOMPILED_HEADERS "Precompile the common headers once for the whole build" ON)

function(seismic_collect_targets directory out)
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory ${subdirectories})
        seismic_collect_targets(${subdirectory} nested)
        list(APPEND targets ${nested})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(seismic_precompile_headers)
    if(NOT SEISMIC_PRECOMPILED_HEADERS OR NOT TARGET seismic_core)
        return()
    endif()
    target_precompile_headers(seismic_core PRIVATE
        <boost/multiprecision/cpp_int.hpp>
        <QByteArray> <QList> <QObject> <QString> <QStringList>
        <algorithm> <array> <chrono> <cstdint> <functional> <map> <memory> <optional> <span>
        <string> <string_view> <utility> <variant> <vector>)
    seismic_collect_targets(${PROJECT_SOURCE_DIR} targets)
    foreach(target ${targets})
        get_target_property(type ${target} TYPE)
        if(target STREQUAL seismic_core OR NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        target_precompile_headers(${target} REUSE_FROM seismic_core)
    endforeach()
endfunction()
