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
