#pragma once
// Arrays of numbers as the store keeps them: little-endian IEEE 754 bytes, float32 or float64,
// bit for bit (so a stored probability prints exactly as the computed one did).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

std::string float32Blob(const std::vector<float>& values);
std::string float64Blob(const std::vector<double>& values);

// IEEE 754 half precision (binary16), rounded to nearest even: half the bytes of float32 with
// 11 significant bits (relative error ≤ 2^-11). Values beyond ±65504 become infinite.
std::string float16Blob(const std::vector<float>& values);

// nullopt if the blob's length is not a whole number of values.
std::optional<std::vector<float>> float32sFromBlob(std::string_view blob);
std::optional<std::vector<double>> float64sFromBlob(std::string_view blob);
std::optional<std::vector<float>> float16sFromBlob(std::string_view blob);

// The binary16 bits nearest a float, and back (exact).
std::uint16_t halfBits(float value);
float halfValue(std::uint16_t bits);

}  // namespace tagscope
