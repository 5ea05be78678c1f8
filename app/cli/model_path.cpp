#include "app/cli/model_path.h"

#include "core/models/model_registry.h"

#include <cstdlib>
#include <filesystem>

namespace pixelchain::cli {

std::string defaultModelPath() {
    return shippedModelPath(ModelRegistry::kDefaultId);
}

std::string shippedModelPath(std::string_view id) {
    namespace fs = std::filesystem;
    const std::string fileName = std::string(id) + ".safetensors";
    std::vector<fs::path> candidates;
    if (const char* dir = std::getenv("PIXELCHAIN_MODELS_DIR"))
        candidates.push_back(fs::path(dir) / fileName);
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path bin = exe.parent_path();
        candidates.push_back(bin.parent_path() / "share/pixelchain/models" / fileName);
        candidates.push_back(bin.parent_path().parent_path() / ModelRegistry::kSourceFolder /
                             fileName);
    }
    for (const auto& path : candidates)
        if (fs::exists(path, error))
            return path.string();
    return candidates.empty() ? fileName : candidates.front().string();
}

io::LoadedModel loadModelOrDefault(const std::string& path) {
    return io::loadModel(path.empty() ? defaultModelPath() : path);
}

} // namespace pixelchain::cli
