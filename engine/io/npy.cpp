#include "engine/io/npy.h"

#include <cstring>
#include <fstream>
#include <numeric>
#include <regex>

#include "engine/error.h"

namespace tagscope {
namespace {

constexpr char kMagic[] = "\x93NUMPY";

std::string headerValue(const std::string& header, const std::string& key,
                        const std::string& path) {
    const std::regex re("['\"]" + key + "['\"]\\s*:\\s*(\\([^)]*\\)|'[^']*'|\"[^\"]*\"|\\w+)");
    std::smatch m;
    if (!std::regex_search(header, m, re)) fail(path, "malformed .npy header: no '" + key + "'");
    return m[1].str();
}

std::vector<std::int64_t> parseShape(const std::string& text, const std::string& path) {
    std::vector<std::int64_t> shape;
    const std::regex num("\\s*(\\d+)\\s*,?");
    const std::string inner = text.substr(1, text.size() - 2);
    std::size_t consumed = 0;
    for (auto it = std::sregex_iterator(inner.begin(), inner.end(), num);
         it != std::sregex_iterator(); ++it) {
        if (std::size_t(it->position()) != consumed) break;
        shape.push_back(std::stoll((*it)[1].str()));
        consumed += it->length();
    }
    if (inner.find_first_not_of(" \t", consumed) != std::string::npos)
        fail(path, "malformed .npy header: bad shape " + text);
    return shape;
}

}  // namespace

NpyArray readNpy(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot open file");
    char magic[6];
    if (!in.read(magic, 6) || std::memcmp(magic, kMagic, 6) != 0)
        fail(path, "not a .npy file (bad magic)");
    unsigned char version[2];
    if (!in.read(reinterpret_cast<char*>(version), 2)) fail(path, "truncated .npy header");
    std::uint32_t headerLength = 0;
    if (version[0] == 1) {
        unsigned char b[2];
        if (!in.read(reinterpret_cast<char*>(b), 2)) fail(path, "truncated .npy header");
        headerLength = b[0] | (b[1] << 8);
    } else if (version[0] == 2 || version[0] == 3) {
        unsigned char b[4];
        if (!in.read(reinterpret_cast<char*>(b), 4)) fail(path, "truncated .npy header");
        headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (std::uint32_t(b[3]) << 24);
    } else {
        fail(path, "unsupported .npy version " + std::to_string(version[0]));
    }
    if (headerLength > (1u << 20)) fail(path, "malformed .npy header (too long)");
    std::string header(headerLength, '\0');
    if (!in.read(header.data(), headerLength)) fail(path, "truncated .npy header");

    const std::string descr = headerValue(header, "descr", path);
    const std::string fortran = headerValue(header, "fortran_order", path);
    const std::string shapeText = headerValue(header, "shape", path);
    if (fortran != "False") fail(path, "Fortran-order .npy arrays are not supported");
    std::size_t itemSize = 0;
    if (descr == "'<f4'" || descr == "\"<f4\"") {
        itemSize = 4;
    } else if (descr == "'<f8'" || descr == "\"<f8\"") {
        itemSize = 8;
    } else {
        fail(path, "unsupported .npy dtype " + descr + " (expected little-endian float32/64)");
    }
    if (shapeText.empty() || shapeText.front() != '(')
        fail(path, "malformed .npy header: bad shape " + shapeText);

    NpyArray array;
    array.shape = parseShape(shapeText, path);
    std::size_t count = 1;
    for (auto d : array.shape) {
        if (d < 0 || d > (std::int64_t(1) << 31)) fail(path, "implausible .npy shape");
        count *= std::size_t(d);
    }
    if (count > (std::size_t(1) << 31)) fail(path, "implausible .npy size");
    std::vector<char> raw(count * itemSize);
    if (!in.read(raw.data(), std::streamsize(raw.size())))
        fail(path, "truncated .npy data: expected " + std::to_string(count) + " values");
    array.values.resize(count);
    if (itemSize == 4 && count > 0) {
        std::memcpy(array.values.data(), raw.data(), raw.size());
    } else if (itemSize == 8) {
        for (std::size_t i = 0; i < count; ++i) {
            double v;
            std::memcpy(&v, raw.data() + i * 8, 8);
            array.values[i] = float(v);
        }
    }
    return array;
}

void writeNpy(const std::string& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& values) {
    std::string dims;
    for (auto d : shape) dims += std::to_string(d) + ", ";
    if (shape.size() > 1) dims.resize(dims.size() - 2);
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    // Pad so that magic + version + length + header is a multiple of 64, ending in '\n'.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) fail(path, "cannot open for writing");
    out.write(kMagic, 6);
    const unsigned char version[2] = {1, 0};
    out.write(reinterpret_cast<const char*>(version), 2);
    const unsigned char len[2] = {static_cast<unsigned char>(header.size() & 0xff),
                                  static_cast<unsigned char>(header.size() >> 8)};
    out.write(reinterpret_cast<const char*>(len), 2);
    out.write(header.data(), std::streamsize(header.size()));
    out.write(reinterpret_cast<const char*>(values.data()),
              std::streamsize(values.size() * sizeof(float)));
    if (!out) fail(path, "write failed");
}

}  // namespace tagscope
