// "Draw me a 7" on the Sampling page, driven with real clicks and keys: the digit row appears when
// the class-conditional NADE is picked in the page's own model picker and hides for a model
// without labels; choosing a digit restarts the sample from p(x | y), bit for bit the digit core's
// Sampler::draw gives for that seed and label; the first pixel's probability on screen is the
// label's own conditional (tolerance 1e-9) and the formulas say "y = 7"; the 64-sample gallery
// draws the chosen digit; and completion given a label keeps the given pixels.
#include "core/models/class_conditional.h"
#include "core/models/model_registry.h"
#include "tst_sampling_driver.h"
#include "ui/adapters/model_picker.h"
#include "ui/pages/sampling/coin_flip_bar.h"
#include "ui/pages/sampling/completion_panel.h"
#include "ui/pages/sampling/label_picker.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/widgets/formula_view.h"
#include "ui/widgets/pixel_grid.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QToolButton>
#include <cmath>

using namespace pixelchain;
using pixelchain::test::centreOf;
using pixelchain::test::drawSeven;
using pixelchain::test::SamplingPageDriver;

namespace {

constexpr int kWaitMs = 15000;
// The shown probability is the sampler's double, not its printed digits.
constexpr double kProbabilityTolerance = 1e-9;

QString idOf(ModelFamily family) {
    const auto shipped = ModelRegistry::ofFamily(family);
    return shipped.empty() ? QString() : QString::fromStdString(std::string(shipped.front()->id));
}

/// Picks the model `id` in the page's model picker with the keyboard: F4 opens the list, the
/// arrows move in it and Return picks, so no other model is picked on the way. False when the
/// model is not listed or did not become current.
bool pickModel(SamplingPageDriver& d, const QString& id) {
    auto* picker = d.find<ui::ModelPicker>("modelPicker");
    int row = 0;
    while (row < picker->count() && picker->idAt(row) != id)
        ++row;
    if (row == picker->count())
        return false;
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_F4);
    QAbstractItemView* list = picker->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }))
        return false;
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    return picker->idAt(picker->currentIndex()) == id && d.model() == d.controller().model();
}

ui::LabelPicker* labelPicker(SamplingPageDriver& d) {
    return d.find<ui::LabelPicker>("labelPicker");
}

} // namespace

class TestSamplingLabel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void digitRowFollowsTheModel_data();
    void digitRowFollowsTheModel();
    void chosenDigitDrawsWhatCoreDraws_data();
    void chosenDigitDrawsWhatCoreDraws();
    void galleryDrawsTheChosenDigit();
    void completionGivenALabelKeepsThePrefix_data();
    void completionGivenALabelKeepsThePrefix();

private:
    QString classNade_;
};

void TestSamplingLabel::initTestCase() {
    QLocale::setDefault(QLocale::c());
    classNade_ = idOf(ModelFamily::ClassNade);
    QVERIFY(!classNade_.isEmpty());
}

void TestSamplingLabel::digitRowFollowsTheModel_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("labelled");
    QTest::newRow("class NADE keeps it") << classNade_ << true;
    QTest::newRow("naive Bayes keeps it") << idOf(ModelFamily::NaiveBayes) << true;
    QTest::newRow("NADE hides it") << QString::fromUtf8(ModelRegistry::kDefaultId.data(),
                                                        qsizetype(ModelRegistry::kDefaultId.size()))
                                   << false;
    QTest::newRow("independent pixels hide it") << idOf(ModelFamily::Independent) << false;
    QTest::newRow("Markov hides it") << idOf(ModelFamily::Markov) << false;
}

void TestSamplingLabel::digitRowFollowsTheModel() {
    QFETCH(QString, model);
    QFETCH(bool, labelled);
    SamplingPageDriver d;
    ui::LabelPicker* picker = labelPicker(d);
    // The app starts with the NADE of p(x): no labels, no digit row.
    QVERIFY(!d.model()->classConditional());
    QVERIFY(!picker->isVisible());

    QVERIFY(pickModel(d, classNade_));
    QVERIFY(picker->isVisible());
    QCOMPARE(picker->classes(), kDigitClasses);
    QVERIFY(picker->button(ui::LabelPicker::kAny)->isChecked());
    QTest::mouseClick(picker->button(7), Qt::LeftButton);
    QCOMPARE(d.controller().label(), 7);

    QVERIFY(pickModel(d, model));
    QCOMPARE(picker->isVisible(), labelled);
    QCOMPARE(picker->button(7)->isVisible(), labelled);
    // A model that knows the digit keeps drawing it; any other samples p(x) and says nothing of y.
    QCOMPARE(d.controller().label(), labelled ? 7 : -1);
    QCOMPARE(d.sampler().label(), d.controller().label());
    QCOMPARE(picker->button(d.controller().label())->isChecked(), true);
    const QString formula = d.find<ui::FormulaView>("formulaView")->formula();
    QCOMPARE(formula.contains(QStringLiteral("y = 7")), labelled);
}

void TestSamplingLabel::chosenDigitDrawsWhatCoreDraws_data() {
    QTest::addColumn<QString>("how"); // click, digit key or arrow keys
    QTest::addColumn<int>("label");
    QTest::addColumn<int>("seed");
    QTest::newRow("click 7") << "click" << 7 << 5;
    QTest::newRow("key 7 after Alt+D") << "digit key" << 7 << 12;
    QTest::newRow("→ from any to 7") << "arrow keys" << 7 << 3;
    QTest::newRow("click 0") << "click" << 0 << 1;
    QTest::newRow("key 9") << "digit key" << 9 << 40;
}

void TestSamplingLabel::chosenDigitDrawsWhatCoreDraws() {
    QFETCH(QString, how);
    QFETCH(int, label);
    QFETCH(int, seed);
    SamplingPageDriver d;
    QVERIFY(pickModel(d, classNade_));
    d.setSeed(static_cast<std::uint64_t>(seed));
    d.clickTimes("stepForwardButton", 20);
    QCOMPARE(d.controller().step(), 20);
    ui::LabelPicker* picker = labelPicker(d);

    if (how == QLatin1String("click")) {
        QTest::mouseClick(picker->button(label), Qt::LeftButton);
    } else {
        // Alt+D, the row's mnemonic, focuses the chosen button ("any").
        // The closed list of the model picker may still count as the active window.
        d.page().activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &d.page());
        QTest::keyClick(&d.page(), Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), picker->button(ui::LabelPicker::kAny));
        if (how == QLatin1String("digit key")) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + label));
        } else {
            for (int i = 0; i <= label; ++i) // any → 0 → … → label
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        }
        QCOMPARE(QApplication::focusWidget(), picker->button(label));
    }
    QCOMPARE(picker->label(), label);
    QVERIFY(picker->button(label)->isChecked());
    QCOMPARE(d.controller().label(), label);
    // The digit starts again from its first pixel and is drawn pixel by pixel.
    QCOMPARE(d.controller().step(), 0);
    QVERIFY(d.controller().isPlaying());

    // The first pixel's probability is p(x₁ = 1 | y), the label's own conditional.
    const ClassConditional* classes = d.model()->classConditional();
    QVERIFY(classes);
    const double expected = sigmoid(classes->stepperGiven(label)->nextLogit());
    const double shown = d.find<ui::CoinFlipBar>("decisionBar")->probability();
    QVERIFY2(
        std::abs(shown - expected) <= kProbabilityTolerance,
        qPrintable(QStringLiteral("%1 vs %2").arg(shown, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    const QString given = QStringLiteral("y = %1").arg(label);
    QVERIFY2(d.find<QLabel>("decisionProbability")->text().contains(given),
             qPrintable(d.find<QLabel>("decisionProbability")->text()));
    const auto* formula = d.find<ui::FormulaView>("formulaView");
    QVERIFY2(formula->formula().contains(
                 QStringLiteral("p(x<sub>i</sub> | x<sub>&lt;i</sub>, %1)").arg(given)),
             qPrintable(formula->formula()));
    QVERIFY2(formula->numbers().contains(QStringLiteral("p(x<sub>1</sub> = 1 | %1)").arg(given)),
             qPrintable(formula->numbers()));

    QVERIFY(d.click("finishButton"));
    const BinaryImage digit = d.sampler().image();
    QCOMPARE(digit, Sampler::draw(d.model(), std::uint64_t(seed), 1.0, label));
    // Not the digit p(x) draws with the same seed: the label was really given.
    QVERIFY(!(digit == Sampler::draw(d.model(), std::uint64_t(seed), 1.0, -1)));
    QVERIFY2(formula->numbers().contains(QStringLiteral("A<sub>784,%1</sub>").arg(label)),
             qPrintable(formula->numbers()));
    // The sum of the log conditionals is log p(x | y), and says so.
    const QString logProb = d.find<QLabel>("decisionLogProb")->text();
    QVERIFY2(logProb.contains(QStringLiteral("log p(x | %1) = ").arg(given)), qPrintable(logProb));
}

void TestSamplingLabel::galleryDrawsTheChosenDigit() {
    SamplingPageDriver d;
    QVERIFY(pickModel(d, classNade_));
    d.setSeed(100);
    QTest::mouseClick(labelPicker(d)->button(7), Qt::LeftButton);
    d.openTab(1);
    auto* gallery = d.find<ui::SampleGallery>("sampleGallery");
    QVERIFY(d.click("galleryRegenerate"));
    QTRY_VERIFY_WITH_TIMEOUT(gallery->firstSeed() == 100 && gallery->label() == 7 &&
                                 gallery->thumbnails()->count() == ui::SampleGallery::kSamples,
                             kWaitMs);
    for (const int i : {0, 9, 63})
        QCOMPARE(gallery->thumbnails()->imageAt(i),
                 Sampler::draw(d.model(), std::uint64_t(100 + i), 1.0, 7));
    const QString caption = d.find<QLabel>("galleryCaption")->text();
    QVERIFY2(caption.contains(QStringLiteral("p(x | y = 7)")), qPrintable(caption));
}

void TestSamplingLabel::completionGivenALabelKeepsThePrefix_data() {
    QTest::addColumn<int>("sourceRow"); // 0: a drawing (a 7), 1: the current sample, 2: test digit
    QTest::addColumn<int>("given");
    QTest::newRow("drawn 7, top half, finished as a 3") << 0 << 392;
    QTest::newRow("drawn 7, ten rows") << 0 << 280;
    QTest::newRow("sampled 3, a third") << 1 << 261;
    QTest::newRow("nothing given: a plain 3") << 1 << 0;
    QTest::newRow("first test digit, top half") << 2 << 392;
}

void TestSamplingLabel::completionGivenALabelKeepsThePrefix() {
    QFETCH(int, sourceRow);
    QFETCH(int, given);
    constexpr int kLabel = 3;
    constexpr std::uint64_t kSeed = 31;
    SamplingPageDriver d;
    QVERIFY(pickModel(d, classNade_));
    d.setSeed(kSeed);
    QTest::mouseClick(labelPicker(d)->button(kLabel), Qt::LeftButton);
    QVERIFY(d.click("finishButton"));
    d.openTab(2);
    auto* panel = d.find<ui::CompletionPanel>("completionPanel");
    if (d.find<QComboBox>("completionSource")->count() <= sourceRow)
        QSKIP("this build ships no gallery of test digits");
    d.chooseRow("completionSource", sourceRow);
    if (sourceRow == 0)
        drawSeven(d.find<ui::PixelGrid>("completionPad"));
    QVERIFY(given == 0 || panel->drawing().count() > 20);
    const BinaryImage start = panel->drawing();
    d.type("completionGiven", QString::number(given));
    QTRY_VERIFY_WITH_TIMEOUT(panel->upToDate() && panel->shownPrefix() == given, kWaitMs);
    QVERIFY(d.find<QLabel>("completionWays")->text().contains(QStringLiteral("as a 3")));

    // Every completion keeps the given pixels; the first is core's, given the prefix and the label.
    const Ordering& ordering = d.model()->ordering();
    ui::ThumbnailGrid* completions = panel->completions();
    QCOMPARE(completions->count(), ui::CompletionPanel::kCompletions);
    for (int i = 0; i < completions->count(); ++i)
        QVERIFY(test::sharesPrefix(completions->imageAt(i), start, ordering, given));
    Sampler reference(d.model(), kSeed, 1.0);
    reference.setLabel(kLabel);
    reference.setPrefix(start, given);
    reference.finish();
    QCOMPARE(completions->imageAt(0), reference.image());

    // On the big canvas: the prefix is given, the rest drawn given the label.
    QVERIFY(d.click("watchCompletionButton"));
    QCOMPARE(d.controller().step(), given);
    QCOMPARE(d.controller().label(), kLabel);
    QVERIFY(d.click("finishButton"));
    QVERIFY(test::sharesPrefix(d.sampler().image(), start, ordering, given));
    QCOMPARE(d.sampler().image(), reference.image());
    for (int j = 0; j < given; ++j)
        QVERIFY(d.sampler().history()[std::size_t(j)].given);
}

QTEST_MAIN(TestSamplingLabel)
#include "tst_sampling_label.moc"
