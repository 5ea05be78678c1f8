// pixelchain-cli train --model logistic-regression: the discriminative baseline of Bayes' rule,
// fitted on the same labelled, dynamically binarized digits as the class-conditional models and
// scored on the same stochastically binarized test digits.
#include "app/cli/arguments.h"
#include "app/cli/commands.h"
#include "app/cli/train_progress.h"
#include "core/io/classifier_file.h"
#include "core/training/logistic_fit.h"
#include "core/training/test_scores.h"

#include <iomanip>
#include <ostream>

namespace pixelchain::cli {
namespace {

/// Bayes' rule is not involved: argmax of the scores on the evaluation test digits.
ConfusionMatrix testConfusion(const LogisticRegression& model, const mnist::Mnist& data,
                              int threads) {
    const mnist::BinarySet set = training::testSet(data, Ordering::raster(), threads);
    const std::vector<double> scores = model.scores({set.bits.data(), set.count});
    const auto C = static_cast<std::size_t>(model.classes());
    ConfusionMatrix confusion;
    for (std::size_t n = 0; n < set.count; ++n) {
        const auto row = scores.begin() + static_cast<std::ptrdiff_t>(n * C);
        confusion.add(
            data.testLabels[n],
            static_cast<int>(std::max_element(row, row + static_cast<std::ptrdiff_t>(C)) - row));
    }
    return confusion;
}

} // namespace

int runTrainLogistic(const Words& words, const std::string& command, std::ostream& out,
                     std::ostream& err) {
    training::TrainSettings s;
    std::string outPath, dataDir;
    try {
        const Arguments args(
            words, {"data", "epochs", "batch", "lr", "schedule", "seed", "limit", "threads", "out"},
            {});
        outPath = args.required("out");
        dataDir = args.text("data", "data/mnist");
        s = trainSettings(args, 20, 1e-3, true);
    } catch (const UsageError& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 2;
    }
    try {
        const mnist::Mnist data = mnist::loadMnist(dataDir);
        const LogisticRegression model =
            training::fitLogisticRegression(data, s, [&](const training::LogisticReport& r) {
                err << "epoch " << r.epoch << "/" << s.epochs << "  train " << std::fixed
                    << std::setprecision(4) << r.trainCrossEntropy << "  validation "
                    << r.validationCrossEntropy << " nats, " << std::setprecision(2)
                    << 100 * r.validationAccuracy << "%" << (r.improved ? "  (kept)" : "")
                    << std::endl;
            });
        const ConfusionMatrix confusion = testConfusion(model, data, s.threads);
        io::saveClassifier(outPath, model,
                           {{"dataset", data.trainSha256},
                            {"command", command},
                            {"test_accuracy", std::to_string(confusion.accuracy())},
                            {"test_confusion", training::confusionJson(confusion)}});
        out << model.describe() << ": test accuracy " << std::fixed << std::setprecision(2)
            << 100 * confusion.accuracy() << "%; wrote " << outPath << "\n";
        return 0;
    } catch (const std::exception& e) {
        err << "pixelchain-cli train: " << e.what() << "\n";
        return 1;
    }
}

} // namespace pixelchain::cli
