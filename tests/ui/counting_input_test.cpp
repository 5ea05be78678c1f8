// Values core would refuse show a clear message next to the controls and leave the last good
// result on screen; fixing the value clears the message and counts again.
#include "counting_page_driver.h"

using namespace pixelchain;
using namespace pixelchain::test;

class CountingInputTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void refusedInput_data();
    void refusedInput();
    void ignoredKeys_data();
    void ignoredKeys();
};

void CountingInputTest::refusedInput_data() {
    QTest::addColumn<QString>("spin");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");

    QTest::newRow("Markov order m = n") << "markovOrderSpin"
                                        << "784"
                                        << "m = 784";
    QTest::newRow("Markov order m > n") << "markovOrderSpin"
                                        << "5000"
                                        << "smaller than n = 784";
    QTest::newRow("image too large") << "widthSpin"
                                     << "5000"
                                     << "at most";
    QTest::newRow("largest image") << "heightSpin"
                                   << "100000"
                                   << "at most";
}

void CountingInputTest::refusedInput() {
    QFETCH(QString, spin);
    QFETCH(QString, text);
    QFETCH(QString, says);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    if (spin != QLatin1String("markovOrderSpin"))
        QVERIFY(driver.chooseCustom(28, 28, 1, 2));
    QVERIFY(driver.waitForQuery(784, 2));
    const QString before = driver.exactCount(Factorization::Full);
    QVERIFY(driver.message().isEmpty());

    QVERIFY(driver.type(qPrintable(spin), text));
    QVERIFY2(driver.message().contains(says), qPrintable(driver.message()));
    QVERIFY(driver.quiet());
    QCOMPARE(driver.page().shown()->query.variables, 784u);
    QCOMPARE(driver.exactCount(Factorization::Full), before);
    QCOMPARE(ui::math::ungroupDigits(driver.shownCount(Factorization::Independent)),
             QStringLiteral("784"));

    // A good value again: the message goes and the page counts the new query.
    const bool order = spin == QLatin1String("markovOrderSpin");
    QVERIFY(driver.type(qPrintable(spin), order ? QStringLiteral("3") : QStringLiteral("10")));
    QVERIFY(driver.message().isEmpty());
    QVERIFY(order ? driver.waitForQuery(784, 2, 3) : driver.waitForQuery(280, 2));
}

void CountingInputTest::ignoredKeys_data() {
    QTest::addColumn<QString>("spin");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");

    QTest::newRow("letters") << "widthSpin"
                             << "abc" << 28;
    QTest::newRow("minus sign") << "widthSpin"
                                << "-5" << 5;
    QTest::newRow("zero hidden units") << "hiddenSpin"
                                       << "0" << 500;
    QTest::newRow("one state") << "levelsSpin"
                               << "1" << 2;
}

// Keys a spin box cannot accept never reach core: the value stays valid and no message shows.
void CountingInputTest::ignoredKeys() {
    QFETCH(QString, spin);
    QFETCH(QString, text);
    QFETCH(int, value);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.chooseCustom(28, 28, 1, 2));
    QVERIFY(driver.waitForQuery(784, 2));
    QVERIFY(driver.type(qPrintable(spin), text));
    auto* box = driver.find<QAbstractSpinBox>(qPrintable(spin));
    QCOMPARE(box->property("value").toDouble(), double(value));
    QVERIFY(driver.message().isEmpty());
}

QTEST_MAIN(CountingInputTest)
#include "counting_input_test.moc"
