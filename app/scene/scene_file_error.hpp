// What is wrong with a scene or lecture file: "bowl.gdlab: runs[1].optimizer.lr: the learning
// rate must be a positive number". Its own header: the JSON reader (bounded_json) and the scene
// reader (scene_file) both throw it, and neither includes the other's.
#pragma once

#include <stdexcept>

namespace gdlab {

class SceneFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace gdlab
