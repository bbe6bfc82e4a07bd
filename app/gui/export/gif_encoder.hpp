// An animated GIF written with giflib: one palette for every frame, built by giflib's median
// cut from sample frames; frames mapped to it with ordered dithering, so that the smooth
// heatmap does not band and a pixel that did not change keeps its index from frame to frame.
// Each frame after the first stores only the rectangle that changed, the unchanged pixels in
// it transparent: a 100-step animation costs little more than its first frame.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <array>
#include <cstdint>
#include <vector>

struct GifFileType;
class QIODevice;

namespace gdlab {

// 255 colours and one transparent index for the unchanged pixels of later frames.
inline constexpr int kGifColours = 255;
inline constexpr std::uint8_t kGifTransparent = 255;

class GifPalette {
  public:
    // Median cut over the sample images (all of the same width), by giflib, beside the
    // `exact` colours, which the palette holds as they are (at most 32: the markers' white,
    // the runs' colours), however few pixels have them: a median cut folds a few white
    // markers on a dark plot into a light grey.
    explicit GifPalette(const std::vector<QImage>& samples, const std::vector<QRgb>& exact = {});
    static constexpr std::size_t kMaxExactColours = 32;

    [[nodiscard]] const std::array<QRgb, kGifColours>& colours() const { return colours_; }
    // Every pixel's palette index, after a 4 x 4 ordered dither of `dither` levels (0: none).
    [[nodiscard]] std::vector<std::uint8_t> map(const QImage& image, int dither) const;

  private:
    [[nodiscard]] std::uint8_t nearest(int r, int g, int b) const;

    std::array<QRgb, kGifColours> colours_{};
    // The nearest colour for each 6-bit-per-channel cell, filled as cells are met.
    mutable std::vector<std::int16_t> cache_;
};

class GifEncoder {
  public:
    // Writes the header to `out`; with `loop` the animation repeats for ever.
    GifEncoder(QIODevice& out, QSize size, const GifPalette& palette, bool loop);
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    // A frame of the encoder's size, shown for delay_cs hundredths of a second.
    void addFrame(const QImage& frame, int delay_cs, int dither);
    // Writes the trailer. Returns what went wrong at any point, or an empty string.
    [[nodiscard]] QString finish();
    [[nodiscard]] int frameCount() const { return frames_; }

  private:
    void fail(int code);
    void putImage(int left, int top, int width, int height, const std::uint8_t* pixels, int stride,
                  int delay_cs, bool transparent);

    GifFileType* gif_ = nullptr;
    QSize size_;
    const GifPalette& palette_;
    std::vector<std::uint8_t> previous_;
    int frames_ = 0;
    QString error_;
};

}  // namespace gdlab
