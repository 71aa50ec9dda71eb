#include "engine/audio/time_register.h"

#include <cmath>

#include "engine/simd/simd_level.h"

namespace tagscope {
namespace {

// time_0 + j·s for j < count: independent products, vectorised.
TAGSCOPE_SIMD_CLONES
void fillSteps(double time, double s, std::size_t count, double* times) {
    for (std::size_t j = 0; j < count; ++j) times[j] = time + double(j) * s;
}

}  // namespace

double advanceTimeRegister(double time, double inc, std::size_t count, double* times) {
    std::size_t done = 0;
    while (done < count) {
        int e = 0;
        std::frexp(time, &e);  // time ∈ [2^(e−1), 2^e)
        const double top = std::ldexp(1.0, e);
        const double u = std::ldexp(1.0, e - 53);
        const double s = (time + inc) - time;  // exact: both in [2^(e−1), 2^(e+1))
        // Steps that stay in the binade: time + k·s < top.
        std::size_t k = 0;
        if (time >= 1.0 && inc > 0.0 && std::fabs(inc - s) != 0.5 * u && time + inc < top) {
            const double room = std::floor((top - time) / s);
            k = room < double(count - done) ? std::size_t(room) : count - done;
            while (k > 0 && time + double(k) * s >= top) --k;
        }
        if (k == 0) {  // at a binade's edge, near zero or at a tie: one serial step
            times[done++] = time;
            time += inc;
            continue;
        }
        fillSteps(time, s, k, times + done);
        done += k;
        time += double(k) * s;
    }
    return time;
}

}  // namespace tagscope
