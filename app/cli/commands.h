#pragma once
// The pixelchain-cli commands. Each takes the words after its name, writes its answer to `out`
// and problems to `err`, and returns the process exit code (0 ok, 2 bad arguments, 1 failure).
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
int runClassify(const Words& words, std::ostream& out, std::ostream& err);

} // namespace pixelchain::cli
