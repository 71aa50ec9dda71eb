// Fuzzes the calibration reader: JSON files are parsed and validated in this process, legacy
// HDF5 ones (recognised by their signature) in a child process. Any bytes give a calibration or
// a tagscope::Error, never a crash, a hang or a large allocation here.
#include "engine/error.h"
#include "engine/networks/calibration.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        tagscope::Calibration::load(tagscope::fuzz::scratchFile(data, size, ".calibration.json"));
    } catch (const tagscope::Error&) {
    }
    return 0;
}
