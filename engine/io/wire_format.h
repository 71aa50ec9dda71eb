#pragma once
// A flat binary encoding for data handed from an isolated child process (isolated_call.h) back
// to its parent: same machine, so host byte order. The reader checks every count against a
// limit and against the bytes left before allocating anything, so that data garbled by a child
// gone wrong gives an Error naming the source, never an overread or a huge allocation.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope {

class WireWriter {
public:
    void putCount(std::uint64_t value);
    void putString(std::string_view text);
    void putFloats(const std::vector<float>& values);  // the values only; write the count first

    // Room for `bytes` in all, so that a large encoding is not copied as it grows.
    void reserve(std::size_t bytes) { bytes_.reserve(bytes); }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

class WireReader {
public:
    WireReader(std::string_view bytes, std::string source)
        : bytes_(bytes), source_(std::move(source)) {}

    std::uint64_t getCount(std::uint64_t max);
    std::string getString(std::size_t maxLength);
    std::vector<float> getFloats(std::size_t count);
    void expectEnd() const;
    // Error("<source>: the process reading this file returned garbled data").
    [[noreturn]] void reject() const;

private:
    std::string_view take(std::size_t size);

    std::string_view bytes_;
    std::string source_;
};

}  // namespace tagscope
