#include "gui/text/byte_limit_validator.hpp"

namespace gdlab {

ByteLimitValidator::ByteLimitValidator(std::size_t max_bytes, QObject* parent)
    : QValidator(parent), max_bytes_(max_bytes) {}

QValidator::State ByteLimitValidator::validate(QString& input, int& /*position*/) const {
    return utf8_bytes(input) <= max_bytes_ ? Acceptable : Invalid;
}

std::size_t utf8_bytes(const QString& text) {
    return static_cast<std::size_t>(text.toUtf8().size());
}

}  // namespace gdlab
