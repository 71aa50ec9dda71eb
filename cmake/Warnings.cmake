# Compiler warnings and optimisation flags shared by every Tagscope target.
add_library(tagscope_options INTERFACE)
target_compile_options(tagscope_options INTERFACE -Wall -Wextra -Wpedantic)
if(TAGSCOPE_WERROR)
    target_compile_options(tagscope_options INTERFACE -Werror)
endif()
if(TAGSCOPE_NATIVE)
    target_compile_options(tagscope_options INTERFACE -march=native)
endif()
