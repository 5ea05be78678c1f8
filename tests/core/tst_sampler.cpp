// The step-by-step sampler: order, exact replay, determinism, temperature and completion.
#include "core/sampling/sampler.h"
#include "nade_fixture.h"

#include <QTest>

using namespace pixelchain;

class SamplerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsFollowTheOrdering_data();
    void stepsFollowTheOrdering();
    void backRestoresThePreviousStateExactly();
    void seekEqualsSteps_data();
    void seekEqualsSteps();
    void sameSeedSameDigit();
    void greedyIsDeterministic();
    void completionKeepsThePrefix_data();
    void completionKeepsThePrefix();
    void refusesBadTemperature();
};

void SamplerTest::stepsFollowTheOrdering_data() {
    QTest::addColumn<QString>("ordering");
    QTest::newRow("raster") << "raster";
    QTest::newRow("column") << "column";
    QTest::newRow("spiral") << "spiral";
    QTest::newRow("random") << "random:4";
}

void SamplerTest::stepsFollowTheOrdering() {
    QFETCH(QString, ordering);
    const auto nade =
        testing::randomNade(8, Activation::Relu, Ordering::parse(ordering.toStdString()));
    Sampler sampler(nade, 42);
    for (int j = 0; j < 10; ++j) {
        const SampleStep& s = sampler.next();
        QCOMPARE(s.step, j);
        QCOMPARE(s.pixel, nade->ordering().pixel(j));
        QCOMPARE(s.value, s.uniform < s.tempered);
        QCOMPARE(sampler.image().at(s.pixel), s.value);
    }
    QCOMPARE(sampler.step(), 10);
    // Pixels not decided yet are off.
    for (int j = 10; j < kPixels; ++j)
        QVERIFY(!sampler.image().at(nade->ordering().pixel(j)));
}

void SamplerTest::backRestoresThePreviousStateExactly() {
    const auto nade = testing::randomNade(8, Activation::Relu, Ordering::raster());
    Sampler sampler(nade, 7);
    sampler.seek(300);
    const BinaryImage image = sampler.image();
    const double logProb = sampler.logProb();
    const double next = sampler.nextProbability();
    sampler.next();
    sampler.back();
    QCOMPARE(sampler.step(), 300);
    QCOMPARE(sampler.image(), image);
    QCOMPARE(sampler.logProb(), logProb); // bit-identical, not approximately
    QCOMPARE(sampler.nextProbability(), next);
}

void SamplerTest::seekEqualsSteps_data() {
    QTest::addColumn<int>("k");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("400") << 400;
    QTest::newRow("784") << 784;
    QTest::newRow("beyond the end is clamped") << 5000;
    QTest::newRow("negative is clamped") << -3;
}

void SamplerTest::seekEqualsSteps() {
    QFETCH(int, k);
    const auto nade = testing::randomNade(8, Activation::Sigmoid, Ordering::spiral());
    Sampler stepped(nade, 99), sought(nade, 99);
    const int target = std::clamp(k, 0, kPixels);
    for (int j = 0; j < target; ++j)
        stepped.next();
    sought.seek(kPixels); // seeking back from the end replays too
    sought.seek(k);
    QCOMPARE(sought.step(), target);
    QCOMPARE(sought.image(), stepped.image());
    QCOMPARE(sought.logProb(), stepped.logProb());
}

void SamplerTest::sameSeedSameDigit() {
    const auto nade = testing::randomNade(8, Activation::Relu, Ordering::raster());
    QCOMPARE(Sampler::draw(nade, 5), Sampler::draw(nade, 5));
    QVERIFY(Sampler::draw(nade, 5) != Sampler::draw(nade, 6));
    Sampler sampler(nade, 5);
    sampler.finish();
    QCOMPARE(sampler.image(), Sampler::draw(nade, 5));
    // log p of the finished sample is the model's log p of that image.
    QVERIFY(std::abs(sampler.logProb() - nade->evaluate(sampler.image()).logProb) < 1e-6);
}

void SamplerTest::greedyIsDeterministic() {
    const auto nade = testing::randomNade(8, Activation::Relu, Ordering::raster());
    const BinaryImage a = Sampler::draw(nade, 1, 0.0), b = Sampler::draw(nade, 2, 0.0);
    QCOMPARE(a, b);
    Sampler sampler(nade, 3, 0.0);
    for (int j = 0; j < 50; ++j) {
        const SampleStep& s = sampler.next();
        QCOMPARE(s.value, s.probability > 0.5);
    }
}

void SamplerTest::completionKeepsThePrefix_data() {
    QTest::addColumn<int>("k");
    QTest::newRow("none given") << 0;
    QTest::newRow("top half") << 392;
    QTest::newRow("all but one") << 783;
}

void SamplerTest::completionKeepsThePrefix() {
    QFETCH(int, k);
    const auto nade = testing::randomNade(8, Activation::Relu, Ordering::raster());
    const BinaryImage given = testing::randomImage(8, 50);
    for (std::uint64_t seed = 0; seed < 5; ++seed) {
        Sampler sampler(nade, seed);
        sampler.setPrefix(given, k);
        sampler.finish();
        for (int j = 0; j < k; ++j) {
            const int pixel = nade->ordering().pixel(j);
            QCOMPARE(sampler.image().at(pixel), given.at(pixel));
            QVERIFY(sampler.history()[static_cast<std::size_t>(j)].given);
        }
        if (k < kPixels)
            QVERIFY(!sampler.history()[static_cast<std::size_t>(k)].given);
    }
}

void SamplerTest::refusesBadTemperature() {
    const auto nade = testing::randomNade(4, Activation::Relu, Ordering::raster());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Sampler(nade, 1, -1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Sampler(nade, 1, std::nan("")));
    Sampler sampler(nade, 1);
    sampler.finish();
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, sampler.next());
}

QTEST_GUILESS_MAIN(SamplerTest)
#include "tst_sampler.moc"
