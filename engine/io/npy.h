#pragma once
// A small, strict reader and writer for NumPy .npy files holding float32/float64 arrays.
// Anything else (other dtypes, big-endian, Fortran order, a header that is not the dict NumPy
// writes, data shorter or longer than the header declares) is rejected with an Error naming the
// file. The declared size is checked against the file's size before anything is allocated, so a
// hostile header cannot make the reader allocate more than the file holds.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tagscope {

struct NpyArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;  // C order, converted to float32 (±infinity beyond its range)
};

// Called with the declared shape right after the header, before any data is read; refuses a
// shape by throwing (fail(path, ...)).
using NpyShapeCheck = std::function<void(const std::vector<std::int64_t>& shape)>;

NpyArray readNpy(const std::string& path, const NpyShapeCheck& checkShape = {});

// A complete version 1.0 .npy file (little-endian float32, C order). The shape's product must
// equal values.size() (std::invalid_argument otherwise).
std::string npyBytes(const std::vector<std::int64_t>& shape, const std::vector<float>& values);

// Writes npyBytes(shape, values) to path with writeFileAtomically.
void writeNpy(const std::string& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& values);

}  // namespace tagscope
