#include "app/cli/relevance_png.h"

#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <vector>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/relevance/mask_resynthesis.h"

namespace tagscope::cli {
namespace {

struct Rgb {
    std::uint8_t r, g, b;
};

// Grey from the melgram's own range (darkened so the overlay stands out), blended towards
// orange (weak relevance) … yellow (strong) by the soft mask the app draws and plays.
std::vector<Rgb> overlayPixels(const Melgram& melgram, const std::vector<float>& mask) {
    const auto [lo, hi] = std::minmax_element(melgram.values.begin(), melgram.values.end());
    const float range = std::max(*hi - *lo, 1e-6f);
    std::vector<Rgb> pixels(melgram.values.size());
    for (std::size_t k = 0; k < pixels.size(); ++k) {
        const float grey = 200.0f * (melgram.values[k] - *lo) / range;
        const float t = mask[k], alpha = 0.85f * t;
        const float r = 255.0f, g = 110.0f + 145.0f * t, b = 0.0f;
        pixels[k] = {std::uint8_t(grey + (r - grey) * alpha + 0.5f),
                     std::uint8_t(grey + (g - grey) * alpha + 0.5f),
                     std::uint8_t(grey + (b - grey) * alpha + 0.5f)};
    }
    return pixels;
}

void appendBytes(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<std::string*>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char*>(data), length);
}

// libpng reports errors by longjmp to the setjmp below; nothing with a destructor is made
// between the two.
std::string encodePng(const std::string& path, const std::vector<Rgb>& image, int width,
                      int height) {
    std::string bytes;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        fail(path, "could not encode the PNG image");
    }
    png_set_write_fn(png, &bytes, appendBytes, nullptr);
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < height; ++y)
        png_write_row(png, reinterpret_cast<png_const_bytep>(&image[std::size_t(y) * width]));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return bytes;
}

}  // namespace

void writeRelevancePng(const std::string& path, const Melgram& melgram, const RelevanceMap& map) {
    static_assert(sizeof(Rgb) == 3);
    const std::vector<Rgb> cells =
        overlayPixels(melgram, relevanceSoftMask(map.values, map.bands, map.frames));
    const int width = melgram.frames, height = melgram.bands * kPngRowsPerBand;
    std::vector<Rgb> image(std::size_t(width) * height);
    for (int y = 0; y < height; ++y) {
        const int band = melgram.bands - 1 - y / kPngRowsPerBand;  // low bands at the bottom
        std::copy_n(&cells[std::size_t(band) * width], width, &image[std::size_t(y) * width]);
    }
    writeFileAtomically(path, encodePng(path, image, width, height));
}

}  // namespace tagscope::cli
