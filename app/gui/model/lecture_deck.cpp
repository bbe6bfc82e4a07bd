#include "gui/model/lecture_deck.hpp"

#include <algorithm>
#include <utility>

namespace gdlab {

LectureDeck::LectureDeck(QObject* parent) : QObject(parent) {}

const Scene& LectureDeck::scene(int index) const {
    return lecture_.scenes.at(static_cast<std::size_t>(index));
}

void LectureDeck::open(Lecture lecture, const QString& file) {
    if (lecture.scenes.empty()) {
        close();
        return;
    }
    lecture_ = std::move(lecture);
    file_ = file;
    modified_ = file.isEmpty();  // a lecture made in the window is not saved anywhere yet
    current_ = 0;
    emit changed();
    emit currentChanged(current_);
}

void LectureDeck::close() {
    lecture_ = {};
    file_.clear();
    modified_ = false;
    current_ = -1;
    emit changed();
}

bool LectureDeck::setCurrent(int index) {
    if (index < 0 || index >= count() || index == current_) return false;
    current_ = index;
    emit currentChanged(current_);
    return true;
}

bool LectureDeck::next() {
    return isOpen() && setCurrent(current_ + 1);
}

bool LectureDeck::previous() {
    return isOpen() && setCurrent(current_ - 1);
}

void LectureDeck::insertAfterCurrent(const Scene& scene) {
    if (count() >= static_cast<int>(kMaxLectureScenes)) return;
    const int at = current_ + 1;  // 0 when no lecture is open: a new one
    lecture_.scenes.insert(lecture_.scenes.begin() + at, scene);
    current_ = at;
    modified_ = true;
    emit changed();
}

void LectureDeck::removeCurrent() {
    if (!isOpen()) return;
    if (count() == 1) {
        close();
        return;
    }
    lecture_.scenes.erase(lecture_.scenes.begin() + current_);
    current_ = std::min(current_, count() - 1);
    modified_ = true;
    emit changed();
    emit currentChanged(current_);
}

bool LectureDeck::moveCurrent(int delta) {
    const int to = current_ + delta;
    if (!isOpen() || to < 0 || to >= count()) return false;
    std::swap(lecture_.scenes[static_cast<std::size_t>(current_)],
              lecture_.scenes[static_cast<std::size_t>(to)]);
    current_ = to;
    modified_ = true;
    emit changed();
    return true;
}

void LectureDeck::replaceScene(int index, const Scene& scene) {
    if (index < 0 || index >= count()) return;
    lecture_.scenes[static_cast<std::size_t>(index)] = scene;
    modified_ = true;
    emit changed();
}

void LectureDeck::setTitle(const std::string& title) {
    if (!isOpen() || title == lecture_.title) return;
    lecture_.title = title;
    modified_ = true;
    emit changed();
}

void LectureDeck::markSaved(const QString& file) {
    file_ = file;
    modified_ = false;
    emit changed();
}

}  // namespace gdlab
