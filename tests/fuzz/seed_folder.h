#pragma once
// SeedFolder: one target's folder of seed inputs in the fuzz corpus. The corpus generator
// (make_corpus.cpp) fills one per target with small valid inputs, made by PixelChain's own
// writers, and near-misses, each one step away from a valid input.
#include <filesystem>
#include <string>
#include <string_view>

namespace pixelchain::fuzz {

class SeedFolder {
public:
    /// Creates `root`/`target` (emptying nothing: regression inputs already there stay).
    SeedFolder(const std::filesystem::path& root, const std::string& target);

    /// Writes one seed file `name` holding `bytes`.
    void write(const std::string& name, std::string_view bytes) const;

private:
    std::filesystem::path folder_;
};

/// Each writes the seeds of one target.
void writeIdxSeeds(const SeedFolder& folder);
void writeModelSeeds(const SeedFolder& folder);
void writePngSeeds(const SeedFolder& folder);
void writeSessionSeeds(const SeedFolder& folder);
void writeParamsArgsSeeds(const SeedFolder& folder);

} // namespace pixelchain::fuzz
