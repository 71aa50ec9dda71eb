// .npy reading and writing: round trips, the header variants NumPy writes, and broken or
// hostile files (built byte by byte here), each rejected with a tagscope::Error naming the file
// — quickly, without allocating what the header claims, and without crashing.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "engine/io/npy.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;

using test::TempDir;

std::vector<float> randomValues(std::size_t count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> dist(-80.0f, 20.0f);
    std::vector<float> values(count);
    for (float& v : values) v = dist(rng);
    return values;
}

template <typename T>
std::string rawBytes(const std::vector<T>& values) {
    return std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// A .npy file as NumPy lays it out: magic, version, header length (2 bytes for 1.0, 4 for
// 2.0), the header dict padded with spaces to a multiple of 64 and ending in '\n', the data.
std::string npyFile(const std::string& dict, const std::string& data, int major = 1) {
    const std::size_t prefix = major == 1 ? 10 : 12;
    std::string header = dict;
    header.append((64 - (prefix + header.size() + 1) % 64) % 64, ' ');
    header.push_back('\n');
    std::string bytes = "\x93NUMPY";
    bytes.push_back(char(major));
    bytes.push_back('\0');
    const std::size_t n = header.size();
    bytes.push_back(char(n & 0xff));
    bytes.push_back(char((n >> 8) & 0xff));
    if (major != 1) {
        bytes.push_back(char((n >> 16) & 0xff));
        bytes.push_back(char((n >> 24) & 0xff));
    }
    return bytes + header + data;
}

std::string dict(const std::string& descr, const std::string& shape, bool fortran = false) {
    return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
           ", 'shape': " + shape + ", }";
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    ASSERT_TRUE(out.good()) << path;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Peak resident memory of this process (VmHWM) in kB.
long peakResidentKb() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    ADD_FAILURE() << "no VmHWM in /proc/self/status";
    return 0;
}

// Makes VmHWM start again from the current resident size, so growth shows whatever ran before.
void resetPeakResident() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

constexpr std::size_t kClipValues = std::size_t(kMelBands) * kClipFrames;

void expectError(const std::function<void()>& action, const std::string& path,
                 const std::string& reason) {
    try {
        action();
        ADD_FAILURE() << "no error for " << path;
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find(path), std::string::npos) << "file not named: " << message;
        EXPECT_NE(message.find(reason), std::string::npos)
            << "message lacks '" << reason << "': " << message;
    }
}

class Npy : public ::testing::Test {
protected:
    // Writes `bytes` to a fresh file and expects readMelgramNpy to reject it for `reason`.
    void expectMelgramError(const std::string& name, const std::string& bytes,
                            const std::string& reason) {
        SCOPED_TRACE(name);
        const std::string path = dir_.file(name);
        writeFile(path, bytes);
        expectError([&] { readMelgramNpy(path); }, path, reason);
    }

    TempDir dir_;
};

TEST_F(Npy, RoundTripKeepsShapeAndValues) {
    const std::vector<std::vector<std::int64_t>> shapes = {{2, 3, 5}, {7}, {1, 1, 4, 6}, {0, 3}};
    unsigned seed = 1;
    for (const auto& shape : shapes) {
        std::size_t count = 1;
        for (auto d : shape) count *= std::size_t(d);
        const std::vector<float> values = randomValues(count, seed++);
        const std::string path = dir_.file("array" + std::to_string(seed) + ".npy");
        writeNpy(path, shape, values);
        const NpyArray read = readNpy(path);
        EXPECT_EQ(read.shape, shape);
        EXPECT_EQ(read.values, values);
    }
}

TEST_F(Npy, WrittenHeaderFollowsTheFormat) {
    const std::string path = dir_.file("header.npy");
    writeNpy(path, {3, 4}, randomValues(12, 2));
    const std::string bytes = readFile(path);
    ASSERT_GE(bytes.size(), 10u);
    EXPECT_EQ(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
    const std::size_t headerLength = std::uint8_t(bytes[8]) | (std::uint8_t(bytes[9]) << 8);
    EXPECT_EQ((10 + headerLength) % 64, 0u);
    const std::string header = bytes.substr(10, headerLength);
    EXPECT_EQ(header.back(), '\n');
    EXPECT_NE(header.find("'descr': '<f4'"), std::string::npos) << header;
    EXPECT_NE(header.find("'fortran_order': False"), std::string::npos) << header;
    EXPECT_NE(header.find("'shape': (3, 4)"), std::string::npos) << header;
    EXPECT_EQ(bytes.size(), 10 + headerLength + 12 * sizeof(float));
}

TEST_F(Npy, OneDimensionalShapeIsWrittenAsATuple) {
    const std::string path = dir_.file("vector.npy");
    writeNpy(path, {5}, randomValues(5, 3));
    // "(5,)" or "(5, )": both are the Python 1-tuple NumPy expects, "(5)" would not be.
    const std::string bytes = readFile(path);
    EXPECT_NE(bytes.find("'shape': (5,"), std::string::npos) << bytes;
}

TEST_F(Npy, MelgramRoundTrip) {
    Melgram m(kMelBands, kClipFrames);
    m.values = randomValues(kClipValues, 4);
    const std::string path = dir_.file("clip.npy");
    writeMelgramNpy(path, m);
    EXPECT_EQ(readNpy(path).shape, (std::vector<std::int64_t>{1, 1, kMelBands, kClipFrames}));
    const Melgram read = readMelgramNpy(path);
    EXPECT_EQ(read.bands, kMelBands);
    EXPECT_EQ(read.frames, kClipFrames);
    EXPECT_EQ(read.values, m.values);
    // Written through a temporary file: nothing else is left in the folder.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 1);
}

TEST_F(Npy, MelgramWriteIntoMissingFolderFails) {
    const std::string path = dir_.file("no/such/folder/clip.npy");
    Melgram m(kMelBands, kClipFrames);
    EXPECT_THROW(writeMelgramNpy(path, m), Error);
    EXPECT_FALSE(fs::exists(path));
}

TEST_F(Npy, ReadsTheReferenceMelgrams) {
    for (const std::string& path : test::referenceMelgramPaths()) {
        const Melgram m = readMelgramNpy(path);
        EXPECT_EQ(m.values.size(), kClipValues) << path;
    }
}

TEST_F(Npy, TwoDimensionalMelgram) {
    const std::vector<float> values = randomValues(kClipValues, 5);
    const std::string path = dir_.file("plain.npy");
    writeFile(path, npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)));
    EXPECT_EQ(readMelgramNpy(path).values, values);
}

TEST_F(Npy, Float64IsConvertedToFloat32) {
    std::vector<double> values(kClipValues);
    for (std::size_t k = 0; k < values.size(); ++k) values[k] = -80.0 + double(k % 1000) * 0.1;
    values[1] = 1.0 / 3.0;
    const std::string path = dir_.file("f8.npy");
    writeFile(path, npyFile(dict("<f8", "(1, 1, 96, 1366)"), rawBytes(values)));
    const Melgram m = readMelgramNpy(path);
    ASSERT_EQ(m.values.size(), values.size());
    for (std::size_t k = 0; k < values.size(); ++k) ASSERT_EQ(m.values[k], float(values[k])) << k;
}

TEST_F(Npy, Version2Header) {
    const std::vector<float> values = randomValues(6, 6);
    const std::string path = dir_.file("v2.npy");
    writeFile(path, npyFile(dict("<f4", "(2, 3)"), rawBytes(values), 2));
    const NpyArray read = readNpy(path);
    EXPECT_EQ(read.shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(read.values, values);
}

TEST_F(Npy, HeaderKeysInAnyOrderWithDoubleQuotes) {
    const std::vector<float> values = randomValues(6, 7);
    const std::string path = dir_.file("order.npy");
    writeFile(path, npyFile(R"({"shape": (3,2), "fortran_order": False, "descr": "<f4"})",
                            rawBytes(values)));
    const NpyArray read = readNpy(path);
    EXPECT_EQ(read.shape, (std::vector<std::int64_t>{3, 2}));
    EXPECT_EQ(read.values, values);
}

TEST_F(Npy, MissingFile) {
    const std::string path = dir_.file("missing.npy");
    expectError([&] { readMelgramNpy(path); }, path, "file not found");
}

TEST_F(Npy, EmptyFile) {
    expectMelgramError("empty.npy", "", "file is empty");
}

TEST_F(Npy, ShorterThanTheMagic) {
    expectMelgramError("short.npy", "\x93NU", "magic");
}

TEST_F(Npy, BadMagic) {
    std::string bytes = npyFile(dict("<f4", "(96, 1366)"), rawBytes(randomValues(kClipValues, 8)));
    bytes[1] = 'X';
    expectMelgramError("magic.npy", bytes, "magic");
}

TEST_F(Npy, WrongShape) {
    expectMelgramError("shape.npy",
                       npyFile(dict("<f4", "(96, 1000)"), rawBytes(randomValues(96000, 9))),
                       "(96, 1000)");
    expectMelgramError(
        "shape4.npy",
        npyFile(dict("<f4", "(2, 1, 96, 1366)"), rawBytes(randomValues(2 * kClipValues, 10))),
        "(2, 1, 96, 1366)");
}

TEST_F(Npy, WrongDtype) {
    const std::vector<std::int32_t> ints(kClipValues, 3);
    expectMelgramError("int.npy", npyFile(dict("<i4", "(96, 1366)"), rawBytes(ints)), "<i4");
    expectMelgramError("bigendian.npy",
                       npyFile(dict(">f4", "(96, 1366)"), rawBytes(randomValues(kClipValues, 11))),
                       ">f4");
}

TEST_F(Npy, TruncatedData) {
    std::string data = rawBytes(randomValues(kClipValues, 12));
    data.resize(data.size() - 100);
    expectMelgramError("truncated.npy", npyFile(dict("<f4", "(96, 1366)"), data), "truncated");
}

TEST_F(Npy, TruncatedHeader) {
    const std::string bytes = npyFile(dict("<f4", "(96, 1366)"), "");
    expectMelgramError("header.npy", bytes.substr(0, 40), "truncated");
}

TEST_F(Npy, FortranOrder) {
    expectMelgramError(
        "fortran.npy",
        npyFile(dict("<f4", "(96, 1366)", true), rawBytes(randomValues(kClipValues, 13))),
        "Fortran");
}

TEST_F(Npy, NaNValues) {
    std::vector<float> values = randomValues(kClipValues, 14);
    values[12345] = std::numeric_limits<float>::quiet_NaN();
    expectMelgramError("nan.npy", npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)), "NaN");
    values[12345] = -std::numeric_limits<float>::infinity();
    expectMelgramError("inf.npy", npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)), "infinite");
}

TEST_F(Npy, HeaderGarbage) {
    const std::string data = rawBytes(randomValues(kClipValues, 15));
    expectMelgramError("garbage.npy", npyFile("this is not a dict at all", data), "header");
    expectMelgramError("noshape.npy", npyFile("{'descr': '<f4', 'fortran_order': False, }", data),
                       "shape");
    expectMelgramError("badshape.npy", npyFile(dict("<f4", "(96, 'x')"), data), "shape");
    expectMelgramError("badversion.npy", npyFile(dict("<f4", "(96, 1366)"), data, 9), "version");
}

TEST_F(Npy, RefusalNamesBothSizes) {
    std::string data = rawBytes(randomValues(6, 16));
    const std::string path = dir_.file("short.npy");
    writeFile(path, npyFile(dict("<f4", "(2, 3)"), data.substr(0, 20)));
    expectError([&] { readNpy(path); }, path,
                "truncated .npy data: header declares 24 bytes, file holds 20");
}

TEST_F(Npy, TrailingBytesAreRefused) {
    std::string data = rawBytes(randomValues(kClipValues, 17)) + "junk";
    expectMelgramError("trailing.npy", npyFile(dict("<f4", "(96, 1366)"), data),
                       "extra bytes after the .npy data");
    const std::string path = dir_.file("trailing-small.npy");
    writeFile(path, npyFile(dict("<f8", "(2,)"), rawBytes(std::vector<double>{1, 2}) + "x"));
    expectError([&] { readNpy(path); }, path,
                "extra bytes after the .npy data: header declares 16 bytes, file holds 17");
}

// A 128-byte file claiming 2^31 values (8 GB) must be refused from its size alone.
TEST_F(Npy, HugeDeclaredArrayIsRefusedWithoutAllocating) {
    const std::vector<std::pair<std::string, std::string>> hostile = {
        {"2g-f4.npy", npyFile(dict("<f4", "(2147483648,)"), "")},
        {"2g-f8.npy", npyFile(dict("<f8", "(2147483648,)"), "")},
        {"huge-2d.npy", npyFile(dict("<f4", "(1000000, 1000000)"), "")},
        {"overflow.npy", npyFile(dict("<f8", "(4294967296, 4294967296, 4294967296)"), "")},
    };
    for (const auto& [name, bytes] : hostile) {
        SCOPED_TRACE(name);
        const std::string path = dir_.file(name);
        writeFile(path, bytes);
        if (name == "2g-f4.npy") {
            EXPECT_EQ(bytes.size(), 128u);
        }
        resetPeakResident();
        const long peakBefore = peakResidentKb();
        const auto start = std::chrono::steady_clock::now();
        expectError([&] { readNpy(path); }, path, "truncated .npy data: header declares");
        expectError([&] { readMelgramNpy(path); }, path, "melgram has shape");
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const long growthKb = peakResidentKb() - peakBefore;
        EXPECT_LT(seconds, 0.1);
        EXPECT_LT(growthKb, 50 * 1024);
        std::printf("[ measure  ] %s: refused in %.2f ms, peak RSS growth %ld kB\n", name.c_str(),
                    seconds * 1e3, growthKb);
    }
    const std::string path = dir_.file("2g-f4.npy");
    expectError([&] { readNpy(path); }, path, "header declares 8589934592 bytes, file holds 0");
}

TEST_F(Npy, OversizedDimensionIsRefused) {
    const std::string path = dir_.file("dim.npy");
    writeFile(path, npyFile(dict("<f4", "(99999999999999999999999, 3)"), ""));
    expectError([&] { readNpy(path); }, path, "shape dimension too large");
    try {
        readNpy(path);
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()).find("stoll"), std::string::npos) << e.what();
    }
}

// Headers of tens of kilobytes of brackets and quotes once overflowed the stack of a recursive
// regex; now each is one clean Error.
TEST_F(Npy, LongOddHeadersGiveACleanError) {
    const std::string data = rawBytes(randomValues(6, 18));
    std::mt19937 rng(19);
    const std::string odd = "()[]{}'\",: \\xL0123456789";
    std::string random(60000, ' ');
    for (char& c : random) c = odd[rng() % odd.size()];
    const std::vector<std::pair<std::string, std::string>> headers = {
        {"open.npy",
         "{'descr': '<f4', 'fortran_order': False, 'shape': " + std::string(60000, '(') + "}"},
        {"close.npy", "{'shape': (" + std::string(60000, ')') + "}"},
        {"pairs.npy", "{'shape': " +
                          [] {
                              std::string s;
                              for (int k = 0; k < 15000; ++k) s += "(1,)";
                              return s;
                          }() +
                          "}"},
        {"commas.npy", "{'shape': (" + std::string(60000, ',') + ")}"},
        {"quote.npy", "{'descr': '" + std::string(60000, 'x') + "}"},
        {"random.npy", "{" + random + "}"},
        {"dims.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                         [] {
                             std::string s;
                             for (int k = 0; k < 17000; ++k) s += "1, ";
                             return s;
                         }() +
                         ")}"},
    };
    for (const auto& [name, header] : headers) {
        SCOPED_TRACE(name);
        ASSERT_GT(header.size(), 50000u);
        const std::string path = dir_.file(name);
        writeFile(path, npyFile(header, data));
        const auto start = std::chrono::steady_clock::now();
        try {
            readNpy(path);
            ADD_FAILURE() << "accepted";
        } catch (const Error& e) {
            const std::string message = e.what();
            EXPECT_EQ(message.rfind(path + ": ", 0), 0u) << message;
            EXPECT_LT(message.size(), path.size() + 200) << message;
        }
        EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                  0.5);
    }
}

TEST_F(Npy, HeaderDictIsParsedStrictly) {
    const std::string data = rawBytes(randomValues(6, 20));
    expectMelgramError("unknownkey.npy",
                       npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), "
                               "'extra': 1}",
                               data),
                       "unexpected key 'extra'");
    expectMelgramError("twice.npy",
                       npyFile("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, "
                               "'shape': (2, 3)}",
                               data),
                       "'descr' given twice");
    expectMelgramError("after.npy", npyFile(dict("<f4", "(2, 3)") + " x", data),
                       "text after the dict");
    expectMelgramError("nocomma.npy",
                       npyFile("{'descr': '<f4' 'fortran_order': False, 'shape': (2, 3)}", data),
                       "header");
    expectMelgramError("negative.npy", npyFile(dict("<f4", "(-2, 3)"), data), "shape");
    expectMelgramError("fortranword.npy",
                       npyFile("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (2, 3)}", data),
                       "'fortran_order' is not True or False");
    expectMelgramError("structured.npy",
                       npyFile("{'descr': [('a', '<f4')], 'fortran_order': False, "
                               "'shape': (6,)}",
                               data),
                       "unsupported .npy dtype");
    std::string manyDims;
    for (int k = 0; k < 65; ++k) manyDims += "1, ";
    expectMelgramError("manydims.npy", npyFile(dict("<f4", "(" + manyDims + ")"), data),
                       "more than 64 dimensions");
}

TEST_F(Npy, HeaderVariantsNumPyAndPython2Write) {
    const std::vector<float> values = randomValues(6, 21);
    const std::vector<std::string> headers = {
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3L), }",
        "{ 'shape' : ( 2 , 3 , ) , 'descr' : '<f4' , 'fortran_order' : False , }",
        "{\"descr\":\"<f4\",\"fortran_order\":False,\"shape\":(2,3)}",
        "\t{'descr': '<f4',\n 'fortran_order': False,\n 'shape': (2, 3)}\n",
    };
    for (std::size_t k = 0; k < headers.size(); ++k) {
        SCOPED_TRACE(headers[k]);
        const std::string path = dir_.file("variant" + std::to_string(k) + ".npy");
        writeFile(path, npyFile(headers[k], rawBytes(values)));
        const NpyArray read = readNpy(path);
        EXPECT_EQ(read.shape, (std::vector<std::int64_t>{2, 3}));
        EXPECT_EQ(read.values, values);
    }
    const std::string path = dir_.file("scalar.npy");
    writeFile(path, npyFile(dict("<f4", "()"), rawBytes(std::vector<float>{2.5f})));
    const NpyArray scalar = readNpy(path);
    EXPECT_TRUE(scalar.shape.empty());
    EXPECT_EQ(scalar.values, std::vector<float>{2.5f});
}

TEST_F(Npy, ShapeIsCheckedBeforeTheData) {
    const std::string path = dir_.file("checked.npy");
    // Wrong shape and truncated data: the shape is what the reader complains about.
    writeFile(path, npyFile(dict("<f4", "(96, 1000)"), "abc"));
    expectError([&] { readMelgramNpy(path); }, path, "melgram has shape (96, 1000)");
    std::vector<std::int64_t> seen;
    expectError(
        [&] {
            readNpy(path, [&](const std::vector<std::int64_t>& shape) {
                seen = shape;
                fail(path, "refused by the check");
            });
        },
        path, "refused by the check");
    EXPECT_EQ(seen, (std::vector<std::int64_t>{96, 1000}));
}

TEST_F(Npy, ValuesOutsideTheDecibelRangeAreRefused) {
    std::vector<float> values = randomValues(kClipValues, 22);
    values[0] = 1000.0f;
    values[1] = -1000.0f;
    const std::string edge = dir_.file("edge.npy");
    writeFile(edge, npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)));
    EXPECT_EQ(readMelgramNpy(edge).values, values);

    values[777] = std::numeric_limits<float>::max();
    expectMelgramError("fltmax.npy", npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)),
                       "outside ±1000 dB");
    values[777] = -1000.5f;
    expectMelgramError("low.npy", npyFile(dict("<f4", "(96, 1366)"), rawBytes(values)),
                       "outside ±1000 dB");
    std::vector<double> doubles(kClipValues, -20.0);
    doubles[5] = 1e300;  // beyond float32: infinity, not undefined behaviour
    expectMelgramError("f8huge.npy", npyFile(dict("<f8", "(96, 1366)"), rawBytes(doubles)),
                       "infinite");
    doubles[5] = std::numeric_limits<double>::quiet_NaN();
    expectMelgramError("f8nan.npy", npyFile(dict("<f8", "(96, 1366)"), rawBytes(doubles)), "NaN");
}

TEST_F(Npy, BytesInMemoryMatchTheFile) {
    const std::vector<float> values = randomValues(12, 23);
    const std::string path = dir_.file("memory.npy");
    writeNpy(path, {3, 4}, values);
    EXPECT_EQ(readFile(path), npyBytes({3, 4}, values));
    EXPECT_THROW(npyBytes({3, 5}, values), std::invalid_argument);
    EXPECT_THROW(npyBytes({-3, -4}, values), std::invalid_argument);
}

}  // namespace
}  // namespace tagscope
