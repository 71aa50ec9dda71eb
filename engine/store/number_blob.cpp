#include "engine/store/number_blob.h"

#include <bit>
#include <cstdint>

namespace tagscope {
namespace {

template <typename Bits, typename Value>
std::string blobOf(const std::vector<Value>& values) {
    std::string blob;
    blob.reserve(values.size() * sizeof(Bits));
    for (Value v : values) {
        const auto bits = std::bit_cast<Bits>(v);
        for (std::size_t i = 0; i < sizeof(Bits); ++i) blob += char((bits >> (8 * i)) & 0xff);
    }
    return blob;
}

template <typename Bits, typename Value>
std::optional<std::vector<Value>> valuesOf(std::string_view blob) {
    if (blob.size() % sizeof(Bits) != 0) return std::nullopt;
    std::vector<Value> values(blob.size() / sizeof(Bits));
    for (std::size_t k = 0; k < values.size(); ++k) {
        Bits bits = 0;
        for (std::size_t i = 0; i < sizeof(Bits); ++i)
            bits |= Bits(static_cast<unsigned char>(blob[k * sizeof(Bits) + i])) << (8 * i);
        values[k] = std::bit_cast<Value>(bits);
    }
    return values;
}

}  // namespace

std::uint16_t halfBits(float value) {
    const std::uint32_t f = std::bit_cast<std::uint32_t>(value);
    const std::uint32_t sign = (f >> 16) & 0x8000u;
    const std::uint32_t exponent = (f >> 23) & 0xffu;
    std::uint32_t mantissa = f & 0x7fffffu;
    if (exponent == 0xff)  // infinity, or NaN (kept a quiet NaN)
        return std::uint16_t(sign | 0x7c00u | (mantissa ? 0x200u : 0u));
    const int e = int(exponent) - 127 + 15;             // the half's biased exponent
    if (e >= 31) return std::uint16_t(sign | 0x7c00u);  // too large: infinity
    if (e <= 0) {
        if (e < -10) return std::uint16_t(sign);  // below half the smallest subnormal: zero
        mantissa |= 0x800000u;                    // the implicit bit, then shift to subnormal
        const int shift = 14 - e;
        std::uint32_t half = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1u);
        const std::uint32_t halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (half & 1u))) ++half;
        return std::uint16_t(sign | half);
    }
    std::uint32_t half = (std::uint32_t(e) << 10) | (mantissa >> 13);
    const std::uint32_t rest = mantissa & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u))) ++half;  // may carry into infinity
    return std::uint16_t(sign | half);
}

float halfValue(std::uint16_t bits) {
    const std::uint32_t sign = std::uint32_t(bits & 0x8000u) << 16;
    const std::uint32_t exponent = (bits >> 10) & 0x1fu;
    std::uint32_t mantissa = bits & 0x3ffu;
    if (exponent == 0x1f) return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13));
    if (exponent == 0) {
        if (mantissa == 0) return std::bit_cast<float>(sign);
        int e = -1;  // normalise the subnormal
        do {
            ++e;
            mantissa <<= 1;
        } while (!(mantissa & 0x400u));
        return std::bit_cast<float>(sign | (std::uint32_t(127 - 15 - e) << 23) |
                                    ((mantissa & 0x3ffu) << 13));
    }
    return std::bit_cast<float>(sign | ((exponent + 127 - 15) << 23) | (mantissa << 13));
}

std::string float16Blob(const std::vector<float>& values) {
    std::vector<std::uint16_t> bits;
    bits.reserve(values.size());
    for (float v : values) bits.push_back(halfBits(v));
    return blobOf<std::uint16_t>(bits);
}

std::optional<std::vector<float>> float16sFromBlob(std::string_view blob) {
    const auto bits = valuesOf<std::uint16_t, std::uint16_t>(blob);
    if (!bits) return std::nullopt;
    std::vector<float> values;
    values.reserve(bits->size());
    for (std::uint16_t b : *bits) values.push_back(halfValue(b));
    return values;
}

std::string float32Blob(const std::vector<float>& values) {
    return blobOf<std::uint32_t>(values);
}

std::string float64Blob(const std::vector<double>& values) {
    return blobOf<std::uint64_t>(values);
}

std::optional<std::vector<float>> float32sFromBlob(std::string_view blob) {
    return valuesOf<std::uint32_t, float>(blob);
}

std::optional<std::vector<double>> float64sFromBlob(std::string_view blob) {
    return valuesOf<std::uint64_t, double>(blob);
}

}  // namespace tagscope
