// The Models page's generative classifiers: every class-conditional model of the library and the
// discriminative baseline are listed with the test accuracy their files record; the confusion
// heatmap holds the recorded counts of all test digits, follows a real click or key press, and
// names a cell's count when pointed at; a damaged baseline gives a message, not a crash.
#include "core/io/classifier_file.h"
#include "models_page_driver.h"
#include "tests/common/shipped_ids.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/models/classifier_panel.h"
#include "ui/pages/models/classifier_results.h"
#include "ui/pages/models/confusion_heatmap.h"
#include "ui/pages/models/models_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <memory>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

// MNIST's test set: every confusion matrix counts each of its digits once.
constexpr std::uint64_t kTestDigits = 10'000;
// Accuracies are shown as percentages with two decimals: within half a unit of the last one.
constexpr double kDisplayTolerance = 0.005 + 1e-9;

/// The metadata of a classifier as its file records it, read here without the panel.
io::Metadata metadataOf(const ModelLibrary& library, const QString& id) {
    for (const ModelEntry& e : library.entries())
        if (e.id == id)
            return e.metadata;
    QFile file(ClassifierResults::baselineResource());
    if (id != ClassifierResults::baselineResource() || !file.open(QIODevice::ReadOnly))
        return {};
    return io::parseClassifier(file.readAll().toStdString()).metadata;
}

/// "true 4, predicted 9: 23 digits", written out from the recorded count.
QString expectedCellText(int trueLabel, int predicted, std::uint64_t count) {
    const QString head = QStringLiteral("true %1, predicted %2: ").arg(trueLabel).arg(predicted);
    return head + (count == 1
                       ? QStringLiteral("1 digit")
                       : QStringLiteral("%1 digits").arg(QLocale().toString(qulonglong(count))));
}

} // namespace

class TestModelsClassifiers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsEveryClassifierWithItsAccuracy_data();
    void listsEveryClassifierWithItsAccuracy();
    void heatmapCountsEveryTestDigit_data();
    void heatmapCountsEveryTestDigit();
    void keyAndClickChooseTheHeatmap();
    void pointingAtACellNamesItsCount_data();
    void pointingAtACellNamesItsCount();
    void testNllLineReadsTheEntries();
    void damagedBaselineGivesAMessage_data();
    void damagedBaselineGivesAMessage();

private:
    /// Clicks the classifier's button as a student does, and waits for its heatmap.
    void choose(const QString& id);
    QStringList ids() const;

    ModelLibrary library_;
    std::unique_ptr<ModelsPage> page_;
    ClassifierPanel* panel_ = nullptr;
};

void TestModelsClassifiers::initTestCase() {
    openModelsPage(library_, page_);
    clickModelsTab(*page_, QStringLiteral("classifiers"));
    panel_ = page_->classifiers();
    QVERIFY(panel_);
    QVERIFY(panel_->isVisible());
}

// A damaged-baseline row replaces the panel's baseline: every test starts from the shipped one.
void TestModelsClassifiers::cleanup() {
    panel_->setBaseline(ClassifierResults::readBaseline());
}

QStringList TestModelsClassifiers::ids() const {
    QStringList ids;
    for (const ModelEntry& e : library_.entries())
        if (e.model->classConditional())
            ids << e.id;
    return ids << ClassifierResults::baselineResource();
}

void TestModelsClassifiers::choose(const QString& id) {
    QAbstractButton* button = panel_->choiceButton(id);
    QVERIFY2(button, qPrintable(id));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(12, button->height() / 2));
    QTRY_COMPARE(panel_->currentId(), id);
    QVERIFY(button->isChecked());
}

void TestModelsClassifiers::listsEveryClassifierWithItsAccuracy_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("generative");
    // The shipped class-conditional models are found by asking each model, not by id.
    const QStringList shipped =
        test::shippedIds(ModelFamily::ClassNade) + test::shippedIds(ModelFamily::NaiveBayes);
    for (const QString& id : ids())
        QTest::newRow(qPrintable(id)) << id << (id != ClassifierResults::baselineResource());
    QCOMPARE(ids().size(), shipped.size() + 1);
    for (const QString& id : shipped)
        QVERIFY2(ids().contains(id), qPrintable(id));
}

void TestModelsClassifiers::listsEveryClassifierWithItsAccuracy() {
    QFETCH(QString, id);
    QFETCH(bool, generative);
    QCOMPARE(panel_->results().size(), ids().size());
    const io::Metadata metadata = metadataOf(library_, id);
    QVERIFY2(metadata.count("test_accuracy"), qPrintable(id));
    const double recorded = std::stod(metadata.at("test_accuracy"));
    QLabel* label = panel_->accuracyLabel(id);
    QVERIFY(label && label->isVisible());
    const QString expected = QLocale().toString(100 * recorded, 'f', 2) + QStringLiteral(" %");
    QCOMPARE(label->text(), expected);
    QString shown = label->text();
    shown.chop(2);
    QVERIFY2(std::abs(shown.toDouble() - 100 * recorded) <= kDisplayTolerance, qPrintable(shown));
    QVERIFY(!panel_->problemLabel(id));
    const ClassifierResult& result = panel_->results()[int(ids().indexOf(id))];
    QCOMPARE(result.generative, generative);
    QVERIFY2(result.kind.startsWith(generative ? QStringLiteral("Generative: models p(x | y)")
                                               : QStringLiteral("Discriminative: models p(y | x)")),
             qPrintable(result.kind));
    QVERIFY(!panel_->choiceButton(id)->text().isEmpty());
}

void TestModelsClassifiers::heatmapCountsEveryTestDigit_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : ids())
        QTest::newRow(qPrintable(id)) << id;
}

// Summed from the heatmap's own cell texts, which are what pointing at a cell reads.
void TestModelsClassifiers::heatmapCountsEveryTestDigit() {
    QFETCH(QString, id);
    choose(id);
    const ConfusionHeatmap* heatmap = panel_->heatmap();
    QVERIFY(heatmap->hasConfusion());
    const auto recorded = io::testConfusion(metadataOf(library_, id));
    QVERIFY(recorded);
    std::uint64_t sum = 0;
    for (int y = 0; y < kDigitClasses; ++y)
        for (int p = 0; p < kDigitClasses; ++p) {
            const QString text = heatmap->cellText({y, p});
            const QString count =
                text.section(QStringLiteral(": "), 1).section(QLatin1Char(' '), 0, 0);
            bool ok = false;
            sum += QLocale().toULongLong(count, &ok);
            QVERIFY2(ok, qPrintable(text));
            QCOMPARE(heatmap->confusion().counts[std::size_t(y)][std::size_t(p)],
                     recorded->counts[std::size_t(y)][std::size_t(p)]);
        }
    QCOMPARE(sum, kTestDigits);
    QVERIFY2(panel_->title()->text().contains(QLocale().toString(qulonglong(kTestDigits))),
             qPrintable(panel_->title()->text()));
}

void TestModelsClassifiers::keyAndClickChooseTheHeatmap() {
    const QStringList all = ids();
    QVERIFY(all.size() >= 3);
    choose(all[0]);
    const QString firstTitle = panel_->title()->text();
    const ConfusionMatrix first = panel_->heatmap()->confusion();
    QVERIFY(firstTitle.contains(panel_->results()[0].name));
    QVERIFY(firstTitle.contains(panel_->accuracyLabel(all[0])->text()));

    // The arrow key moves to the next classifier, as in any group of radio buttons.
    page_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page_.get()));
    QAbstractButton* button = panel_->choiceButton(all[0]);
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Down);
    QTRY_COMPARE(panel_->currentId(), all[1]);
    QVERIFY(panel_->choiceButton(all[1])->isChecked());
    const QString secondTitle = panel_->title()->text();
    QVERIFY(secondTitle != firstTitle);
    QVERIFY(secondTitle.contains(panel_->results()[1].name));
    QVERIFY(secondTitle.contains(panel_->accuracyLabel(all[1])->text()));
    QVERIFY(panel_->heatmap()->confusion().counts != first.counts);

    choose(all.back());
    QVERIFY(panel_->title()->text().contains(panel_->accuracyLabel(all.back())->text()));
    QVERIFY(panel_->heatmap()->confusion().counts != first.counts);
}

void TestModelsClassifiers::pointingAtACellNamesItsCount_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("trueLabel");
    QTest::addColumn<int>("predicted");
    for (const QString& id : ids()) {
        const QString name = id.section(QLatin1Char('/'), -1);
        QTest::addRow("%s: true 4, predicted 9", qPrintable(name)) << id << 4 << 9;
        QTest::addRow("%s: true 0, predicted 0", qPrintable(name)) << id << 0 << 0;
        QTest::addRow("%s: corner, true 9, predicted 0", qPrintable(name)) << id << 9 << 0;
    }
}

void TestModelsClassifiers::pointingAtACellNamesItsCount() {
    QFETCH(QString, id);
    QFETCH(int, trueLabel);
    QFETCH(int, predicted);
    choose(id);
    ConfusionHeatmap* heatmap = panel_->heatmap();
    const auto recorded = io::testConfusion(metadataOf(library_, id));
    QVERIFY(recorded);
    const QString expected = expectedCellText(
        trueLabel, predicted, recorded->counts[std::size_t(trueLabel)][std::size_t(predicted)]);
    const QPoint centre = heatmap->cellRect({trueLabel, predicted}).center();
    QVERIFY(!centre.isNull());

    QTest::mouseMove(heatmap, centre);
    QTRY_COMPARE(heatmap->hoveredCell().trueLabel, trueLabel);
    QCOMPARE(heatmap->hoveredCell().predicted, predicted);
    QVERIFY2(panel_->readout()->text().startsWith(expected), qPrintable(panel_->readout()->text()));

    QHelpEvent help(QEvent::ToolTip, centre, heatmap->mapToGlobal(centre));
    QApplication::sendEvent(heatmap, &help);
    QTRY_COMPARE(QToolTip::text(), expected);
    QToolTip::hideText();

    // Off the grid (in the axis labels) nothing is hovered.
    QTest::mouseMove(heatmap, QPoint(2, 2));
    QTRY_VERIFY(!heatmap->hoveredCell().valid());
}

void TestModelsClassifiers::testNllLineReadsTheEntries() {
    const ModelEntry* conditional = nullptr;
    const ModelEntry* plain = nullptr;
    for (const ModelEntry& e : library_.entries())
        if (e.model->family() == ModelFamily::ClassNade)
            conditional = &e;
    QVERIFY(conditional);
    for (const ModelEntry& e : library_.entries())
        if (e.model->family() == ModelFamily::Nade &&
            e.model->ordering().name() == conditional->model->ordering().name())
            plain = &e;
    QVERIFY(plain);
    const io::TrainingLength a = io::trainingLength(conditional->metadata);
    const io::TrainingLength b = io::trainingLength(plain->metadata);
    const QString text = panel_->nllLine()->text();
    QVERIFY(panel_->nllLine()->isVisible());
    const QString nlls = QStringLiteral("p(x) test NLL: Class NADE %1 nats vs NADE %2 nats")
                             .arg(QLocale().toString(conditional->testNll, 'f', 2),
                                  QLocale().toString(plain->testNll, 'f', 2));
    QVERIFY2(text.startsWith(nlls), qPrintable(text));
    if (a.scheduledEpochs == b.scheduledEpochs && a.keptEpoch == b.keptEpoch)
        QVERIFY2(text.contains(QStringLiteral("(same %1-epoch schedule").arg(a.scheduledEpochs)),
                 qPrintable(text));
    else
        QVERIFY2(!text.contains(QStringLiteral("same")), qPrintable(text));
}

void TestModelsClassifiers::damagedBaselineGivesAMessage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said"); // part of the message in the baseline's row
    const QByteArray good = ClassifierResults::readBaseline();
    QVERIFY(good.size() > 1000);
    QTest::newRow("missing") << QByteArray() << "missing";
    QTest::newRow("not safetensors") << QByteArray("hello, world") << "";
    QTest::newRow("cut in half") << good.left(good.size() / 2) << "";
    QFile nade(QStringLiteral(":/models/nade-mnist.safetensors"));
    QVERIFY(nade.open(QIODevice::ReadOnly));
    QTest::newRow("a density model") << nade.readAll() << "not a logistic-regression file";
    // A sound file whose recorded confusion matrix is not 10 × 10.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("lr.safetensors")).toStdString();
    io::saveClassifier(path,
                       LogisticRegression(std::vector<float>(kDigitClasses * kPixels, 0.0f),
                                          std::vector<float>(kDigitClasses, 0.0f)),
                       {{"test_accuracy", "0.5"}, {"test_confusion", "[[1, 2], [3, 4]]"}});
    QFile saved(QString::fromStdString(path));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QTest::newRow("confusion of 2 rows") << saved.readAll() << "test_confusion";
}

void TestModelsClassifiers::damagedBaselineGivesAMessage() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    const ClassifierResult parsed = ClassifierResults::discriminative(bytes);
    QVERIFY2(!parsed.problem.isEmpty(), "the damaged bytes were accepted");
    QVERIFY2(parsed.problem.contains(said), qPrintable(parsed.problem));
    QVERIFY(!parsed.confusion);

    panel_->setBaseline(bytes);
    const QString id = ClassifierResults::baselineResource();
    QCOMPARE(panel_->results().size(), ids().size());
    QLabel* problem = panel_->problemLabel(id);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(parsed.problem), qPrintable(problem->text()));
    QCOMPARE(panel_->accuracyLabel(id)->text(), QStringLiteral("unreadable"));
    // The generative classifiers keep their figures.
    for (const QString& other : ids())
        if (other != id)
            QVERIFY(!panel_->problemLabel(other) &&
                    panel_->accuracyLabel(other)->text().endsWith(QStringLiteral(" %")));
    // Choosing it says why there is no matrix, instead of drawing one.
    choose(id);
    QVERIFY(!panel_->heatmap()->hasConfusion());
    QVERIFY(panel_->heatmap()->cellRect({0, 0}).isEmpty());
    QCOMPARE(panel_->title()->text(), QStringLiteral("Logistic regression: no confusion matrix"));
}

QTEST_MAIN(TestModelsClassifiers)
#include "tst_models_classifiers.moc"
