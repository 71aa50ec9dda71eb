#pragma once
// resampy's time register: time += 1/ratio in double precision, once per output sample. The
// exact resampler must follow its rounding (it decides which input sample each output sits
// on), but not its serial chain: within a binade [2^e, 2^(e+1)) every sum is rounded to the
// same spacing u, so each step adds the same s = fl(time + inc) − time and
// time_j = time_0 + j·s exactly (j·s and the sum are multiples of u below 2^(e+1)), unless inc
// lies exactly halfway between two multiples of u (then rounding to even alternates).

#include <cstddef>

namespace tagscope {

// times[j] = the register after j further additions of inc, for j < count; returns the
// register after count additions. Bit for bit the serial loop's values.
double advanceTimeRegister(double time, double inc, std::size_t count, double* times);

}  // namespace tagscope
