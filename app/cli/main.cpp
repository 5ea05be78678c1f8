// pixelchain-cli: parameter counts, training, evaluation, sampling and density from the shell.
#include "app/cli/commands.h"
#include "core/kernels/nade_kernels.h"

#include <cstring>
#include <iostream>

namespace {

constexpr const char* kUsage = R"(usage: pixelchain-cli COMMAND [OPTIONS]

Commands:
  params    exact parameter counts of every factorization
  train     train a model on MNIST and write it as safetensors
  eval      test-set negative log-likelihood of a model
  sample    draw digits from a model into a PNG grid or an IDX file
  density   log-probability and per-pixel conditionals of one image
  classify  Bayes' rule: which digit one image is, under a class-conditional model

Run 'pixelchain-cli COMMAND --help' for the options of a command.
'pixelchain-cli --version' names the version and the NADE kernels this CPU runs.
)";

struct Command {
    const char* name;
    int (*run)(const pixelchain::cli::Words&, std::ostream&, std::ostream&);
};

constexpr Command kCommands[] = {
    {"params", pixelchain::cli::runParams},   {"train", pixelchain::cli::runTrain},
    {"eval", pixelchain::cli::runEval},       {"sample", pixelchain::cli::runSample},
    {"density", pixelchain::cli::runDensity}, {"classify", pixelchain::cli::runClassify},
};

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
        !std::strcmp(argv[1], "help")) {
        std::cout << kUsage;
        return 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::cout << "pixelchain-cli " << PIXELCHAIN_VERSION
                  << "\nNADE kernels: " << pixelchain::kernels::nadeKernels().level
                  << " (this CPU runs";
        for (const auto* level : pixelchain::kernels::runnableKernels())
            std::cout << " " << level->level;
        std::cout << ")\n";
        return 0;
    }
    for (const Command& command : kCommands) {
        if (!std::strcmp(argv[1], command.name))
            return command.run(pixelchain::cli::Words(argv + 2, argv + argc), std::cout, std::cerr);
    }
    std::cerr << "pixelchain-cli: unknown command '" << argv[1] << "'\n\n" << kUsage;
    return 2;
}
