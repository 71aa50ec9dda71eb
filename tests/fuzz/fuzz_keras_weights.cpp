// Fuzzes the Keras weight reader through the path users get: the file is parsed by libhdf5 in a
// child process, so a crash there must come back as a tagscope::Error. Any crash, leak or
// oversized allocation in this process (the pre-checks, the transfer, the decoding) is a finding.
#include "engine/error.h"
#include "engine/io/keras_weights.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        tagscope::KerasWeights::load(tagscope::fuzz::scratchFile(data, size, ".hdf5"));
    } catch (const tagscope::Error&) {
    }
    return 0;
}
