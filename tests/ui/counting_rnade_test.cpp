// The RNADE preset, picked and changed with the keyboard: its count (3K + 1)HD + H + 3KD with the
// numbers written in, beside the chain rule over 256 grey levels with every digit, all equal to
// core's (grey_count.h); the defaults are the shipped RNADE's; other presets hide it.
#include "core/counting/grey_count.h"
#include "counting_page_driver.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/pages/counting/exact_count_view.h"
#include "ui/pages/counting/rnade_count_view.h"

#include <QSpinBox>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

QString coreDigits(const counting::ParameterCount& count) {
    return QString::fromStdString(count.exact->str());
}

} // namespace

class CountingRnadeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void defaultsAreTheShippedRnade();
    void pickingThePresetShowsBothCounts();
    void keyboardChangesTheCount_data();
    void keyboardChangesTheCount();
    void otherPresetsHideIt();
};

// The preset starts at the H and K of the RNADE the app ships, and counts what its file holds.
void CountingRnadeTest::defaultsAreTheShippedRnade() {
    ui::GreyModelLibrary library;
    QVERIFY(library.loadBuiltIn() >= 1);
    const ui::GreyModelEntry* rnade = library.current();
    QVERIFY(rnade && rnade->model->family() == ModelFamily::Rnade);
    const counting::RnadeQuery preset;
    QCOMPARE(std::uint64_t(rnade->model->hiddenLayer().units), preset.hidden);
    QCOMPARE(std::uint64_t(rnade->model->continuous()->components()), preset.components);
    QCOMPARE(coreDigits(counting::rnadeCount(preset)),
             QString::number(rnade->model->parameterCount()));
}

void CountingRnadeTest::pickingThePresetShowsBothCounts() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    auto* view = driver.find<ui::RnadeCountView>("rnadeCountView");
    QVERIFY(!view->isVisible());
    QVERIFY(driver.choosePreset(Rnade));
    QVERIFY(driver.waitForQuery(784, 256));
    QCOMPARE(driver.page().presetName(), QStringLiteral("rnade"));
    QVERIFY(view->isVisible());
    QVERIFY(driver.find<QSpinBox>("componentsSpin")->isVisible());
    QVERIFY(driver.find<QSpinBox>("rnadeHiddenSpin")->isVisible());

    // RNADE: the formula with D, H and K written in, ending in core's count.
    const counting::RnadeQuery shipped;
    const QString rnade = coreDigits(counting::rnadeCount(shipped));
    const QString numbers = ui::math::ungroupDigits(view->rnade()->numbers());
    QVERIFY2(numbers.contains(QStringLiteral("(3 · 8 + 1) · 400 · 784 + 400 + 3 · 8 · 784")),
             qPrintable(numbers));
    QVERIFY2(numbers.endsWith(QStringLiteral("<b>%1</b>").arg(rnade)), qPrintable(numbers));

    // The chain rule over 256 levels: every digit, and how many, as core counts them; the same
    // number as the table's chain-rule row.
    const counting::ParameterCount table = counting::greyChainRuleCount(784);
    QCOMPARE(view->exact()->digits(), coreDigits(table));
    QCOMPARE(view->exact()->digits(), driver.exactCount(Factorization::ChainRule));
    const QString heading = view->exact()->findChild<QLabel*>("exactCountHeading")->text();
    QVERIFY2(ui::math::ungroupDigits(heading).contains(QStringLiteral("(1889 digits)")),
             qPrintable(heading));
    QVERIFY2(view->chainRule()->numbers().contains(QStringLiteral("256<sup>784</sup> − 1")),
             qPrintable(view->chainRule()->numbers()));
    QVERIFY2(view->ratio()->text().contains(QStringLiteral("10¹⁸⁸¹")),
             qPrintable(view->ratio()->text()));
}

void CountingRnadeTest::keyboardChangesTheCount_data() {
    QTest::addColumn<QString>("spin");
    QTest::addColumn<QString>("typed"); // empty: one press of the Up arrow
    QTest::addColumn<quint64>("hidden");
    QTest::addColumn<quint64>("components");
    QTest::newRow("K up by the arrow key") << "componentsSpin"
                                           << "" << 400ull << 9ull;
    QTest::newRow("K typed: 1") << "componentsSpin"
                                << "1" << 400ull << 1ull;
    QTest::newRow("K typed: 64, the most") << "componentsSpin"
                                           << "64" << 400ull << 64ull;
    QTest::newRow("H typed: 500") << "rnadeHiddenSpin"
                                  << "500" << 500ull << 8ull;
}

void CountingRnadeTest::keyboardChangesTheCount() {
    QFETCH(QString, spin);
    QFETCH(QString, typed);
    QFETCH(quint64, hidden);
    QFETCH(quint64, components);
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.choosePreset(Rnade));
    QVERIFY(driver.waitForQuery(784, 256));
    auto* view = driver.find<ui::RnadeCountView>("rnadeCountView");
    if (typed.isEmpty()) {
        auto* box = driver.find<QSpinBox>(qPrintable(spin));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Up);
    } else {
        QVERIFY(driver.type(qPrintable(spin), typed));
    }
    const counting::RnadeQuery expected{784, hidden, components};
    const QString numbers = ui::math::ungroupDigits(view->rnade()->numbers());
    QVERIFY2(
        numbers.contains(QStringLiteral("(3 · %1 + 1) · %2 · 784").arg(components).arg(hidden)),
        qPrintable(numbers));
    QVERIFY2(numbers.endsWith(
                 QStringLiteral("<b>%1</b>").arg(coreDigits(counting::rnadeCount(expected)))),
             qPrintable(numbers));
    QVERIFY2(
        ui::math::ungroupDigits(view->rnade()->heading())
            .contains(QStringLiteral("H = %1 hidden units, K = %2").arg(hidden).arg(components)),
        qPrintable(view->rnade()->heading()));
    // The chain rule does not depend on H or K.
    QCOMPARE(view->exact()->digits(), coreDigits(counting::greyChainRuleCount(784)));
}

void CountingRnadeTest::otherPresetsHideIt() {
    CountingPageDriver driver;
    QVERIFY(QTest::qWaitForWindowExposed(&driver.page()));
    QVERIFY(driver.choosePreset(Rnade));
    QVERIFY(driver.find<ui::RnadeCountView>("rnadeCountView")->isVisible());
    QVERIFY(driver.choosePreset(GrayImage));
    QVERIFY(driver.waitForQuery(784, 256));
    QVERIFY(!driver.find<ui::RnadeCountView>("rnadeCountView")->isVisible());
    // The RNADE tab goes with its preset, and the table it covered is back.
    QVERIFY(driver.find<ui::CountTable>("countTable")->isVisible());
    QVERIFY(!driver.find<QSpinBox>("componentsSpin")->isVisible());
    QVERIFY(!driver.find<QSpinBox>("rnadeHiddenSpin")->isVisible());
}

QTEST_MAIN(CountingRnadeTest)
#include "counting_rnade_test.moc"
