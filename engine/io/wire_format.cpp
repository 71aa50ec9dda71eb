#include "engine/io/wire_format.h"

#include <cstring>

#include "engine/error.h"

namespace tagscope {

void WireWriter::putCount(std::uint64_t value) {
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void WireWriter::putString(std::string_view text) {
    putCount(text.size());
    bytes_.append(text);
}

void WireWriter::putFloats(const std::vector<float>& values) {
    if (values.empty()) return;
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}

void WireReader::reject() const {
    fail(source_, "the process reading this file returned garbled data");
}

std::string_view WireReader::take(std::size_t size) {
    if (size > bytes_.size()) reject();
    const std::string_view part = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return part;
}

std::uint64_t WireReader::getCount(std::uint64_t max) {
    std::uint64_t value = 0;
    std::memcpy(&value, take(sizeof value).data(), sizeof value);
    if (value > max) reject();
    return value;
}

std::string WireReader::getString(std::size_t maxLength) {
    const std::uint64_t length = getCount(maxLength);
    return std::string(take(std::size_t(length)));
}

std::vector<float> WireReader::getFloats(std::size_t count) {
    if (count > bytes_.size() / sizeof(float)) reject();
    if (count == 0) return {};
    std::vector<float> values(count);
    std::memcpy(values.data(), take(count * sizeof(float)).data(), count * sizeof(float));
    return values;
}

void WireReader::expectEnd() const {
    if (!bytes_.empty()) reject();
}

}  // namespace tagscope
