#include "gd/step_rule.hpp"

namespace gd {

std::string vector_text(const Eigen::Vector2d& v, const NumberText& number) {
    return "(" + number(v.x()) + ", " + number(v.y()) + ")";
}

}  // namespace gd
