#include "engine/io/npy.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <fstream>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/input_file.h"
#include "engine/io/keras_weights.h"

static_assert(std::endian::native == std::endian::little,
              ".npy data is read and written as little-endian; this host is not");

namespace tagscope {
namespace {

constexpr std::string_view kMagic("\x93NUMPY", 6);
// NumPy refuses headers over 10 000 bytes by default; version 2 allows 4 GB. Ours: 1 MB.
constexpr std::uint32_t kMaxHeaderLength = 1u << 20;
constexpr std::size_t kMaxDimensions = 64;  // NumPy 2's limit

struct NpyHeader {
    std::string descr;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
};

// Header text quoted in a message: short, printable whatever the file holds, no padding.
std::string excerpt(std::string_view text) {
    constexpr std::size_t kMaxLength = 40;
    const bool cut = text.size() > kMaxLength;
    std::string s;
    for (char c : text.substr(0, kMaxLength)) s += (c >= 0x20 && c < 0x7f) ? c : '?';
    s.erase(s.find_last_not_of(' ') + 1);
    return cut ? s + "..." : s;
}

// Python's whitespace and letters, in ASCII whatever the locale.
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Parses the header, a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (96, 1366), }
// with either quote style, keys in any order and optional trailing commas. One forward pass
// without recursion (the values are never nested), so no header can exhaust the stack.
class HeaderParser {
public:
    HeaderParser(std::string_view text, const std::string& path) : text_(text), path_(path) {}

    NpyHeader parse() {
        NpyHeader header;
        bool haveDescr = false, haveFortranOrder = false, haveShape = false;
        expect('{', "not a dict");
        while (!accept('}')) {
            const std::string_view key = quoted("a quoted key");
            expect(':', "no ':' after '" + excerpt(key) + "'");
            if (key == "descr") {
                once(haveDescr, key);
                header.descr = descr();
            } else if (key == "fortran_order") {
                once(haveFortranOrder, key);
                header.fortranOrder = boolean(key);
            } else if (key == "shape") {
                once(haveShape, key);
                header.shape = shape();
            } else {
                malformed("unexpected key '" + excerpt(key) + "'");
            }
            if (!accept(',')) {
                expect('}', "expected ',' or '}' after the value of '" + std::string(key) + "'");
                break;
            }
        }
        skipSpace();
        if (pos_ != text_.size()) malformed("text after the dict");
        if (!haveDescr) malformed("no 'descr'");
        if (!haveFortranOrder) malformed("no 'fortran_order'");
        if (!haveShape) malformed("no 'shape'");
        return header;
    }

private:
    [[noreturn]] void malformed(const std::string& problem) const {
        fail(path_, "malformed .npy header: " + problem);
    }

    void skipSpace() {
        while (pos_ < text_.size() && isSpace(text_[pos_])) ++pos_;
    }

    bool accept(char c) {
        skipSpace();
        if (pos_ == text_.size() || text_[pos_] != c) return false;
        ++pos_;
        return true;
    }

    void expect(char c, const std::string& problem) {
        if (!accept(c)) malformed(problem);
    }

    void once(bool& seen, std::string_view key) const {
        if (seen) malformed("'" + std::string(key) + "' given twice");
        seen = true;
    }

    std::string_view quoted(const std::string& what) {
        skipSpace();
        if (pos_ == text_.size() || (text_[pos_] != '\'' && text_[pos_] != '"'))
            malformed("expected " + what + ", found '" + excerpt(text_.substr(pos_)) + "'");
        const std::size_t end = text_.find(text_[pos_], pos_ + 1);
        if (end == std::string_view::npos) malformed("unterminated string");
        const std::string_view value = text_.substr(pos_ + 1, end - pos_ - 1);
        pos_ = end + 1;
        return value;
    }

    std::string descr() {
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == '[')
            fail(path_, "unsupported .npy dtype (a structured array; expected float32/64)");
        return std::string(quoted("a quoted dtype for 'descr'"));
    }

    bool boolean(std::string_view key) {
        skipSpace();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && isLetter(text_[pos_])) ++pos_;
        const std::string_view word = text_.substr(start, pos_ - start);
        if (word == "True") return true;
        if (word == "False") return false;
        malformed("'" + std::string(key) + "' is not True or False");
    }

    std::vector<std::int64_t> shape() {
        expect('(', "'shape' is not a tuple");
        std::vector<std::int64_t> dims;
        while (!accept(')')) {
            if (dims.size() == kMaxDimensions)
                malformed("shape has more than " + std::to_string(kMaxDimensions) + " dimensions");
            dims.push_back(dimension());
            if (!accept(',')) {
                expect(')', "bad shape: expected ',' or ')' after a dimension");
                break;
            }
        }
        return dims;
    }

    std::int64_t dimension() {
        skipSpace();
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
        const std::string_view digits = text_.substr(start, pos_ - start);
        if (digits.empty())
            malformed("bad shape: expected a dimension, found '" + excerpt(text_.substr(start)) +
                      "'");
        std::int64_t value = 0;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error == std::errc::result_out_of_range)
            fail(path_, ".npy shape dimension too large: " + excerpt(digits));
        if (pos_ < text_.size() && text_[pos_] == 'L') ++pos_;  // Python 2 long, e.g. (96L,)
        return value;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    const std::string& path_;
};

std::size_t itemSizeOf(const std::string& descr, const std::string& path) {
    if (descr == "<f4") return 4;
    if (descr == "<f8") return 8;
    fail(path, "unsupported .npy dtype '" + excerpt(descr) +
                   "' (expected little-endian float32/64: '<f4' or '<f8')");
}

// Number of elements of shape, or nullopt beyond 2^64 - 1.
std::optional<std::uint64_t> elementCount(const std::vector<std::int64_t>& shape) {
    for (std::int64_t d : shape)
        if (d == 0) return 0;
    std::uint64_t count = 1;
    for (std::int64_t d : shape) {
        if (d < 0 || count > std::numeric_limits<std::uint64_t>::max() / std::uint64_t(d))
            return std::nullopt;
        count *= std::uint64_t(d);
    }
    return count;
}

void readBytes(std::ifstream& in, void* buffer, std::size_t size, const std::string& path,
               const char* problem) {
    if (!in.read(static_cast<char*>(buffer), std::streamsize(size))) fail(path, problem);
}

// Reads magic, version, header length and header; returns the header and its end offset.
NpyHeader readHeader(std::ifstream& in, std::uint64_t fileSize, const std::string& path,
                     std::uint64_t& headerEnd) {
    char magic[kMagic.size()];
    if (fileSize < kMagic.size() || !in.read(magic, std::streamsize(sizeof magic)) ||
        std::string_view(magic, sizeof magic) != kMagic)
        fail(path, "not a .npy file (bad magic)");
    unsigned char version[2];
    readBytes(in, version, 2, path, "truncated .npy header");
    std::uint32_t headerLength = 0;
    unsigned char b[4] = {};
    if (version[0] == 1) {
        readBytes(in, b, 2, path, "truncated .npy header");
        headerLength = b[0] | (b[1] << 8);
        headerEnd = 10;
    } else if (version[0] == 2 || version[0] == 3) {
        readBytes(in, b, 4, path, "truncated .npy header");
        headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (std::uint32_t(b[3]) << 24);
        headerEnd = 12;
    } else {
        fail(path, "unsupported .npy version " + std::to_string(version[0]));
    }
    if (headerLength > kMaxHeaderLength) fail(path, "malformed .npy header (too long)");
    headerEnd += headerLength;
    if (headerEnd > fileSize) fail(path, "truncated .npy header");
    std::string text(headerLength, '\0');
    readBytes(in, text.data(), text.size(), path, "truncated .npy header");
    return HeaderParser(text, path).parse();
}

// Beyond float32's range a float64 becomes ±infinity (a plain cast would be undefined).
float narrowToFloat(double v) {
    constexpr double kMax = std::numeric_limits<float>::max();
    if (v > kMax) return std::numeric_limits<float>::infinity();
    if (v < -kMax) return -std::numeric_limits<float>::infinity();
    return static_cast<float>(v);
}

void readFloat64Values(std::ifstream& in, std::vector<float>& values, const std::string& path) {
    std::vector<double> chunk(std::min<std::size_t>(values.size(), 8192));
    for (std::size_t done = 0; done < values.size();) {
        const std::size_t n = std::min(chunk.size(), values.size() - done);
        readBytes(in, chunk.data(), n * sizeof(double), path, "truncated .npy data");
        for (std::size_t k = 0; k < n; ++k) values[done + k] = narrowToFloat(chunk[k]);
        done += n;
    }
}

}  // namespace

NpyArray readNpy(const std::string& path, const NpyShapeCheck& checkShape) {
    const std::uint64_t fileSize = checkInputFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot open file");
    std::uint64_t headerEnd = 0;
    NpyHeader header = readHeader(in, fileSize, path, headerEnd);
    const std::size_t itemSize = itemSizeOf(header.descr, path);
    if (header.fortranOrder) fail(path, "Fortran-order .npy arrays are not supported");
    if (checkShape) checkShape(header.shape);

    // Nothing is allocated for the data until the file is known to hold exactly that much.
    const std::uint64_t held = fileSize - headerEnd;
    const std::optional<std::uint64_t> count = elementCount(header.shape);
    if (!count || *count > std::numeric_limits<std::uint64_t>::max() / itemSize)
        fail(path, "truncated .npy data: header declares shape " + shapeToString(header.shape) +
                       ", more than 2^64 bytes; file holds " + std::to_string(held));
    const std::uint64_t declared = *count * itemSize;
    if (declared > held)
        fail(path, "truncated .npy data: header declares " + std::to_string(declared) +
                       " bytes, file holds " + std::to_string(held));
    if (declared < held)
        fail(path, "extra bytes after the .npy data: header declares " + std::to_string(declared) +
                       " bytes, file holds " + std::to_string(held));

    NpyArray array;
    array.shape = std::move(header.shape);
    array.values.resize(std::size_t(*count));
    if (itemSize == 4)
        readBytes(in, array.values.data(), std::size_t(declared), path, "truncated .npy data");
    else
        readFloat64Values(in, array.values, path);
    if (in.peek() != std::char_traits<char>::eof())
        fail(path, "extra bytes after the .npy data (the file grew while being read)");
    return array;
}

std::string npyBytes(const std::vector<std::int64_t>& shape, const std::vector<float>& values) {
    const std::optional<std::uint64_t> count = elementCount(shape);
    if (!count || *count != values.size())
        throw std::invalid_argument("npyBytes: shape " + shapeToString(shape) + " does not hold " +
                                    std::to_string(values.size()) + " values");
    std::string header =
        "{'descr': '<f4', 'fortran_order': False, 'shape': " + shapeToString(shape) + ", }";
    // Pad so that magic + version + length + header is a multiple of 64, ending in '\n'.
    constexpr std::size_t kPrefix = kMagic.size() + 4;
    header.append((64 - (kPrefix + header.size() + 1) % 64) % 64, ' ');
    header.push_back('\n');
    if (header.size() > 0xffff)
        throw std::invalid_argument("npyBytes: shape " + shapeToString(shape) + " is too long");

    std::string bytes;
    bytes.reserve(kPrefix + header.size() + values.size() * sizeof(float));
    bytes += kMagic;
    bytes += {'\x01', '\x00', char(header.size() & 0xff), char(header.size() >> 8)};
    bytes += header;
    bytes.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
    return bytes;
}

void writeNpy(const std::string& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& values) {
    writeFileAtomically(path, npyBytes(shape, values));
}

}  // namespace tagscope
