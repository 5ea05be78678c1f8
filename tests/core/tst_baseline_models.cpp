// The three baselines (independent pixels, Markov chains, FVSBN): the chain rule holds in every
// pass, the conditionals normalize, the parameter counts are the Counting page's formulas, files
// round-trip exactly and damaged ones are refused, and the FVSBN gradient is the derivative.
#include "core/counting/parameter_count.h"
#include "core/io/model_file.h"
#include "core/models/fvsbn.h"
#include "core/models/independent.h"
#include "core/models/markov.h"
#include "core/stats/percentiles.h"
#include "core/training/fvsbn_gradient.h"
#include "core/training/test_scores.h"
#include "nade_fixture.h"
#include "tests/common/mnist_data.h"

#include <QDir>
#include <QTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace pixelchain;

namespace {

double uniform(std::mt19937_64& engine, double low, double high) {
    return low + (high - low) * static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

std::vector<float> randomProbabilities(std::size_t count, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::vector<float> p(count);
    for (auto& v : p)
        v = static_cast<float>(uniform(engine, 0.02, 0.98));
    return p;
}

FvsbnWeights randomFvsbnWeights(std::uint64_t seed, double scale = 0.1) {
    std::mt19937_64 engine(seed);
    FvsbnWeights w;
    for (int i = 0; i < kPixels; ++i) {
        w.b(i) = static_cast<float>(uniform(engine, -2, 2));
        for (int j = 0; j < i; ++j)
            w.W(i, j) = static_cast<float>(uniform(engine, -scale, scale));
    }
    return w;
}

/// "independent", "markov:M" or "fvsbn", with random parameters from a fixed seed.
std::shared_ptr<const DensityModel> randomModel(const QString& name) {
    if (name == "independent")
        return std::make_shared<Independent>(randomProbabilities(kPixels, 11));
    if (name.startsWith("markov:")) {
        const int order = name.mid(7).toInt();
        return std::make_shared<Markov>(order, randomProbabilities(Markov::tableSize(order), 12));
    }
    return std::make_shared<Fvsbn>(randomFvsbnWeights(13));
}

void addModelColumn() {
    QTest::addColumn<QString>("model");
    for (const char* name : {"independent", "markov:0", "markov:1", "markov:8", "fvsbn"})
        QTest::newRow(name) << QString(name);
}

/// −log p(x) from first principles for the FVSBN, in double: a_i summed afresh for each i.
double referenceNll(const FvsbnWeights& w, const std::vector<BinaryImage>& images) {
    double nll = 0;
    for (const auto& x : images)
        for (int i = 0; i < kPixels; ++i) {
            double a = w.b(i);
            for (int j = 0; j < i; ++j)
                a += static_cast<double>(w.W(i, j)) * (x.at(j) ? 1 : 0);
            nll -= logSigmoid(x.at(i) ? a : -a);
        }
    return nll;
}

} // namespace

class BaselineModelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void logProbIsSumOfConditionals_data() { addModelColumn(); }
    void logProbIsSumOfConditionals();
    void lastTenPixelsSumToOne_data() { addModelColumn(); }
    void lastTenPixelsSumToOne();
    void parameterCountIsCountingFormula_data();
    void parameterCountIsCountingFormula();
    void fileRoundTripIsExact_data() { addModelColumn(); }
    void fileRoundTripIsExact();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void fvsbnGradientMatchesFiniteDifferences();
    void shippedFileScoresWhatItSays_data();
    void shippedFileScoresWhatItSays();
};

void BaselineModelsTest::logProbIsSumOfConditionals() {
    QFETCH(QString, model);
    const auto m = randomModel(model);
    for (const int percentOn : {0, 20, 60, 100}) {
        const BinaryImage image = testing::randomImage(7 + percentOn, percentOn);
        const Evaluation e = m->evaluate(image);
        double fromConditionals = 0, surprise = 0, stepped = 0;
        auto stepper = m->stepper();
        for (int i = 0; i < kPixels; ++i) {
            const double p = e.conditionals[static_cast<std::size_t>(i)];
            QVERIFY(p > 0 && p < 1);
            fromConditionals += std::log(image.at(i) ? p : 1 - p);
            surprise += e.surprise[static_cast<std::size_t>(i)];
            const double logit = stepper->nextLogit();
            stepped += logSigmoid(image.at(i) ? logit : -logit);
            stepper->push(image.at(i));
        }
        QCOMPARE(stepper->step(), kPixels);
        qInfo("%d%% on: log p %.6f, from conditionals %+.2e, stepper %+.2e", percentOn, e.logProb,
              fromConditionals - e.logProb, stepped - e.logProb);
        // Conditionals are floats: 1e-4 nats over 784 terms; the stepper works in double: 1e-6.
        QVERIFY(std::abs(fromConditionals - e.logProb) < 1e-4);
        QVERIFY(std::abs(surprise + e.logProb) < 1e-3);
        QVERIFY(std::abs(stepped - e.logProb) < 1e-6);
    }
}

void BaselineModelsTest::lastTenPixelsSumToOne() {
    // Σ over the 2^10 completions of the last ten pixels of p(x_775..x_784 | prefix) = 1: the exact
    // sum of p over every image of n = 10 free pixels.
    QFETCH(QString, model);
    const auto m = randomModel(model);
    constexpr int kFree = 10, kFirstFree = kPixels - kFree;
    BinaryImage image = testing::randomImage(21, 30);
    double logPrefix = 0;
    {
        const Evaluation e = m->evaluate(image);
        for (int i = 0; i < kFirstFree; ++i)
            logPrefix -= e.surprise[static_cast<std::size_t>(i)];
    }
    double total = 0;
    for (int bits = 0; bits < (1 << kFree); ++bits) {
        for (int t = 0; t < kFree; ++t)
            image.set(kFirstFree + t, (bits >> t) & 1);
        auto stepper = m->stepper();
        double logP = 0;
        for (int i = 0; i < kPixels; ++i) {
            const double logit = stepper->nextLogit();
            if (i >= kFirstFree)
                logP += logSigmoid(image.at(i) ? logit : -logit);
            stepper->push(image.at(i));
        }
        total += std::exp(logP);
    }
    qInfo("sum over 1024 completions - 1 = %+.3e (prefix log p %.3f)", total - 1, logPrefix);
    QVERIFY(std::abs(total - 1) < 1e-9);
}

void BaselineModelsTest::parameterCountIsCountingFormula_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("factorization");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected");
    using F = counting::Factorization;
    QTest::newRow("independent") << "independent" << int(F::Independent) << 1 << "784";
    QTest::newRow("markov 0") << "markov:0" << int(F::Markov) << 0 << "784";
    QTest::newRow("markov 1: 2n - 1") << "markov:1" << int(F::Markov) << 1 << "1567";
    QTest::newRow("markov 8") << "markov:8" << int(F::Markov) << 8 << "198911";
    QTest::newRow("markov 12") << "markov:12" << int(F::Markov) << 12 << "3166207";
    QTest::newRow("fvsbn: n(n+1)/2") << "fvsbn" << int(F::Fvsbn) << 1 << "307720";
}

void BaselineModelsTest::parameterCountIsCountingFormula() {
    QFETCH(QString, model);
    QFETCH(int, factorization);
    QFETCH(int, order);
    QFETCH(QString, expected);
    counting::CountQuery query;
    query.markovOrder = static_cast<std::uint64_t>(order);
    const auto formula =
        counting::count(static_cast<counting::Factorization>(factorization), query);
    QVERIFY(formula.exact.has_value());
    const auto m = randomModel(model);
    QCOMPARE(QString::number(m->parameterCount()), QString::fromStdString(formula.exact->str()));
    QCOMPARE(QString::number(m->parameterCount()), expected);
}

void BaselineModelsTest::fileRoundTripIsExact() {
    QFETCH(QString, model);
    const auto m = randomModel(model);
    const io::Metadata metadata{{"test_nll_nats", "123.5"}, {"command", "a test"}};
    const io::LoadedModel loaded = io::parseModel(io::serializeModel(*m, metadata));
    QCOMPARE(loaded.model->kind(), m->kind());
    QCOMPARE(loaded.model->parameterCount(), m->parameterCount());
    QCOMPARE(loaded.testNll, 123.5);
    QCOMPARE(loaded.metadata.at("command"), std::string("a test"));
    QCOMPARE(loaded.metadata.at("format"), "pixelchain-" + m->kind());
    if (const auto* a = dynamic_cast<const Independent*>(m.get()))
        QVERIFY(a->probabilities() ==
                dynamic_cast<const Independent&>(*loaded.model).probabilities());
    if (const auto* a = dynamic_cast<const Markov*>(m.get())) {
        const auto& b = dynamic_cast<const Markov&>(*loaded.model);
        QCOMPARE(b.order(), a->order());
        QVERIFY(a->probabilities() == b.probabilities());
    }
    if (const auto* a = dynamic_cast<const Fvsbn*>(m.get())) {
        const auto& b = dynamic_cast<const Fvsbn&>(*loaded.model);
        QVERIFY(a->weights().W == b.weights().W);
        QVERIFY(a->weights().b == b.weights().b);
    }
    const BinaryImage image = testing::randomImage(5, 25);
    QCOMPARE(loaded.model->evaluate(image).logProb, m->evaluate(image).logProb);
}

void BaselineModelsTest::damagedFileIsRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const auto file = [](io::Metadata meta, auto&& add) {
        io::SafetensorsWriter w;
        add(w);
        w.setMetadata(std::move(meta));
        const std::string s = w.serialize();
        return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
    };
    const io::Metadata independent{{"format", "pixelchain-independent"}};
    const auto probabilities = [](std::size_t n, float bad) {
        auto p = randomProbabilities(n, 3);
        p[n / 2] = bad;
        return p;
    };
    QTest::newRow("independent: p = 0")
        << file(independent, [&](auto& w) { w.addFloats("p", {784}, probabilities(784, 0.0f)); })
        << "outside (0, 1)";
    QTest::newRow("independent: p = 1")
        << file(independent, [&](auto& w) { w.addFloats("p", {784}, probabilities(784, 1.0f)); })
        << "outside (0, 1)";
    QTest::newRow("independent: NaN") << file(independent, [&](auto& w) {
        w.addFloats("p", {784}, probabilities(784, std::nanf("")));
    }) << "p";
    QTest::newRow("independent: 783 values")
        << file(independent, [&](auto& w) { w.addFloats("p", {783}, randomProbabilities(783, 3)); })
        << "p";
    QTest::newRow("independent: ints") << file(independent, [&](auto& w) {
        w.addInts("p", {784}, std::vector<std::int32_t>(784, 0));
    }) << "p";
    const io::Metadata markov2{{"format", "pixelchain-markov"}, {"order", "2"}};
    QTest::newRow("markov: tables of order 1 for order 2")
        << file(markov2, [&](auto& w) { w.addFloats("p", {1567}, randomProbabilities(1567, 3)); })
        << "p";
    QTest::newRow("markov: no order") << file({{"format", "pixelchain-markov"}}, [&](auto& w) {
        w.addFloats("p", {1567}, randomProbabilities(1567, 3));
    }) << "order";
    for (const char* order : {"-1", "17", "1x", "", " 1", "+1", "99999999999"})
        QTest::addRow("markov: order '%s'", order)
            << file({{"format", "pixelchain-markov"}, {"order", order}},
                    [&](auto& w) { w.addFloats("p", {1567}, randomProbabilities(1567, 3)); })
            << "order";
    QTest::newRow("markov: p = 0") << file(markov2, [&](auto& w) {
        w.addFloats("p", {static_cast<std::int64_t>(Markov::tableSize(2))},
                    probabilities(Markov::tableSize(2), 0.0f));
    }) << "outside (0, 1)";
    const io::Metadata fvsbn{{"format", "pixelchain-fvsbn"}};
    const auto matrix = [](int i, int j, float value) {
        std::vector<float> W(784 * 784, 0.0f);
        W[static_cast<std::size_t>(i * 784 + j)] = value;
        return W;
    };
    QTest::newRow("fvsbn: weight on the diagonal") << file(fvsbn, [&](auto& w) {
        w.addFloats("b", {784}, std::vector<float>(784, 0.0f));
        w.addFloats("W", {784, 784}, matrix(5, 5, 0.5f));
    }) << "diagonal";
    QTest::newRow("fvsbn: pixel looks ahead") << file(fvsbn, [&](auto& w) {
        w.addFloats("b", {784}, std::vector<float>(784, 0.0f));
        w.addFloats("W", {784, 784}, matrix(0, 783, -0.5f));
    }) << "diagonal";
    QTest::newRow("fvsbn: infinite weight") << file(fvsbn, [&](auto& w) {
        w.addFloats("b", {784}, std::vector<float>(784, 0.0f));
        w.addFloats("W", {784, 784}, matrix(9, 2, INFINITY));
    }) << "W";
    QTest::newRow("fvsbn: no bias") << file(fvsbn, [&](auto& w) {
        w.addFloats("W", {784, 784}, matrix(9, 2, 1.0f));
    }) << "b";
    QTest::newRow("fvsbn: W transposed shape") << file(fvsbn, [&](auto& w) {
        w.addFloats("b", {784}, std::vector<float>(784, 0.0f));
        w.addFloats("W", {392, 1568}, matrix(9, 2, 1.0f));
    }) << "W";
    QTest::newRow("unknown format") << file({{"format", "pixelchain-gan"}}, [&](auto& w) {
        w.addFloats("p", {784}, randomProbabilities(784, 3));
    }) << "unknown model format";
    QByteArray truncated =
        file(independent, [&](auto& w) { w.addFloats("p", {784}, randomProbabilities(784, 3)); });
    truncated.chop(100); // the last tensor's data now ends past the file
    QTest::newRow("truncated") << truncated << "points outside";
}

void BaselineModelsTest::damagedFileIsRefused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    try {
        io::parseModel(bytes.toStdString());
        QFAIL("a damaged file was accepted");
    } catch (const io::FormatError& e) {
        qInfo("refused: %s", e.what());
        QVERIFY2(QString(e.what()).contains(says), e.what());
    }
}

void BaselineModelsTest::fvsbnGradientMatchesFiniteDifferences() {
    // Larger weights than randomModel's so the conditionals are far from the bias alone.
    const FvsbnWeights w = randomFvsbnWeights(31, 0.3);
    std::vector<BinaryImage> images;
    std::vector<std::uint8_t> rows;
    for (int n = 0; n < 4; ++n) {
        images.push_back(testing::randomImage(40 + n, 15 + 20 * n));
        rows.insert(rows.end(), images.back().data(), images.back().data() + kPixels);
    }
    FvsbnWeights grad;
    const double nll = training::fvsbnGradient(w, rows.data(), images.size(), grad);
    QVERIFY(std::abs(nll - referenceNll(w, images)) < 1e-3 * std::abs(nll));
    QVERIFY(std::abs(training::fvsbnNll(w, rows.data(), images.size()) - nll) < 1e-6 * nll);
    QVERIFY(grad.isStrictlyLower());
    // Central differences of the double-precision reference, h = 1e-3: error O(h²) ≈ 1e-6.
    std::mt19937_64 engine(77);
    double worst = 0;
    constexpr double h = 1e-3;
    for (int k = 0; k < 40; ++k) {
        const int i = 1 + static_cast<int>(engine() % (kPixels - 1));
        const int j = k % 4 == 0 ? -1 : static_cast<int>(engine() % static_cast<unsigned>(i));
        FvsbnWeights plus = w, minus = w;
        float& p = j < 0 ? plus.b(i) : plus.W(i, j);
        float& m = j < 0 ? minus.b(i) : minus.W(i, j);
        const double original = p;
        p = static_cast<float>(original + h);
        m = static_cast<float>(original - h);
        const double step = static_cast<double>(p) - static_cast<double>(m);
        const double numeric = (referenceNll(plus, images) - referenceNll(minus, images)) / step;
        const double analytic = j < 0 ? grad.b(i) : grad.W(i, j);
        worst = std::max(worst, std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric)));
    }
    qInfo("worst gradient difference (relative above 1) %.2e", worst);
    QVERIFY(worst < 1e-3);
}

void BaselineModelsTest::shippedFileScoresWhatItSays_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Bounds around what the shipped fits measured, so a refit that regresses is noticed.
    QTest::newRow("independent") << "independent-mnist"
                                 << "independent" << 205.0 << 207.0;
    QTest::newRow("markov 1") << "markov1-mnist"
                              << "markov" << 144.5 << 146.5;
    QTest::newRow("markov 8") << "markov8-mnist"
                              << "markov" << 137.0 << 139.0;
    QTest::newRow("fvsbn") << "fvsbn-mnist"
                           << "fvsbn" << 96.0 << 100.0;
}

void BaselineModelsTest::shippedFileScoresWhatItSays() {
    PIXELCHAIN_REQUIRE_MNIST();
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(double, low);
    QFETCH(double, high);
    const QString source = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR");
    const QString data = test::mnistFolder();
    const io::LoadedModel loaded =
        io::loadModel((source + "/resources/models/" + file + ".safetensors").toStdString());
    QCOMPARE(QString::fromStdString(loaded.model->kind()), kind);
    const mnist::Mnist mnist = mnist::loadMnist(data.toStdString());
    QCOMPARE(loaded.metadata.at("dataset"), mnist.trainSha256);
    const training::TestScores scores = training::scoreTestSet(*loaded.model, mnist, 2);
    qInfo("%s: test NLL %.3f nats (file says %.3f)", qPrintable(file), scores.nll, loaded.testNll);
    QVERIFY(std::abs(scores.nll - loaded.testNll) < 1e-3);
    QVERIFY2(scores.nll > low && scores.nll < high, qPrintable(QString::number(scores.nll)));
    QCOMPARE(loaded.testQuantiles.size(), stats::kPercentileCount);
}

QTEST_GUILESS_MAIN(BaselineModelsTest)
#include "tst_baseline_models.moc"
