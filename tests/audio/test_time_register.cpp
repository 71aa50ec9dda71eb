// advanceTimeRegister against resampy's serial loop, bit for bit: across binades, at rates that
// up- and downsample, from large starting times, and at an increment halfway between two
// multiples of the spacing (ties to even alternate there).

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "engine/audio/time_register.h"

namespace tagscope::test {
namespace {

void expectSerial(double start, double inc, std::size_t count, std::size_t chunk) {
    std::vector<double> times(chunk);
    double serial = start, time = start;
    for (std::size_t done = 0; done < count; done += chunk) {
        time = advanceTimeRegister(time, inc, chunk, times.data());
        for (std::size_t j = 0; j < chunk; ++j) {
            ASSERT_EQ(times[j], serial) << "inc " << inc << ", output " << done + j;
            serial += inc;
        }
        ASSERT_EQ(time, serial) << "inc " << inc << " after " << done + chunk;
    }
}

TEST(TimeRegister, EqualsSerialAdditionBitForBit) {
    for (const int rate : {44100, 48000, 22050, 32000, 8000, 96000, 11025, 88200})
        expectSerial(0.0, 1.0 / (12000.0 / rate), 1u << 21, 256);  // as ExactResampler adds
    expectSerial(0.0, 3.675, 100003, 7);                           // odd chunks
    expectSerial(1048575.3, 3.675, 1u << 16, 256);                 // crossing 2^20
    expectSerial(123456789.0, 0.6666666666666666, 1u << 16, 256);
}

TEST(TimeRegister, FollowsTiesToEven) {
    // In [2^20, 2^21) the spacing is 2^-32: this increment is exactly half of it past 3.
    const double inc = 3.0 + std::ldexp(1.0, -33);
    expectSerial(1048576.0, inc, 4096, 256);
    expectSerial(1048576.0 + std::ldexp(1.0, -32), inc, 4096, 256);
}

}  // namespace
}  // namespace tagscope::test
