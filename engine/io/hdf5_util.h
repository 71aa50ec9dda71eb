#pragma once
// Thin RAII and checked reading around the HDF5 C library, shared by the weight files and the
// legacy calibration files. HDF5's automatic error-stack printing is switched off: failures
// become tagscope::Error messages naming the file. Every HDF5 call must hold hdf5Mutex()
// (Debian's libhdf5 is not built thread-safe).
//
// The files are untrusted: the readers below check types, ranks, sizes and storage before they
// allocate or read anything. libhdf5 itself can still crash on crafted metadata, so files a user
// names are parsed in a child process (isolated_call.h).

#include <hdf5.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tagscope::hdf5 {

std::mutex& hdf5Mutex();

// Silences HDF5's error printing; call (under the mutex) before any other HDF5 call.
void silenceErrors();

// The first eight bytes of an HDF5 file without a user block.
inline constexpr std::string_view kSignature{"\x89HDF\r\n\x1a\n", 8};

// True if the file begins with kSignature (false if it cannot be read). Call it only on a path
// checkInputFile accepted (a FIFO would block).
bool hasSignature(const std::string& path);

// A name read from a file, fit for a one-line message: control characters become '?'.
std::string printable(std::string_view name);

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

// Opens a file read-only; Error "cannot open HDF5 file (truncated or corrupt?)" if HDF5 cannot.
Handle openFile(const std::string& path);

// Open the object called `name` (a single link name) in `parent`. It must be a hard link:
// soft and external links, which could lead to other objects or files, are refused. `what`
// names the object in messages ("layer group dense_1"); Error "missing <what>" if absent.
Handle openGroup(hid_t parent, const std::string& name, const std::string& path,
                 const std::string& what);
Handle openDataset(hid_t parent, const std::string& name, const std::string& path,
                   const std::string& what);

struct StringListLimits {
    std::size_t maxCount = 1000;
    std::size_t maxLength = 1024;  // bytes per string
};

// Reads the string attribute `name` of `object` (`what` names the object in messages): a scalar
// or a list (rank ≤ 1) of fixed- or variable-length strings, trailing NULs dropped. An empty
// attribute of any type gives an empty list; nullopt if there is no such attribute. Throws Error
// if it is not strings or exceeds the limits (fixed sizes are checked before reading).
std::optional<std::vector<std::string>> readStringList(hid_t object, const char* name,
                                                       const StringListLimits& limits,
                                                       const std::string& path,
                                                       const std::string& what);

struct DatasetLimits {
    int maxRank = 4;
    std::uint64_t maxValues = 1'048'576;
};

struct DatasetShape {
    std::vector<std::int64_t> dims;
    std::uint64_t values = 0;
};

// Checks a dataset before it is read: rank and value count within the limits (every dimension
// positive, or the array empty), 32- or 64-bit IEEE floating-point values, contiguous or compact
// storage with no filters and no external files, storage of exactly the size the shape needs,
// and contiguous storage lying wholly inside the file of `fileSize` bytes.
DatasetShape checkFloatDataset(hid_t dataset, std::uint64_t fileSize, const DatasetLimits& limits,
                               const std::string& path, const std::string& what);

// Read a dataset that passed checkFloatDataset, converted by HDF5; every value must be finite.
std::vector<float> readFloats(hid_t dataset, const DatasetShape& shape, const std::string& path,
                              const std::string& what);
std::vector<double> readDoubles(hid_t dataset, const DatasetShape& shape, const std::string& path,
                                const std::string& what);

}  // namespace tagscope::hdf5
