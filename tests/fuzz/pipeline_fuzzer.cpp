// libFuzzer target for the whole pipeline a scene goes through: parse, gradient and Hessian, a
// short descent in both gradient modes, a grid over a view, automatic levels and contour lines.
// The input is "EXPRESSION|XMIN,XMAX,YMIN,YMAX|X0,Y0|LR" (every part after the expression may
// be missing or malformed), so that mutations reach tiny, huge and inverted views too. Whatever
// the input, every step returns, in bounded time, something that keeps its contract.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "gd/contour.hpp"
#include "gd/descent.hpp"
#include "gd/expression.hpp"
#include "gd/grid.hpp"
#include "gd/objective.hpp"
#include "gd/run_replay.hpp"
#include "gd/run_setting.hpp"
#include "gd/text.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

// The numbers of a comma-separated part, each replacing its default when it parses.
void read_numbers(std::string_view part, std::initializer_list<double*> into) {
    const auto fields = split(part, ',');
    auto out = into.begin();
    for (std::size_t k = 0; k < fields.size() && out != into.end(); ++k, ++out) {
        double v = 0.0;
        const auto [end, ec] =
            std::from_chars(fields[k].data(), fields[k].data() + fields[k].size(), v);
        if (ec == std::errc()) **out = v;
    }
}

void check_levels(const gd::LevelChoice& choice, int count) {
    require(static_cast<int>(choice.levels.size()) <= count);
    for (std::size_t k = 0; k < choice.levels.size(); ++k) {
        require(std::isfinite(choice.levels[k]));
        require(choice.levels[k] > choice.min && choice.levels[k] < choice.max);
        if (k > 0) require(choice.levels[k] > choice.levels[k - 1]);
    }
    require(!(choice.constant && !choice.levels.empty()));
}

void check_contours(const gd::ContourSet& set, const std::vector<double>& levels) {
    require(set.size() == levels.size());
    for (const auto& level : set) {
        for (const auto& line : level.lines) {
            require(line.points.size() >= 2);
            if (line.closed) require(line.points.front() == line.points.back());
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto parts = split(input, '|');
    gd::Rect view{-5, 5, -5, 5};
    gd::DescentSettings settings;
    settings.max_iterations = 50;
    double lr = 0.1;
    if (parts.size() > 1)
        read_numbers(parts[1], {&view.x_min, &view.x_max, &view.y_min, &view.y_max});
    if (parts.size() > 2) read_numbers(parts[2], {&settings.start.x(), &settings.start.y()});
    if (parts.size() > 3) read_numbers(parts[3], {&lr});

    auto parsed = gd::Objective::parse(parts[0]);
    if (const auto* error = std::get_if<gd::ParseError>(&parsed)) {
        require(!error->message.empty());
        require(error->offset + error->length <= gd::character_count(parts[0]));
        // A message is shown as it is: nothing in it may act on a terminal.
        require(gd::printable(error->message) == error->message);
        return 0;
    }
    const auto& f = std::get<gd::Objective>(parsed);
    (void)f.expression().to_pretty_string();
    (void)f.hessian(settings.start.allFinite() ? settings.start : Eigen::Vector2d(0.5, 0.5));

    if (!gd::check_settings(settings) && std::isfinite(lr) && lr > 0.0) {
        for (const auto mode : {gd::GradientMode::exact, gd::GradientMode::numeric}) {
            settings.gradient.mode = mode;
            if (gd::check_settings(settings)) continue;  // h too small beside this start
            // Every step rule, each with its defaults and the fuzzed rate, and its anatomy at
            // each point.
            for (const auto name : gd::optimizer_names()) {
                gd::Optimizer o = *gd::make_optimizer(name);
                gd::set_hyper_parameter(o, "lr", lr);
                const gd::RunSpec run{o, settings};
                const gd::Trace t = gd::run_descent(f, run);
                require(!t.points.empty() && t.iterations <= settings.max_iterations);
                for (const auto& p : t.points)
                    require(p.x.allFinite() && std::fabs(p.x.x()) <= gd::kDivergenceLimit);
                gd::RunReplay replay(f, run, t);
                for (std::size_t k = 0; k < t.points.size(); ++k) {
                    if (auto a = replay.anatomy_at(k, [](double v) { return std::to_string(v); }))
                        require(a->step == t.points[k].step ||
                                (!a->step.allFinite() && !t.points[k].step.allFinite()));
                }
            }
        }
    }

    if (gd::check_rect(view)) return 0;
    const gd::Grid grid = gd::sample_grid(f, view, 24, 24);
    for (const int count : {1, 14, 1000}) {
        const gd::LevelChoice choice = gd::choose_levels(grid, count);
        check_levels(choice, count);
        if (count == 14) check_contours(gd::contour(grid, choice.levels), choice.levels);
    }
    return 0;
}
