// The one training loop (trainer.h) drives the NADE and the FVSBN alike: keep-the-best returns the
// weights of the best validation epoch (the first epoch always counts; a tie does not replace the
// best), and a stop flag raised during a minibatch ends the run after that minibatch with the best
// weights. The real families train on the first 300 MNIST digits; a wrapper scripts their
// validation NLLs so the best epoch is known in advance, and counts their minibatches.
// Weights are compared exactly (tolerance 0): the returned model must hold the very floats the
// family had at the end of the best epoch.
#include "core/models/fvsbn.h"
#include "core/models/nade.h"
#include "core/training/fvsbn_family.h"
#include "core/training/nade_family.h"
#include "core/training/trainer.h"
#include "tests/common/mnist_data.h"

#include <QTest>
#include <algorithm>
#include <limits>

using namespace pixelchain;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr std::size_t kLimit = 300; // 3 minibatches of 100 per epoch

const mnist::Mnist& trainingData() {
    return test::mnistOrStop();
}

std::vector<float> flatten(const std::vector<std::span<const float>>& tensors) {
    std::vector<float> flat;
    for (const auto& t : tensors)
        flat.insert(flat.end(), t.begin(), t.end());
    return flat;
}

/// The weights of a trained model, in the order its family lists its parameters.
std::vector<float> weightsOf(const Model& model) {
    auto span = [](const auto& m) {
        return std::span<const float>(m.data(), std::size_t(m.size()));
    };
    if (const auto* nade = dynamic_cast<const Nade*>(&model)) {
        const auto& w = nade->weights();
        return flatten({span(w.W), span(w.Vt), span(w.b), span(w.c)});
    }
    const auto& w = dynamic_cast<const Fvsbn&>(model).weights();
    return flatten({span(w.W), span(w.b)});
}

std::unique_ptr<training::GradientFamily> family(const QString& name) {
    const auto& data = trainingData();
    if (name == "fvsbn")
        return std::make_unique<training::FvsbnFamily>(
            training::initialFvsbnWeights(training::meanLogits(data, kLimit, Ordering::raster())));
    const Ordering ordering = Ordering::raster();
    return std::make_unique<training::NadeFamily>(
        training::initialNadeWeights(8, training::meanLogits(data, kLimit, ordering), 5), ordering,
        Activation::Relu);
}

/// A real family whose validation NLLs are scripted, which counts the minibatches it sees and
/// raises `stop` during minibatch `stopAt` (1-based over the run; 0: never).
class Scripted : public training::GradientFamily {
public:
    Scripted(training::GradientFamily& inner, std::vector<double> validation, int stopAt)
        : inner_(inner)
        , validation_(std::move(validation))
        , stopAt_(stopAt) {}

    const Ordering& ordering() const override { return inner_.ordering(); }
    std::vector<std::span<float>> parameters() override { return inner_.parameters(); }
    void prepareGradients(int threads) override { inner_.prepareGradients(threads); }
    std::vector<std::span<float>> gradient(int t) override { return inner_.gradient(t); }
    double accumulateGradient(int t, ImageRows rows, std::size_t first,
                              std::size_t count) override {
        ++minibatches; // one thread: one call per minibatch
        beforeLastStep = current();
        if (minibatches == stopAt_)
            stop.store(true);
        return inner_.accumulateGradient(t, rows, first, count);
    }
    double validationNll(ImageRows, int) const override { return validation_.at(validated_++); }
    std::unique_ptr<Model> snapshot() const override { return inner_.snapshot(); }

    std::vector<float> current() {
        std::vector<std::span<const float>> tensors;
        for (const auto t : inner_.parameters())
            tensors.emplace_back(t.data(), t.size());
        return flatten(tensors);
    }

    std::atomic<bool> stop{false};
    int minibatches = 0;
    std::vector<float> beforeLastStep;

private:
    training::GradientFamily& inner_;
    std::vector<double> validation_;
    int stopAt_;
    mutable std::size_t validated_ = 0;
};

} // namespace

class TrainerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheBestAndStopsAfterTheMinibatch_data();
    void keepsTheBestAndStopsAfterTheMinibatch();
};

void TrainerTest::keepsTheBestAndStopsAfterTheMinibatch_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<std::vector<double>>("validation"); // what each epoch's validation says
    QTest::addColumn<int>("stopAt");                     // minibatch that raises stop, 0: none
    QTest::addColumn<int>("bestEpoch");                  // 1-based
    QTest::addColumn<int>("epochsReported");
    QTest::addColumn<int>("minibatches");
    for (const QString model : {"nade", "fvsbn"}) {
        const QByteArray m = model.toLatin1();
        QTest::newRow(m + ": best in the middle")
            << model << std::vector<double>{5, 3, 4, 3.5} << 0 << 2 << 4 << 12;
        QTest::newRow(m + ": a tie does not replace the best")
            << model << std::vector<double>{5, 4, 2, 2} << 0 << 3 << 4 << 12;
        QTest::newRow(m + ": the first epoch always counts")
            << model << std::vector<double>{1e9, 2e9, 3e9} << 0 << 1 << 3 << 9;
        QTest::newRow(m + ": stop in epoch 2, epoch 1 stays best")
            << model << std::vector<double>{3, 4} << 5 << 1 << 2 << 5;
        QTest::newRow(m + ": stop in epoch 2, the partial epoch is best")
            << model << std::vector<double>{4, 3} << 5 << 2 << 2 << 5;
        QTest::newRow(m + ": stop in the last minibatch of epoch 1, epoch 2 never starts")
            << model << std::vector<double>{4, 3} << 3 << 1 << 1 << 3;
    }
}

void TrainerTest::keepsTheBestAndStopsAfterTheMinibatch() {
    QFETCH(QString, model);
    QFETCH(std::vector<double>, validation);
    QFETCH(int, stopAt);
    QFETCH(int, bestEpoch);
    QFETCH(int, epochsReported);
    QFETCH(int, minibatches);
    const auto inner = family(model);
    Scripted scripted(*inner, validation, stopAt);
    training::TrainSettings settings;
    settings.epochs = static_cast<int>(validation.size());
    settings.batch = 100;
    settings.lr = 1e-2;
    settings.limit = kLimit;
    settings.threads = 1;
    training::Trainer trainer(trainingData(), settings);
    std::vector<std::vector<float>> epochEnd; // the family's weights after each epoch
    std::vector<bool> improved;
    const auto best = trainer.run(
        scripted,
        [&](const training::EpochReport& r, const Model&) {
            QCOMPARE(r.epoch, static_cast<int>(epochEnd.size()) + 1);
            epochEnd.push_back(scripted.current());
            improved.push_back(r.improved);
        },
        &scripted.stop);
    QCOMPARE(static_cast<int>(epochEnd.size()), epochsReported);
    QCOMPARE(scripted.minibatches, minibatches);
    // The minibatch that raised the flag finished: its step moved the weights.
    QVERIFY(scripted.current() != scripted.beforeLastStep);
    QCOMPARE(scripted.current(), epochEnd.back());
    // Every epoch moved the weights, so "the weights of epoch k" is unambiguous.
    for (std::size_t e = 1; e < epochEnd.size(); ++e)
        QVERIFY(epochEnd[e] != epochEnd[e - 1]);
    QVERIFY(weightsOf(*best) == epochEnd[static_cast<std::size_t>(bestEpoch - 1)]);
    // The one baseline rule: the best starts at +∞, and only a strictly lower NLL improves on it.
    double bestSoFar = std::numeric_limits<double>::infinity();
    for (std::size_t e = 0; e < improved.size(); ++e) {
        QCOMPARE(improved[e], validation[e] < bestSoFar);
        bestSoFar = std::min(bestSoFar, validation[e]);
    }
}

QTEST_GUILESS_MAIN(TrainerTest)
#include "tst_trainer.moc"
