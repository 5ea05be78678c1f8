// The Sampling page's transport, driven with real clicks and keys: stepping decides pixels in
// sampling order, back restores the previous state exactly, the scrubber equals stepping, a seed
// always draws the same digit (the one Sampler::draw and the command-line tool draw), greedy
// sampling ignores the seed, and playing at any speed ends on that same digit.
#include "tst_sampling_driver.h"

#include <QLabel>
#include <QSignalSpy>

using namespace pixelchain;
using pixelchain::test::SamplingPageDriver;

class TestSamplingStepping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void stepDecidesInOrder_data();
    void stepDecidesInOrder();
    void backRestoresExactly_data();
    void backRestoresExactly();
    void scrubberEqualsSteps_data();
    void scrubberEqualsSteps();
    void seedDrawsSameDigit_data();
    void seedDrawsSameDigit();
    void greedyIgnoresSeed_data();
    void greedyIgnoresSeed();
    void playEndsOnSameDigit_data();
    void playEndsOnSameDigit();
};

void TestSamplingStepping::stepDecidesInOrder_data() {
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("ten steps, seed 1") << 1 << 10;
    QTest::newRow("ten steps, seed 7") << 7 << 10;
    QTest::newRow("one step") << 3 << 1;
    QTest::newRow("thirty steps, into row two") << 42 << 30;
}

void TestSamplingStepping::stepDecidesInOrder() {
    QFETCH(int, seed);
    QFETCH(int, steps);
    SamplingPageDriver d;
    d.setSeed(seed);
    d.clickTimes("stepForwardButton", steps);

    QCOMPARE(d.controller().step(), steps);
    const Ordering& ordering = d.model()->ordering();
    const auto& history = d.sampler().history();
    for (int j = 0; j < steps; ++j)
        QCOMPARE(history[std::size_t(j)].pixel, ordering.pixel(j));
    const Sampler expected = d.reference(seed, 1.0, steps);
    QVERIFY(test::sameHistory(history, expected.history()));
    QCOMPARE(d.sampler().image(), expected.image());
    QCOMPARE(d.find<QSlider>("scrubber")->value(), steps);
    QCOMPARE(d.find<QLabel>("positionLabel")->text(), QStringLiteral("%1 / 784").arg(steps));
}

void TestSamplingStepping::backRestoresExactly_data() {
    QTest::addColumn<int>("forward");
    QTest::addColumn<int>("back");
    QTest::newRow("ten forward, one back") << 10 << 1;
    QTest::newRow("ten forward, ten back") << 10 << 10;
    QTest::newRow("one forward, one back") << 1 << 1;
    QTest::newRow("back at the start does nothing") << 0 << 0;
    QTest::newRow("a whole digit, three back") << 784 << 3;
}

void TestSamplingStepping::backRestoresExactly() {
    QFETCH(int, forward);
    QFETCH(int, back);
    SamplingPageDriver d;
    d.setSeed(11);
    d.clickTimes("stepForwardButton", forward - back);
    // The state after forward − back steps, to compare with after going there and back.
    const BinaryImage image = d.sampler().image();
    const std::vector<SampleStep> history = d.sampler().history();
    const double logProb = d.sampler().logProb();
    d.clickTimes("stepForwardButton", back);
    QCOMPARE(d.controller().step(), forward);
    d.clickTimes("stepBackButton", back);

    QCOMPARE(d.controller().step(), forward - back);
    QCOMPARE(d.sampler().image(), image);
    QVERIFY(test::sameHistory(d.sampler().history(), history));
    QCOMPARE(d.sampler().logProb(), logProb);
    const Sampler expected = d.reference(11, 1.0, forward - back);
    QCOMPARE(d.sampler().image(), expected.image());
    QVERIFY(test::sameHistory(d.sampler().history(), expected.history()));
    QCOMPARE(d.sampler().logProb(), expected.logProb());
}

void TestSamplingStepping::scrubberEqualsSteps_data() {
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("decided");
    QTest::newRow("page up: one row") << QList<int>{Qt::Key_PageUp} << 28;
    QTest::newRow("three rows") << QList<int>{Qt::Key_PageUp, Qt::Key_PageUp, Qt::Key_PageUp} << 84;
    QTest::newRow("five single pixels")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Right}
        << 5;
    QTest::newRow("end: the whole digit") << QList<int>{Qt::Key_End} << 784;
    QTest::newRow("end, then a row back") << QList<int>{Qt::Key_End, Qt::Key_PageDown} << 756;
    QTest::newRow("end, then home") << QList<int>{Qt::Key_End, Qt::Key_Home} << 0;
    QTest::newRow("home at the start stays at 0") << QList<int>{Qt::Key_Home} << 0;
}

void TestSamplingStepping::scrubberEqualsSteps() {
    QFETCH(QList<int>, keys);
    QFETCH(int, decided);
    SamplingPageDriver d;
    d.setSeed(5);
    auto* scrubber = d.find<QSlider>("scrubber");
    scrubber->setFocus();
    for (const int key : keys)
        QTest::keyClick(scrubber, Qt::Key(key));

    QCOMPARE(scrubber->value(), decided);
    const Sampler expected = d.reference(5, 1.0, decided);
    QCOMPARE(d.controller().step(), decided);
    QCOMPARE(d.sampler().image(), expected.image());
    QVERIFY(test::sameHistory(d.sampler().history(), expected.history()));
    QCOMPARE(d.sampler().logProb(), expected.logProb());
}

void TestSamplingStepping::seedDrawsSameDigit_data() {
    QTest::addColumn<int>("seed");
    QTest::newRow("seed 0") << 0;
    QTest::newRow("seed 1 (the first)") << 1;
    QTest::newRow("seed 2") << 2;
    QTest::newRow("seed 12345") << 12345;
    QTest::newRow("largest seed the box takes") << 2147483647;
}

void TestSamplingStepping::seedDrawsSameDigit() {
    QFETCH(int, seed);
    SamplingPageDriver d;
    d.setSeed(seed);
    d.click("finishButton");
    const BinaryImage first = d.sampler().image();
    // Another seed in between, then the same seed again: the same digit.
    d.setSeed(seed == 0 ? 1 : 0);
    d.click("finishButton");
    d.setSeed(seed);
    d.click("finishButton");

    QCOMPARE(d.controller().seed(), std::uint64_t(seed));
    QCOMPARE(d.sampler().image(), first);
    QCOMPARE(first, Sampler::draw(d.model(), std::uint64_t(seed), 1.0));
}

void TestSamplingStepping::greedyIgnoresSeed_data() {
    QTest::addColumn<int>("seedA");
    QTest::addColumn<int>("seedB");
    QTest::newRow("seeds 1 and 2") << 1 << 2;
    QTest::newRow("seeds 3 and 99") << 3 << 99;
    QTest::newRow("seeds 0 and the largest") << 0 << 2147483647;
}

void TestSamplingStepping::greedyIgnoresSeed() {
    QFETCH(int, seedA);
    QFETCH(int, seedB);
    SamplingPageDriver d;
    d.setTemperature(0);
    QCOMPARE(d.controller().temperature(), 0.0);
    d.setSeed(seedA);
    d.click("finishButton");
    const BinaryImage a = d.sampler().image();
    d.setSeed(seedB);
    d.click("finishButton");

    QCOMPARE(d.sampler().image(), a);
    QCOMPARE(a, Sampler::draw(d.model(), std::uint64_t(seedA), 0.0));
    for (const SampleStep& s : d.sampler().history())
        QCOMPARE(s.value, s.probability > 0.5);
}

void TestSamplingStepping::playEndsOnSameDigit_data() {
    QTest::addColumn<int>("speedRow");
    QTest::addColumn<int>("seed");
    QTest::newRow("instant") << 6 << 21;
    QTest::newRow("a row at a time") << 5 << 22;
    QTest::newRow("240 pixels a second") << 4 << 23;
}

void TestSamplingStepping::playEndsOnSameDigit() {
    QFETCH(int, speedRow);
    QFETCH(int, seed);
    SamplingPageDriver d;
    d.setSeed(seed);
    d.chooseRow("speedCombo", speedRow);
    QSignalSpy playing(&d.controller(), &ui::SamplingController::playingChanged);
    QVERIFY(d.click("playButton"));
    QVERIFY(d.controller().isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(d.controller().step(), kPixels, 20000);
    QTRY_VERIFY(!d.controller().isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(d.sampler().image(), Sampler::draw(d.model(), std::uint64_t(seed), 1.0));
    qInfo("last tick (sampling and page update): %lld µs",
          static_cast<long long>(d.controller().lastTickMicroseconds()));
}

QTEST_MAIN(TestSamplingStepping)
#include "tst_sampling_stepping.moc"
