#include "gui/plot/palette.hpp"

#include <array>

namespace gdlab {

QCPColorGradient viridis() {
    static constexpr std::array<const char*, 9> stops = {"#440154", "#472c7a", "#3b518b",
                                                         "#2c718e", "#21908d", "#27ad81",
                                                         "#5cc863", "#aadc32", "#fde725"};
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (std::size_t k = 0; k < stops.size(); ++k) {
        gradient.setColorStopAt(static_cast<double>(k) / static_cast<double>(stops.size() - 1),
                                QColor(stops[k]));
    }
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setLevelCount(350);
    return gradient;
}

QColor run_colour(int index) {
    static constexpr std::array<const char*, kMaxRuns> colours = {
        "#d55e00",  // vermillion
        "#56b4e9",  // sky blue
        "#f0e442",  // yellow
        "#cc79a7",  // reddish purple
        "#e69f00",  // orange
        "#009e73",  // bluish green
        "#0072b2",  // blue
        "#ff6fb5",  // pink (Okabe-Ito's black would vanish into viridis' purple, and white
                    // among the contour lines)
    };
    return QColor(colours[static_cast<std::size_t>(index) % colours.size()]);
}

QCPScatterStyle::ScatterShape run_marker(int index) {
    static constexpr std::array<QCPScatterStyle::ScatterShape, kMaxRuns> shapes = {
        QCPScatterStyle::ssDisc,
        QCPScatterStyle::ssSquare,
        QCPScatterStyle::ssDiamond,
        QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssTriangleInverted,
        QCPScatterStyle::ssDisc,
        QCPScatterStyle::ssSquare,
        QCPScatterStyle::ssDiamond};
    return shapes[static_cast<std::size_t>(index) % shapes.size()];
}

QColor anatomy_colour() {
    return QColor(0xff, 0x4d, 0xf2);
}

}  // namespace gdlab
