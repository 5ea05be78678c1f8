// Choosing a preset with the keyboard (and typing a die's faces or a custom image's size) puts the
// exact counts of every factorization in the table and every digit in the exact-count view.
#include "counting_page_driver.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

using namespace pixelchain;
using namespace pixelchain::test;

class CountingPresetsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void presetCounts_data();
    void presetCounts();
    void exactDigitsAreCopied();
    void rgbPixelNote();
};

void CountingPresetsTest::presetCounts_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<QStringList>("typed"); // spin box name, text, spin box name, text, …
    QTest::addColumn<quint64>("variables");
    QTest::addColumn<quint64>("states");
    QTest::addColumn<int>("fullDigits");
    QTest::addColumn<QString>("fullStart");
    QTest::addColumn<QString>("independent");
    QTest::addColumn<QString>("markov");

    QTest::newRow("coin") << int(Coin) << QStringList{} << 1ull << 2ull << 1 << "1"
                          << "1"
                          << "1";
    QTest::newRow("die, 6 faces") << int(Die) << QStringList{} << 1ull << 6ull << 1 << "5"
                                  << "5"
                                  << "5";
    QTest::newRow("die, 20 faces typed")
        << int(Die) << QStringList{"facesSpin", "20"} << 1ull << 20ull << 2 << "19"
        << "19"
        << "19";
    QTest::newRow("one RGB pixel: 256^3 - 1, not 255^3")
        << int(RgbPixel) << QStringList{} << 1ull << 16777216ull << 8 << "16777215"
        << "16777215"
        << "16777215";
    QTest::newRow("28x28 binary") << int(BinaryImage) << QStringList{} << 784ull << 2ull << 237
                                  << "101745825697"
                                  << "784"
                                  << "1567";
    QTest::newRow("28x28 grayscale")
        << int(GrayImage) << QStringList{} << 784ull << 256ull << 1889 << "11485047"
        << "199920"
        << "51114495";
    QTest::newRow("custom 3x2 binary")
        << int(Custom) << QStringList{"widthSpin", "3", "heightSpin", "2", "levelsSpin", "2"}
        << 6ull << 2ull << 2 << "63"
        << "6"
        << "11";
    QTest::newRow("custom 4x4, 3 channels, 4 levels")
        << int(Custom)
        << QStringList{"widthSpin", "4", "heightSpin", "4", "channelsSpin", "3", "levelsSpin", "4"}
        << 48ull << 4ull << 29 << "79228162514"
        << "144"
        << "567";
}

void CountingPresetsTest::presetCounts() {
    QFETCH(int, preset);
    QFETCH(QStringList, typed);
    QFETCH(quint64, variables);
    QFETCH(quint64, states);
    QFETCH(int, fullDigits);
    QFETCH(QString, fullStart);
    QFETCH(QString, independent);
    QFETCH(QString, markov);

    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    QVERIFY(driver.choosePreset(static_cast<PresetRow>(preset)));
    for (qsizetype i = 0; i + 1 < typed.size(); i += 2)
        QVERIFY2(driver.type(qPrintable(typed[i]), typed[i + 1]), qPrintable(typed[i]));
    QVERIFY(driver.waitForQuery(variables, states));

    const QString full = driver.exactCount(Factorization::Full);
    QCOMPARE(full.size(), fullDigits);
    QVERIFY2(full.startsWith(fullStart), qPrintable(full.left(20)));
    QCOMPARE(driver.exactCount(Factorization::ChainRule), full);
    QCOMPARE(driver.exactCount(Factorization::Independent), independent);
    QCOMPARE(driver.exactCount(Factorization::Markov), markov);
    // The cell shows the digits themselves when short, the leading digits when long.
    const QString cell = ui::math::ungroupDigits(driver.shownCount(Factorization::Full));
    if (fullDigits <= 21)
        QCOMPARE(cell, full);
    else
        QVERIFY2(cell.startsWith(full.left(6)) && cell.contains(QString::number(fullDigits)),
                 qPrintable(cell));
    QCOMPARE(ui::math::ungroupDigits(driver.shownCount(Factorization::Markov)), markov);
}

void CountingPresetsTest::exactDigitsAreCopied() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.waitForQuery(784, 2));
    QVERIFY(driver.clickRow(Factorization::Full));
    auto* text = driver.find<QPlainTextEdit>("exactCountText");
    QCOMPARE(text->toPlainText(), driver.exactCount(Factorization::Full));
    QCOMPARE(text->toPlainText().size(), 237);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(driver.find<QPushButton>("copyExactButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), driver.exactCount(Factorization::Full));

    // Ctrl+C on the table copies the chosen row's digits too, without the thin spaces.
    QVERIFY(driver.clickRow(Factorization::Nade));
    QTest::keyClick(driver.find<ui::CountTable>("countTable"), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("785284"));
    QCOMPARE(text->toPlainText(), QStringLiteral("785284"));
}

void CountingPresetsTest::rgbPixelNote() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* note = driver.find<QLabel>("presetNote");
    QVERIFY(!note->isVisible());
    QVERIFY(driver.choosePreset(RgbPixel));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("255 × 255 × 255")));
    QVERIFY(ui::math::ungroupDigits(note->text()).contains(QStringLiteral("16777215")));
    QVERIFY(driver.choosePreset(Coin));
    QVERIFY(!note->isVisible());
}

QTEST_MAIN(CountingPresetsTest)
#include "counting_presets_test.moc"
