// make_fuzz_corpus: writes the seed corpora of the fuzz targets into <folder>/<target>/.
//   make_fuzz_corpus tests/fuzz/corpus
// Seeds are small on purpose (the whole corpus stays far below 2 MB): the fuzzer grows its own
// corpus from them in a copy. Inputs that once crashed a target are kept beside the seeds.
#include "core/io/atomic_file.h"
#include "seed_folder.h"

#include <iostream>

namespace pixelchain::fuzz {

SeedFolder::SeedFolder(const std::filesystem::path& root, const std::string& target)
    : folder_(root / target) {
    std::filesystem::create_directories(folder_);
}

void SeedFolder::write(const std::string& name, std::string_view bytes) const {
    io::writeFileAtomically((folder_ / name).string(), bytes);
}

} // namespace pixelchain::fuzz

int main(int argc, char** argv) {
    using namespace pixelchain::fuzz;
    if (argc != 2) {
        std::cerr << "usage: make_fuzz_corpus <corpus folder>\n";
        return 2;
    }
    const std::filesystem::path root = argv[1];
    try {
        writeIdxSeeds(SeedFolder(root, "fuzz_idx"));
        writeModelSeeds(SeedFolder(root, "fuzz_model"));
        writePngSeeds(SeedFolder(root, "fuzz_png"));
        writeSessionSeeds(SeedFolder(root, "fuzz_session"));
        writeParamsArgsSeeds(SeedFolder(root, "fuzz_params_args"));
    } catch (const std::exception& e) {
        std::cerr << "make_fuzz_corpus: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
