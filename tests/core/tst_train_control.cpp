// Steering a training run (train_control.h, trainer.h): a paused run takes no step until it is
// resumed, a stop ends a pause, a time budget ends the run after the minibatch that spends it,
// interim reports come every `reportEvery` images without touching the kept weights, the
// per-minibatch schedule and its warm-up follow their formulas (tolerance 1e-12 relative), and a
// compact subset validates on exactly the binary digits the full file does (tolerance 0).
// A small NADE (8 hidden units) trains on the first 300 MNIST digits.
#include "core/models/nade.h"
#include "core/training/nade_family.h"
#include "core/training/trainer.h"
#include "tests/common/mnist_data.h"

#include <QTest>
#include <cmath>
#include <future>
#include <numbers>
#include <thread>

using namespace pixelchain;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

constexpr std::size_t kLimit = 300; // 3 minibatches of 100 per epoch

const mnist::Mnist& fullData() {
    return test::mnistOrStop();
}

/// The first kLimit training digits followed by the 10,000 held-out ones: a compact subset.
mnist::Mnist subsetData() {
    const auto& full = fullData();
    mnist::Mnist subset;
    subset.train = {kLimit + mnist::kValidationCount, 28, 28, {}};
    const auto append = [&](std::size_t first, std::size_t count) {
        subset.train.pixels.insert(subset.train.pixels.end(), full.train.image(first),
                                   full.train.image(first + count));
        subset.trainLabels.insert(subset.trainLabels.end(), full.trainLabels.begin() + first,
                                  full.trainLabels.begin() + first + count);
    };
    append(0, kLimit);
    append(mnist::kTrainCount, mnist::kValidationCount);
    subset.validationFirst = kLimit;
    return subset;
}

training::NadeFamily smallNade(const mnist::Mnist& data) {
    const Ordering ordering = Ordering::raster();
    return training::NadeFamily(
        training::initialNadeWeights(8, training::meanLogits(data, kLimit, ordering), 5), ordering,
        Activation::Relu);
}

training::TrainSettings smallSettings() {
    training::TrainSettings s;
    s.epochs = 2;
    s.batch = 100;
    s.limit = kLimit;
    s.threads = 1;
    return s;
}

/// A NADE family that calls `onMinibatch(k)` (1-based) as minibatch k begins.
class Watched : public training::NadeFamily {
public:
    Watched(training::NadeFamily inner, std::function<void(int)> onMinibatch)
        : training::NadeFamily(std::move(inner))
        , onMinibatch_(std::move(onMinibatch)) {}
    double accumulateGradient(int t, ImageRows rows, std::size_t first,
                              std::size_t count) override {
        onMinibatch_(++minibatches);
        return training::NadeFamily::accumulateGradient(t, rows, first, count);
    }
    int minibatches = 0;

private:
    std::function<void(int)> onMinibatch_;
};

} // namespace

class TrainControlTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proceedWaitsForResume();
    void stopEndsAPause();
    void pausedRunTakesNoStepUntilResumed();
    void timeBudgetEndsAfterTheMinibatchThatSpendsIt();
    void interimReportsComeEveryNImages_data();
    void interimReportsComeEveryNImages();
    void scheduleFollowsItsFormula_data();
    void scheduleFollowsItsFormula();
    void subsetValidatesOnTheSameDigits();
};

void TrainControlTest::proceedWaitsForResume() {
    training::TrainControl control;
    control.pause();
    std::atomic<bool> resumed{false};
    auto waiter = std::async(std::launch::async, [&] {
        double paused = 0;
        const bool onward = control.proceed(paused);
        return std::make_pair(onward, resumed.load());
    });
    resumed.store(true);
    control.resume();
    const auto [onward, afterResume] = waiter.get();
    QVERIFY(onward);
    QVERIFY2(afterResume, "proceed() returned while the run was still paused");
}

void TrainControlTest::stopEndsAPause() {
    training::TrainControl control;
    control.pause();
    auto waiter = std::async(std::launch::async, [&] {
        double paused = 0;
        return control.proceed(paused);
    });
    control.requestStop();
    QVERIFY(!waiter.get());
    QVERIFY(control.stopRequested());
}

void TrainControlTest::pausedRunTakesNoStepUntilResumed() {
    const auto& data = fullData();
    training::TrainControl control;
    std::promise<void> reachedPause;
    std::atomic<bool> resumed{false};
    std::atomic<int> stepsBeforeResume{0};
    Watched family(smallNade(data), [&](int k) {
        if (!resumed.load())
            stepsBeforeResume.store(k);
        if (k == 2) { // pause from inside minibatch 2: minibatch 3 must wait for resume()
            control.pause();
            reachedPause.set_value();
        }
    });
    training::Trainer trainer(data, smallSettings());
    auto run = std::async(std::launch::async, [&] { return trainer.run(family, {}, &control); });
    reachedPause.get_future().wait();
    QVERIFY(control.paused());
    resumed.store(true);
    control.resume();
    run.get();
    QCOMPARE(stepsBeforeResume.load(), 2);
    QCOMPARE(family.minibatches, 6); // and then the run went on to its end
}

void TrainControlTest::timeBudgetEndsAfterTheMinibatchThatSpendsIt() {
    const auto& data = fullData();
    Watched family(smallNade(data), [](int) {});
    auto settings = smallSettings();
    settings.seconds = 1e-9; // spent by the first minibatch, whatever the machine
    std::vector<training::EpochReport> reports;
    training::Trainer trainer(data, settings);
    trainer.run(
        family, [&](const training::EpochReport& r, const Model&) { reports.push_back(r); },
        static_cast<training::TrainControl*>(nullptr));
    QCOMPARE(family.minibatches, 1);
    QCOMPARE(reports.size(), std::size_t(1)); // the partial epoch, validated
    QCOMPARE(reports[0].imagesSeen, std::size_t(100));
    QVERIFY(reports[0].improved);
    QCOMPARE(reports[0].secondsLeft, 0.0);
    QVERIFY(reports[0].trainingSeconds > 0);
}

void TrainControlTest::interimReportsComeEveryNImages_data() {
    QTest::addColumn<int>("reportEvery");
    QTest::addColumn<int>("interimValidation");
    QTest::addColumn<std::vector<int>>("seenAtInterim");
    QTest::newRow("every minibatch") << 100 << 0 << std::vector<int>{100, 200, 300, 400, 500, 600};
    QTest::newRow("every 250 images, validated on 50") << 250 << 50 << std::vector<int>{300, 600};
    QTest::newRow("none") << 0 << 0 << std::vector<int>{};
}

void TrainControlTest::interimReportsComeEveryNImages() {
    QFETCH(int, reportEvery);
    QFETCH(int, interimValidation);
    QFETCH(std::vector<int>, seenAtInterim);
    const auto& data = fullData();
    auto family = smallNade(data);
    auto settings = smallSettings();
    settings.reportEvery = std::size_t(reportEvery);
    settings.interimValidation = std::size_t(interimValidation);
    std::vector<int> seen;
    int epochEnds = 0;
    double lastBestNll = std::numeric_limits<double>::infinity();
    training::Trainer trainer(data, settings);
    trainer.run(
        family,
        [&](const training::EpochReport& r, const Model&) {
            if (!r.interim) {
                ++epochEnds;
                lastBestNll = r.bestValidationNll;
                QVERIFY(std::isfinite(r.validationNll));
                return;
            }
            seen.push_back(int(r.imagesSeen));
            QVERIFY(std::isfinite(r.trainNll) && r.trainNll > 0);
            QCOMPARE(std::isnan(r.validationNll), interimValidation == 0);
            QVERIFY(!r.improved);
            QCOMPARE(r.bestValidationNll, lastBestNll); // interim reports keep nothing
        },
        static_cast<training::TrainControl*>(nullptr));
    QCOMPARE(seen, seenAtInterim);
    QCOMPARE(epochEnds, 2);
}

void TrainControlTest::scheduleFollowsItsFormula_data() {
    QTest::addColumn<bool>("steps");
    QTest::addColumn<int>("warmup");
    QTest::addColumn<int>("epoch");
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("progress");
    QTest::addColumn<double>("expected");
    const double lr = 0.004, low = lr * 0.05;
    const auto cosine = [&](double p) {
        return low + 0.5 * (lr - low) * (1 + std::cos(std::numbers::pi * p));
    };
    QTest::newRow("per minibatch, start") << true << 0 << 0 << 0 << 0.0 << lr;
    QTest::newRow("per minibatch, a third") << true << 0 << 0 << 40 << 1.0 / 3 << cosine(1.0 / 3);
    QTest::newRow("per minibatch, end") << true << 0 << 3 << 999 << 1.0 << low;
    QTest::newRow("per minibatch, past the end is the end") << true << 0 << 3 << 999 << 1.5 << low;
    QTest::newRow("warm-up, first step") << true << 100 << 0 << 0 << 0.0 << lr / 100;
    QTest::newRow("warm-up, step 49") << true << 100 << 0 << 49 << 0.01 << lr / 2;
    QTest::newRow("warm-up over, the cosine rules")
        << true << 100 << 0 << 100 << 0.5 << cosine(0.5);
    QTest::newRow("warm-up under a lower cosine") << true << 100 << 0 << 99 << 0.9 << cosine(0.9);
    QTest::newRow("per epoch: epoch 2 of 5") << false << 0 << 2 << 555 << 0.99 << cosine(0.5);
    QTest::newRow("per epoch with warm-up") << false << 10 << 0 << 4 << 0.0 << lr / 2;
}

void TrainControlTest::scheduleFollowsItsFormula() {
    QFETCH(bool, steps);
    QFETCH(int, warmup);
    QFETCH(int, epoch);
    QFETCH(int, step);
    QFETCH(double, progress);
    QFETCH(double, expected);
    training::TrainSettings s;
    s.epochs = 5;
    s.lr = 0.004;
    s.stepSchedule = steps;
    s.warmupSteps = warmup;
    const double got = training::learningRate(s, epoch, step, progress);
    QVERIFY2(std::abs(got - expected) <= 1e-12 * expected,
             qPrintable(QStringLiteral("lr %1, expected %2").arg(got).arg(expected)));
}

void TrainControlTest::subsetValidatesOnTheSameDigits() {
    const mnist::Mnist subset = subsetData();
    const auto& full = fullData();
    const Ordering ordering = Ordering::raster();
    const mnist::BinarySet a = mnist::binarizeHeldOut(full, ordering, 2);
    const mnist::BinarySet b = mnist::binarizeHeldOut(subset, ordering, 2);
    QVERIFY(a.bits == b.bits);
    // And the trainer's figures: one epoch on the same 300 digits gives the same validation NLL.
    // (The training binarization differs, since its streams count the file's images, so the
    // weights are compared through the initial validation: zero steps, a budget spent at once.)
    const auto validate = [&](const mnist::Mnist& data) {
        auto family = smallNade(full);
        auto settings = smallSettings();
        settings.lr = 1e-12; // the step is negligible: the figure is the initial weights'
        settings.epochs = 1;
        settings.limit = kLimit;
        double nll = 0;
        training::Trainer(data, settings)
            .run(
                family,
                [&](const training::EpochReport& r, const Model&) { nll = r.validationNll; },
                static_cast<training::TrainControl*>(nullptr));
        return nll;
    };
    QCOMPARE(validate(subset), validate(full));
}

QTEST_GUILESS_MAIN(TrainControlTest)
#include "tst_train_control.moc"
