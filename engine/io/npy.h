#pragma once
// A small, strict reader and writer for NumPy .npy files holding float32/float64 arrays.
// Anything else (other dtypes, big-endian, Fortran order, truncated data) is rejected with an
// Error naming the file.

#include <cstdint>
#include <string>
#include <vector>

namespace tagscope {

struct NpyArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;  // C order, converted to float32
};

NpyArray readNpy(const std::string& path);
void writeNpy(const std::string& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& values);

}  // namespace tagscope
