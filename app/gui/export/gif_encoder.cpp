#include "gui/export/gif_encoder.hpp"

#include <gif_lib.h>

#include <QIODevice>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gdlab {

namespace {

constexpr int kCacheBits = 6;
constexpr int kCacheCells = 1 << (3 * kCacheBits);

// 4 x 4 Bayer matrix: thresholds 0 ... 15, spread evenly over every 4 x 4 block.
constexpr std::array<std::array<int, 4>, 4> kBayer = {
    {{0, 8, 2, 10}, {12, 4, 14, 6}, {3, 11, 1, 9}, {15, 7, 13, 5}}};

int write_to_device(GifFileType* gif, const GifByteType* data, int length) {
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(data), length));
}

QImage as_rgb32(const QImage& image) {
    return image.format() == QImage::Format_RGB32 ? image
                                                  : image.convertToFormat(QImage::Format_RGB32);
}

}  // namespace

GifPalette::GifPalette(const std::vector<QImage>& samples, const std::vector<QRgb>& exact)
    : cache_(kCacheCells, -1) {
    std::vector<QRgb> kept;
    for (const QRgb c : exact) {
        if (kept.size() < kMaxExactColours &&
            std::find(kept.begin(), kept.end(), qRgb(qRed(c), qGreen(c), qBlue(c))) == kept.end())
            kept.push_back(qRgb(qRed(c), qGreen(c), qBlue(c)));
    }
    const int cut = kGifColours - static_cast<int>(kept.size());
    std::vector<GifByteType> reds;
    std::vector<GifByteType> greens;
    std::vector<GifByteType> blues;
    int width = 0;
    int height = 0;
    for (const QImage& sample : samples) {
        const QImage image = as_rgb32(sample);
        width = image.width();
        height += image.height();
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                reds.push_back(static_cast<GifByteType>(qRed(line[x])));
                greens.push_back(static_cast<GifByteType>(qGreen(line[x])));
                blues.push_back(static_cast<GifByteType>(qBlue(line[x])));
            }
        }
    }
    std::fill(colours_.begin(), colours_.end(), qRgb(0, 0, 0));
    // The exact colours take the palette's last places.
    for (std::size_t i = 0; i < kept.size(); ++i)
        colours_[static_cast<std::size_t>(cut) + i] = kept[i];
    if (reds.empty()) return;
    std::vector<GifByteType> indices(reds.size());
    std::array<GifColorType, 256> map{};
    int count = cut;
    if (GifQuantizeBuffer(static_cast<unsigned>(width), static_cast<unsigned>(height), &count,
                          reds.data(), greens.data(), blues.data(), indices.data(),
                          map.data()) == GIF_ERROR) {
        return;  // an all-black palette: frames still encode, only badly
    }
    // giflib's colours are 5 bits a channel (white comes out as 248, 248, 248): each becomes
    // the mean of the sample pixels it stands for, so white stays white.
    std::array<std::array<double, 4>, 256> sums{};
    for (std::size_t p = 0; p < indices.size(); ++p) {
        auto& s = sums[indices[p]];
        s[0] += reds[p];
        s[1] += greens[p];
        s[2] += blues[p];
        s[3] += 1.0;
    }
    for (int i = 0; i < std::min(count, cut); ++i) {
        const auto& s = sums[static_cast<std::size_t>(i)];
        const GifColorType& c = map[static_cast<std::size_t>(i)];
        colours_[static_cast<std::size_t>(i)] =
            s[3] > 0 ? qRgb(static_cast<int>(std::lround(s[0] / s[3])),
                            static_cast<int>(std::lround(s[1] / s[3])),
                            static_cast<int>(std::lround(s[2] / s[3])))
                     : qRgb(c.Red, c.Green, c.Blue);
    }
}

std::uint8_t GifPalette::nearest(int r, int g, int b) const {
    const int cell = ((r >> (8 - kCacheBits)) << (2 * kCacheBits)) |
                     ((g >> (8 - kCacheBits)) << kCacheBits) | (b >> (8 - kCacheBits));
    std::int16_t& cached = cache_[static_cast<std::size_t>(cell)];
    if (cached >= 0) return static_cast<std::uint8_t>(cached);
    // The cell's centre stands for every colour in it: 6 bits keep the error under 2 levels.
    const int half = 1 << (7 - kCacheBits);
    const int cr = (r & ~(2 * half - 1)) + half;
    const int cg = (g & ~(2 * half - 1)) + half;
    const int cb = (b & ~(2 * half - 1)) + half;
    int best = 0;
    int best_distance = std::numeric_limits<int>::max();
    for (int i = 0; i < kGifColours; ++i) {
        const QRgb c = colours_[static_cast<std::size_t>(i)];
        // Weighted by how strongly the eye sees each channel (roughly 3 : 4 : 2).
        const int dr = qRed(c) - cr;
        const int dg = qGreen(c) - cg;
        const int db = qBlue(c) - cb;
        const int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (distance < best_distance) {
            best_distance = distance;
            best = i;
        }
    }
    cached = static_cast<std::int16_t>(best);
    return static_cast<std::uint8_t>(best);
}

std::vector<std::uint8_t> GifPalette::map(const QImage& source, int dither) const {
    const QImage image = as_rgb32(source);
    std::vector<std::uint8_t> out(static_cast<std::size_t>(image.width()) *
                                  static_cast<std::size_t>(image.height()));
    std::size_t at = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const auto& row = kBayer[static_cast<std::size_t>(y % 4)];
        for (int x = 0; x < image.width(); ++x) {
            // An offset in -dither/2 ... +dither/2 that depends on the position only, so the
            // same colour at the same place maps to the same index in every frame.
            const int offset = (2 * row[static_cast<std::size_t>(x % 4)] - 15) * dither / 32;
            const QRgb p = line[x];
            out[at++] = nearest(std::clamp(qRed(p) + offset, 0, 255),
                                std::clamp(qGreen(p) + offset, 0, 255),
                                std::clamp(qBlue(p) + offset, 0, 255));
        }
    }
    return out;
}

GifEncoder::GifEncoder(QIODevice& out, QSize size, const GifPalette& palette, bool loop)
    : size_(size), palette_(palette) {
    int code = 0;
    gif_ = EGifOpen(&out, write_to_device, &code);
    if (gif_ == nullptr) {
        fail(code);
        return;
    }
    EGifSetGifVersion(gif_, true);  // GIF89a: delays, transparency, looping
    std::array<GifColorType, 256> colours{};
    for (std::size_t i = 0; i < kGifColours; ++i) {
        const QRgb c = palette.colours()[i];
        colours[i] = {static_cast<GifByteType>(qRed(c)), static_cast<GifByteType>(qGreen(c)),
                      static_cast<GifByteType>(qBlue(c))};
    }
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    const int status = EGifPutScreenDesc(gif_, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (status == GIF_ERROR) {
        fail(gif_->Error);
        return;
    }
    if (loop) {
        // The NETSCAPE2.0 application extension: loop count 0 means for ever.
        GifByteType application[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
        GifByteType repeat[] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
            EGifPutExtensionBlock(gif_, sizeof application, application) == GIF_ERROR ||
            EGifPutExtensionBlock(gif_, sizeof repeat, repeat) == GIF_ERROR ||
            EGifPutExtensionTrailer(gif_) == GIF_ERROR) {
            fail(gif_->Error);
        }
    }
}

GifEncoder::~GifEncoder() {
    if (gif_ != nullptr) {
        int code = 0;
        EGifCloseFile(gif_, &code);
    }
}

void GifEncoder::fail(int code) {
    if (error_.isEmpty()) {
        const char* text = GifErrorString(code);
        error_ = QStringLiteral("GIF encoding failed: %1")
                     .arg(text != nullptr ? QString::fromLatin1(text) : QString::number(code));
    }
}

void GifEncoder::putImage(int left, int top, int width, int height, const std::uint8_t* pixels,
                          int stride, int delay_cs, bool transparent) {
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;  // later frames draw over this one
    control.UserInputFlag = false;
    control.DelayTime = delay_cs;
    control.TransparentColor = transparent ? kGifTransparent : NO_TRANSPARENT_COLOR;
    std::array<GifByteType, 4> extension{};
    EGifGCBToExtension(&control, extension.data());
    if (EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, 4, extension.data()) == GIF_ERROR ||
        EGifPutImageDesc(gif_, left, top, width, height, false, nullptr) == GIF_ERROR) {
        fail(gif_->Error);
        return;
    }
    std::vector<GifPixelType> line(static_cast<std::size_t>(width));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::ptrdiff_t>(y) * stride;
        std::copy(row, row + width, line.begin());
        if (EGifPutLine(gif_, line.data(), width) == GIF_ERROR) {
            fail(gif_->Error);
            return;
        }
    }
}

void GifEncoder::addFrame(const QImage& frame, int delay_cs, int dither) {
    if (gif_ == nullptr || !error_.isEmpty()) return;
    const QImage image = frame.size() == size_
                             ? frame
                             : frame.scaled(size_, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    std::vector<std::uint8_t> indices = palette_.map(image, dither);
    const int w = size_.width();
    const int h = size_.height();
    if (previous_.empty()) {
        putImage(0, 0, w, h, indices.data(), w, delay_cs, false);
    } else {
        // The rectangle that changed; its unchanged pixels become transparent.
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
                                      static_cast<std::size_t>(x);
                if (indices[i] == previous_[i]) continue;
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
        }
        if (x1 < 0) {  // nothing changed: one transparent pixel keeps the frame's time
            x0 = x1 = y0 = y1 = 0;
        }
        const int cw = x1 - x0 + 1;
        const int ch = y1 - y0 + 1;
        std::vector<std::uint8_t> patch(static_cast<std::size_t>(cw) *
                                        static_cast<std::size_t>(ch));
        for (int y = 0; y < ch; ++y) {
            for (int x = 0; x < cw; ++x) {
                const std::size_t i =
                    static_cast<std::size_t>(y0 + y) * static_cast<std::size_t>(w) +
                    static_cast<std::size_t>(x0 + x);
                patch[static_cast<std::size_t>(y) * static_cast<std::size_t>(cw) +
                      static_cast<std::size_t>(x)] =
                    indices[i] == previous_[i] ? kGifTransparent : indices[i];
            }
        }
        putImage(x0, y0, cw, ch, patch.data(), cw, delay_cs, true);
    }
    previous_ = std::move(indices);
    ++frames_;
}

QString GifEncoder::finish() {
    if (gif_ != nullptr) {
        int code = 0;
        if (EGifCloseFile(gif_, &code) == GIF_ERROR) fail(code);
        gif_ = nullptr;
    }
    return error_;
}

}  // namespace gdlab
