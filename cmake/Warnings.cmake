# Compiler warnings and optimisation flags shared by every Tagscope target.
add_library(tagscope_options INTERFACE)
target_compile_options(tagscope_options INTERFACE -Wall -Wextra -Wpedantic)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 false positives: AVX-512 intrinsics used by Eigen under -march=native trip
    # (maybe-)uninitialized (GCC bug 105593), and std::string concatenation trips -Wrestrict
    # (GCC bug 105329). Sanitizer and valgrind runs cover what these would catch.
    target_compile_options(tagscope_options INTERFACE
        -Wno-maybe-uninitialized -Wno-uninitialized -Wno-restrict)
endif()
if(TAGSCOPE_WERROR)
    target_compile_options(tagscope_options INTERFACE -Werror)
endif()
if(TAGSCOPE_NATIVE)
    target_compile_options(tagscope_options INTERFACE -march=native)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    # Hot loops as function clones for x86-64-v4/v3/baseline (engine/simd/simd_level.h).
    target_compile_definitions(tagscope_options INTERFACE TAGSCOPE_SIMD_DISPATCH)
endif()
