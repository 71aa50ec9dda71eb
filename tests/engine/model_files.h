#pragma once
// Weight and calibration files for the tests: real ones copied, broken and hostile ones made here
// with the HDF5 C API or by patching bytes (nothing is copied from ../shared into the repo).

#include <hdf5.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/networks/calibration.h"
#include "support/temp_dir.h"

namespace tagscope::test {

std::string readBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);

// A writable copy (the originals are read-only).
std::string copyOf(const std::string& source, const TempDir& dir, const std::string& name);
// The first `fraction` of a file's bytes.
std::string truncatedCopy(const std::string& source, double fraction, const TempDir& dir,
                          const std::string& name);

// Opens a group of an HDF5 file read-write and hands it to `edit` (under the HDF5 lock).
void editGroup(const std::string& path, const char* group, const std::function<void(hid_t)>& edit);
// Replaces dataset `name` of `group` by one with this type, shape, values and creation
// properties (values nullptr: nothing written, so no storage allocated).
void replaceDataset(hid_t group, const char* name, hid_t fileType, hid_t memType,
                    const std::vector<hsize_t>& dims, const void* values,
                    hid_t createProperties = H5P_DEFAULT);
// (Re)writes a list attribute of fixed-length strings of `size` bytes (0: the longest value).
void writeStringList(hid_t object, const char* name, const std::vector<std::string>& values,
                     std::size_t size = 0);

// A file of a few KB shaped like a Keras weight file: layer dense_1 with the one dataset
// dense_1_W:0 of `dims` floats, declared but never written.
std::string weightFileDeclaring(const std::vector<hsize_t>& dims, const TempDir& dir,
                                const std::string& name);
// A copy of the real CNN weights whose dataset dense_1/dense_1_b:0 claims its values lie at
// byte `offset` (the address in its layout message patched).
std::string weightFileWithValuesAt(std::uint64_t offset, const TempDir& dir,
                                   const std::string& name);

// Random statistics of the right shape for the network.
Calibration syntheticCalibration(NetworkKind kind, std::uint64_t fingerprint, unsigned seed);
// The HDF5 calibration Tagscope 0.1.0 saved for `c`.
void writeLegacyCalibration(const Calibration& c, const std::string& path);

// Runs `action`, which must throw tagscope::Error naming `path` and containing every one of
// `reasons`, with nothing at all written to stderr.
void expectCleanError(const std::function<void()>& action, const std::string& path,
                      const std::vector<std::string>& reasons);

// Resident memory of this process in bytes: now (VmRSS), and the peak (VmHWM) since the last
// resetPeakMemory(), which returns false if the kernel does not allow the reset.
std::uint64_t residentMemory();
std::uint64_t peakMemory();
bool resetPeakMemory();

}  // namespace tagscope::test
