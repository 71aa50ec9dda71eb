#include "engine/io/hdf5_util.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

#include "engine/error.h"

namespace tagscope::hdf5 {
namespace {

[[noreturn]] void corrupt(const std::string& path, const std::string& what) {
    fail(path, "cannot read " + what + " (truncated or corrupt file?)");
}

Handle openLinked(hid_t parent, const std::string& name, bool group, const std::string& path,
                  const std::string& what) {
    if (name.empty() || name == "." || name.find_first_of(std::string_view("/\0", 2)) != name.npos)
        fail(path, what + " has an invalid name (empty, or a path rather than a name)");
    const htri_t exists = H5Lexists(parent, name.c_str(), H5P_DEFAULT);
    if (exists == 0) fail(path, "missing " + what);
    H5L_info_t info{};
    if (exists < 0 || H5Lget_info(parent, name.c_str(), &info, H5P_DEFAULT) < 0)
        corrupt(path, what);
    if (info.type != H5L_TYPE_HARD)
        fail(path, what + " is a link to elsewhere (only objects stored in the file are read)");
    Handle object = group ? Handle(H5Gopen2(parent, name.c_str(), H5P_DEFAULT), H5Gclose)
                          : Handle(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!object.valid()) corrupt(path, what);
    return object;
}

std::vector<std::string> readFixedStrings(hid_t attr, hid_t type, std::size_t count,
                                          const StringListLimits& limits, const std::string& path,
                                          const std::string& label) {
    const std::size_t size = H5Tget_size(type);
    if (size == 0 || size > limits.maxLength)
        fail(path, label + " holds strings of " + std::to_string(size) + " bytes (at most " +
                       std::to_string(limits.maxLength) + " expected)");
    std::vector<char> buffer(size * count);
    if (H5Aread(attr, type, buffer.data()) < 0) corrupt(path, label);
    std::vector<std::string> strings;
    for (std::size_t k = 0; k < count; ++k) {
        std::string s(buffer.data() + k * size, size);
        s.erase(s.find_last_not_of('\0') + 1);
        strings.push_back(std::move(s));
    }
    return strings;
}

std::vector<std::string> readVariableStrings(hid_t attr, hid_t type, hid_t space, std::size_t count,
                                             const StringListLimits& limits,
                                             const std::string& path, const std::string& label) {
    Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
    if (!memType.valid() || H5Tset_size(memType.get(), H5T_VARIABLE) < 0 ||
        H5Tset_cset(memType.get(), H5Tget_cset(type)) < 0)
        corrupt(path, label);
    std::vector<char*> pointers(count, nullptr);
    if (H5Aread(attr, memType.get(), pointers.data()) < 0) corrupt(path, label);
    std::vector<std::string> strings;
    bool tooLong = false;
    for (const char* p : pointers) {
        const std::size_t length = p ? std::strlen(p) : 0;
        tooLong = tooLong || length > limits.maxLength;
        if (!tooLong) strings.emplace_back(p ? p : "", length);
    }
    H5Dvlen_reclaim(memType.get(), space, H5P_DEFAULT, pointers.data());
    if (tooLong)
        fail(path,
             label + " holds a string longer than " + std::to_string(limits.maxLength) + " bytes");
    return strings;
}

std::string dimsText(const std::vector<hsize_t>& dims) {
    std::string text = "(";
    for (std::size_t k = 0; k < dims.size(); ++k) text += (k ? ", " : "") + std::to_string(dims[k]);
    return text + (dims.size() == 1 ? ",)" : ")");
}

DatasetShape checkedShape(hid_t dataset, const DatasetLimits& limits, const std::string& path,
                          const std::string& what) {
    Handle space(H5Dget_space(dataset), H5Sclose);
    if (!space.valid()) corrupt(path, "the shape of " + what);
    const H5S_class_t kind = H5Sget_simple_extent_type(space.get());
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if ((kind != H5S_SIMPLE && kind != H5S_SCALAR) || rank < 0)
        corrupt(path, "the shape of " + what);
    if (rank > limits.maxRank)
        fail(path, what + " has " + std::to_string(rank) + " dimensions (at most " +
                       std::to_string(limits.maxRank) + " expected)");
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    if (rank > 0 && H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr) != rank)
        corrupt(path, "the shape of " + what);

    const bool empty = std::find(dims.begin(), dims.end(), hsize_t(0)) != dims.end();
    DatasetShape shape;
    shape.values = empty ? 0 : 1;
    for (hsize_t d : dims) {
        if (d > limits.maxValues || (!empty && shape.values > limits.maxValues / d))
            fail(path, what + " is too large: shape " + dimsText(dims) + " has more than " +
                           std::to_string(limits.maxValues) + " values");
        if (!empty) shape.values *= d;
        shape.dims.push_back(std::int64_t(d));
    }
    return shape;
}

bool isIeeeFloat(hid_t type) {
    for (hid_t ieee : {H5T_IEEE_F32LE, H5T_IEEE_F32BE, H5T_IEEE_F64LE, H5T_IEEE_F64BE})
        if (H5Tequal(type, ieee) > 0) return true;
    return false;
}

template <typename T>
std::vector<T> readValues(hid_t dataset, hid_t memType, const DatasetShape& shape,
                          const std::string& path, const std::string& what) {
    std::vector<T> values(shape.values);
    if (!values.empty() &&
        H5Dread(dataset, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
        corrupt(path, what);
    for (T v : values)
        if (!std::isfinite(v)) fail(path, what + " holds NaN or infinite values");
    return values;
}

}  // namespace

std::mutex& hdf5Mutex() {
    static std::mutex mutex;
    return mutex;
}

void silenceErrors() {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

bool hasSignature(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[kSignature.size()] = {};
    return in.read(head, sizeof head) && std::string_view(head, sizeof head) == kSignature;
}

std::string printable(std::string_view name) {
    std::string text(name);
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    return text;
}

Handle& Handle::operator=(Handle&& other) noexcept {
    if (this != &other) {
        if (valid() && closer_) closer_(id_);
        id_ = other.id_;
        closer_ = other.closer_;
        other.id_ = -1;
    }
    return *this;
}

Handle::~Handle() {
    if (valid() && closer_) closer_(id_);
}

Handle openFile(const std::string& path) {
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid()) fail(path, "cannot open HDF5 file (truncated or corrupt?)");
    return file;
}

Handle openGroup(hid_t parent, const std::string& name, const std::string& path,
                 const std::string& what) {
    return openLinked(parent, name, true, path, what);
}

Handle openDataset(hid_t parent, const std::string& name, const std::string& path,
                   const std::string& what) {
    return openLinked(parent, name, false, path, what);
}

std::optional<std::vector<std::string>> readStringList(hid_t object, const char* name,
                                                       const StringListLimits& limits,
                                                       const std::string& path,
                                                       const std::string& what) {
    const std::string label = "attribute " + std::string(name) + " of " + what;
    const htri_t exists = H5Aexists(object, name);
    if (exists < 0) corrupt(path, "the attributes of " + what);
    if (exists == 0) return std::nullopt;
    Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attr.valid()) corrupt(path, label);
    Handle space(H5Aget_space(attr.get()), H5Sclose);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    if (!space.valid() || !type.valid()) corrupt(path, label);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (rank < 0 || count < 0) corrupt(path, label);
    if (rank > 1)
        fail(path,
             label + " is not a list of names (it has " + std::to_string(rank) + " dimensions)");
    if (count == 0) return std::vector<std::string>{};
    if (H5Tget_class(type.get()) != H5T_STRING) fail(path, label + " does not hold strings");
    if (std::uint64_t(count) > limits.maxCount)
        fail(path, label + " holds " + std::to_string(count) + " strings (at most " +
                       std::to_string(limits.maxCount) + " expected)");
    const htri_t variable = H5Tis_variable_str(type.get());
    if (variable < 0) corrupt(path, label);
    if (variable > 0)
        return readVariableStrings(attr.get(), type.get(), space.get(), std::size_t(count), limits,
                                   path, label);
    return readFixedStrings(attr.get(), type.get(), std::size_t(count), limits, path, label);
}

DatasetShape checkFloatDataset(hid_t dataset, std::uint64_t fileSize, const DatasetLimits& limits,
                               const std::string& path, const std::string& what) {
    Handle type(H5Dget_type(dataset), H5Tclose);
    if (!type.valid() || H5Tget_class(type.get()) != H5T_FLOAT)
        fail(path, what + " does not hold floating-point values");
    if (!isIeeeFloat(type.get()))
        fail(path, what + " holds floating-point values of an unsupported kind (only 32- and " +
                       "64-bit IEEE floats are read)");
    const std::uint64_t valueSize = H5Tget_size(type.get());
    const DatasetShape shape = checkedShape(dataset, limits, path, what);

    Handle plist(H5Dget_create_plist(dataset), H5Pclose);
    if (!plist.valid()) corrupt(path, "the storage properties of " + what);
    const H5D_layout_t layout = H5Pget_layout(plist.get());
    const int filters = H5Pget_nfilters(plist.get());
    const int externals = H5Pget_external_count(plist.get());
    if (layout < 0 || filters < 0 || externals < 0)
        corrupt(path, "the storage properties of " + what);
    if (layout != H5D_CONTIGUOUS && layout != H5D_COMPACT)
        fail(path, what + " is stored in chunks (as compressed data is) or virtually: only " +
                       "contiguous or compact datasets are read");
    if (filters != 0)
        fail(path, what + " is compressed or filtered (only unfiltered datasets are read)");
    if (externals != 0)
        fail(path, what + " keeps its values in an external file (only values stored in the " +
                       "file itself are read)");
    if (shape.values == 0) return shape;

    const std::uint64_t needed = shape.values * valueSize;
    const std::uint64_t stored = H5Dget_storage_size(dataset);
    if (stored != needed)
        fail(path, what + " stores " + std::to_string(stored) + " bytes where its shape needs " +
                       std::to_string(needed) + " (truncated or corrupt file?)");
    if (layout == H5D_CONTIGUOUS) {
        const haddr_t offset = H5Dget_offset(dataset);
        if (offset == HADDR_UNDEF)
            fail(path, what + " has no values stored (truncated or corrupt file?)");
        if (offset > fileSize || stored > fileSize - offset)
            fail(path, what + " has its values outside the file (at byte " +
                           std::to_string(offset) + " of " + std::to_string(fileSize) +
                           "; truncated or corrupt file?)");
    }
    return shape;
}

std::vector<float> readFloats(hid_t dataset, const DatasetShape& shape, const std::string& path,
                              const std::string& what) {
    return readValues<float>(dataset, H5T_NATIVE_FLOAT, shape, path, what);
}

std::vector<double> readDoubles(hid_t dataset, const DatasetShape& shape, const std::string& path,
                                const std::string& what) {
    return readValues<double>(dataset, H5T_NATIVE_DOUBLE, shape, path, what);
}

}  // namespace tagscope::hdf5
