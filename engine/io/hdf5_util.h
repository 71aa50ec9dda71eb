#pragma once
// Thin RAII and error handling around the HDF5 C library, shared by the weights and the
// calibration files. HDF5's automatic error-stack printing is switched off: failures become
// tagscope::Error messages naming the file. Every HDF5 call must hold hdf5Mutex() (Debian's
// libhdf5 is not built thread-safe).

#include <hdf5.h>

#include <mutex>
#include <string>
#include <vector>

namespace tagscope::hdf5 {

std::mutex& hdf5Mutex();

// Silences HDF5's error printing; call (under the mutex) before any other HDF5 call.
void silenceErrors();

class Handle {
public:
    using Closer = herr_t (*)(hid_t);
    Handle() = default;
    Handle(hid_t id, Closer closer) : id_(id), closer_(closer) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : id_(other.id_), closer_(other.closer_) { other.id_ = -1; }
    Handle& operator=(Handle&& other) noexcept;
    ~Handle();
    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

private:
    hid_t id_ = -1;
    Closer closer_ = nullptr;
};

// Reads a string-array attribute (fixed- or variable-length strings, trailing NULs dropped).
// An empty attribute of any type gives an empty list. Returns false if absent.
bool readStringListAttribute(hid_t object, const char* name, std::vector<std::string>& out);

}  // namespace tagscope::hdf5
