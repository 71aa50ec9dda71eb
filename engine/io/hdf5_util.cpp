#include "engine/io/hdf5_util.h"

namespace tagscope::hdf5 {

std::mutex& hdf5Mutex() {
    static std::mutex mutex;
    return mutex;
}

void silenceErrors() {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
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

bool readStringListAttribute(hid_t object, const char* name, std::vector<std::string>& out) {
    out.clear();
    if (H5Aexists(object, name) <= 0) return false;
    Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attr.valid()) return false;
    Handle space(H5Aget_space(attr.get()), H5Sclose);
    Handle type(H5Aget_type(attr.get()), H5Tclose);
    if (!space.valid() || !type.valid()) return false;
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0) return false;
    if (count == 0) return true;
    if (H5Tget_class(type.get()) != H5T_STRING) return false;

    if (H5Tis_variable_str(type.get()) > 0) {
        Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memType.get(), H5T_VARIABLE);
        std::vector<char*> ptrs(std::size_t(count), nullptr);
        if (H5Aread(attr.get(), memType.get(), ptrs.data()) < 0) return false;
        for (char* p : ptrs) out.emplace_back(p ? p : "");
        H5Dvlen_reclaim(memType.get(), space.get(), H5P_DEFAULT, ptrs.data());
        return true;
    }
    const std::size_t size = H5Tget_size(type.get());
    std::vector<char> buffer(size * std::size_t(count));
    if (H5Aread(attr.get(), type.get(), buffer.data()) < 0) return false;
    for (hssize_t k = 0; k < count; ++k) {
        std::string s(buffer.data() + std::size_t(k) * size, size);
        s.erase(s.find_last_not_of('\0') + 1);
        out.push_back(s);
    }
    return true;
}

}  // namespace tagscope::hdf5
