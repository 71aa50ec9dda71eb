// Fuzzes the .npy readers: any bytes give an array (or melgram) or a tagscope::Error, never a
// crash, a hang or an allocation beyond what the file can hold. readNpy alone reaches the data
// of any shape; readMelgramNpy adds the shape check and the value checks.
#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "engine/io/npy.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = tagscope::fuzz::scratchFile(data, size, ".npy");
    try {
        tagscope::readNpy(path);
    } catch (const tagscope::Error&) {
    }
    try {
        tagscope::readMelgramNpy(path);
    } catch (const tagscope::Error&) {
    }
    return 0;
}
