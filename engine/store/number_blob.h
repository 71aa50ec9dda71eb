#pragma once
// Arrays of numbers as the store keeps them: little-endian IEEE 754 bytes, float32 or float64,
// bit for bit (so a stored probability prints exactly as the computed one did).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

std::string float32Blob(const std::vector<float>& values);
std::string float64Blob(const std::vector<double>& values);

// nullopt if the blob's length is not a whole number of values.
std::optional<std::vector<float>> float32sFromBlob(std::string_view blob);
std::optional<std::vector<double>> float64sFromBlob(std::string_view blob);

}  // namespace tagscope
