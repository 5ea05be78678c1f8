#pragma once
// The pixelchain-cli commands. Each takes the words after its name, writes its answer to `out`
// and problems to `err`, and returns the process exit code (0 ok, 2 bad arguments, 1 failure).
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace pixelchain::cli {

using Words = std::vector<std::string>;

int runParams(const Words& words, std::ostream& out, std::ostream& err);
int runTrain(const Words& words, std::ostream& out, std::ostream& err);
int runEval(const Words& words, std::ostream& out, std::ostream& err);
int runSample(const Words& words, std::ostream& out, std::ostream& err);
int runDensity(const Words& words, std::ostream& out, std::ostream& err);
/// train --model logistic-regression: `words` without the --model option, `command` as recorded.
int runTrainLogistic(const Words& words, const std::string& command, std::ostream& out,
                     std::ostream& err);
/// train --model rnade (rnade = true) or independent-mixture: `words` without --model.
int runTrainContinuous(const Words& words, bool rnade, const std::string& command,
                       std::ostream& out, std::ostream& err);
/// True when `path` is a model file of greyscale digits (RNADE, independent mixture).
bool isGreyscaleModelFile(const std::string& path);
/// eval, density and sample for such a file (continuous_commands.cpp); they throw on failure.
int evalContinuous(const std::string& modelPath, const std::string& dataDir, std::uint64_t seed,
                   int threads, bool json, std::ostream& out);
int densityContinuous(const std::string& modelPath, const std::string& imagePath, std::size_t index,
                      bool json, std::ostream& out);
int sampleContinuous(const std::string& modelPath, std::uint64_t seed, std::uint64_t count,
                     double temperature, const std::string& outPath, std::ostream& out);
int runClassify(const Words& words, std::ostream& out, std::ostream& err);

} // namespace pixelchain::cli
