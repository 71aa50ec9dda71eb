// Fuzzes the .npy melgram reader: any bytes give a melgram or a tagscope::Error, never a crash,
// a hang or an allocation beyond what the file can hold.
#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        tagscope::readMelgramNpy(tagscope::fuzz::scratchFile(data, size, ".npy"));
    } catch (const tagscope::Error&) {
    }
    return 0;
}
