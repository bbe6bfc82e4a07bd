// The arithmetic of one descent step in words and numbers, as a teacher would say it: where we
// are, the gradient there (and, in numeric mode, the evaluations behind it), the learning rate
// of the update when a schedule varies it, the optimizer's arithmetic (its velocity, moments,
// step sizes or Hessian, from gd::StepAnatomy), the new point and how f changed; at the last
// point, why the run stopped.
#pragma once

#include <Eigen/Core>
#include <QString>
#include <optional>

#include "gd/descent.hpp"
#include "gd/objective.hpp"
#include "gd/step_rule.hpp"
#include "gui/model/run_spec.hpp"

namespace gdlab {

// Kept between the characters of a number in the explanation, so that a line never breaks
// inside one; not part of the text (ExplanationPanel copies without it).
inline constexpr QChar kWordJoiner{0x2060};
// The explanation's text as it reads (and is copied): without the joiners.
[[nodiscard]] inline QString without_word_joiners(QString text) {
    return text.remove(kWordJoiner);
}

// HTML for step k -> k + 1 of the trace (k is clamped to the trace). With the known minimum,
// it also says by what factor the step multiplied the distance to it, negative when the step
// jumped across it (on the bowl x² + y² that factor is 1 − 2·lr at every step).
// `anatomy` is the update from point k taken apart (gdlab::RunAnatomy::at(k)), or null where
// there is none.
[[nodiscard]] QString explain_step_with(const gd::Objective& f, const gd::Trace& trace,
                                        const RunSpec& spec, int k, const gd::StepAnatomy* anatomy,
                                        const std::optional<Eigen::Vector2d>& minimum);
// The same, replaying the run up to k for it (a view showing step after step keeps a
// RunAnatomy and calls explain_step_with).
[[nodiscard]] QString explain_step(const gd::Objective& f, const gd::Trace& trace,
                                   const RunSpec& spec, int k,
                                   const std::optional<Eigen::Vector2d>& minimum = std::nullopt);

}  // namespace gdlab
