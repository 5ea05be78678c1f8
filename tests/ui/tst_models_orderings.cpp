// The ordering explorer on the Models page: one column per shipped NADE, each showing the same
// digit's exact log p(x) under its ordering — equal to the model's own evaluate() and to the sum
// of the log conditionals core's stepper gives, pixel by pixel — beside the test NLL its file
// states. Driven by real clicks and key presses.
#include "core/sampling/sampler.h"
#include "models_page_driver.h"
#include "tests/common/shipped_ids.h"
#include "tests/common/test_images.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/models/ordering_column.h"
#include "ui/pages/models/ordering_explorer.h"
#include "ui/widgets/pixel_grid.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <cmath>
#include <memory>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

// log p is one double sum either way; only the order of additions may differ.
constexpr double kRelativeTolerance = 1e-9;
// The surprises are stored as float: each carries a relative error of about 6e-8.
constexpr double kFloatTolerance = 1e-5;

/// Σ_j log p(x_σ(j) | x_σ(<j)), one conditional at a time from the model's stepper: the chain rule
/// written out, independent of evaluate().
double chainRuleSum(const DensityModel& model, const BinaryImage& image) {
    auto stepper = model.stepper();
    double total = 0;
    for (int j = 0; j < kPixels; ++j) {
        const bool on = image.at(model.ordering().pixel(j));
        const double logit = stepper->nextLogit();
        total += logSigmoid(on ? logit : -logit);
        stepper->push(on);
    }
    return total;
}

/// What the column must say for the test NLL, read straight from the file's metadata.
QString expectedNllText(const ModelEntry& entry) {
    const auto it = entry.metadata.find("test_nll_nats");
    if (it == entry.metadata.end())
        return QStringLiteral("not measured yet");
    // The length of training comes next, read here from the recorded command on its own.
    const QString command = QString::fromStdString(entry.metadata.at("command"));
    const QString epochs = command.section(QStringLiteral("--epochs "), 1).section(' ', 0, 0);
    QString text =
        QStringLiteral("%1 nats · %2 epochs").arg(std::stod(it->second), 0, 'f', 2).arg(epochs);
    if (const auto kept = entry.metadata.find("epochs");
        kept != entry.metadata.end() && QString::fromStdString(kept->second) != epochs)
        text += QStringLiteral(" (weights of epoch %1)").arg(QString::fromStdString(kept->second));
    return text;
}

using testimages::allOn;
using testimages::checkerboard;

} // namespace

class TestModelsOrderings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneColumnPerShippedNade_data();
    void oneColumnPerShippedNade();
    void columnsFollowTheLecturesOrder();
    void shownLogProbIsTheChainRuleSum_data();
    void shownLogProbIsTheChainRuleSum();
    void pickingAnotherDigitUpdatesEveryOrdering();
    void aSampleIsShownUnderEveryOrdering();
    void pointingAtAPixelOutlinesItEverywhere();

private:
    OrderingExplorer* explorer() const { return page_->orderings(); }
    const OrderingColumn* column(const QString& id) const;
    const ModelEntry* entry(const QString& id) const;

    ModelLibrary library_;
    std::unique_ptr<ModelsPage> page_;
};

void TestModelsOrderings::initTestCase() {
    openModelsPage(library_, page_);
    if (QTest::currentTestFailed())
        return;
    // Open the tab the way a student does.
    clickModelsTab(*page_, QStringLiteral("orderings"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(explorer()->isVisible());
}

const ModelEntry* TestModelsOrderings::entry(const QString& id) const {
    for (const ModelEntry& e : library_.entries())
        if (e.id == id)
            return &e;
    return nullptr;
}

const OrderingColumn* TestModelsOrderings::column(const QString& id) const {
    for (const OrderingColumn* c : explorer()->columns())
        if (c->entry().id == id)
            return c;
    return nullptr;
}

void TestModelsOrderings::oneColumnPerShippedNade_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("ordering");
    QTest::newRow("raster") << "nade-mnist"
                            << "raster";
    QTest::newRow("column") << "nade-column-mnist"
                            << "column";
    QTest::newRow("spiral") << "nade-spiral-mnist"
                            << "spiral";
    QTest::newRow("random") << "nade-random-mnist"
                            << "random:";
}

void TestModelsOrderings::oneColumnPerShippedNade() {
    QFETCH(QString, id);
    QFETCH(QString, ordering);
    const ModelEntry* e = entry(id);
    QVERIFY2(e, qPrintable(id));
    QCOMPARE(QString::fromStdString(e->model->kind()), QStringLiteral("nade"));
    QVERIFY(QString::fromStdString(e->model->ordering().name()).startsWith(ordering));
    const OrderingColumn* c = column(id);
    QVERIFY2(c, qPrintable(id));
    QCOMPARE(c->testNllLabel()->text(), expectedNllText(*e));
    QVERIFY(c->testNllLabel()->isVisible());
    // Exactly the NADEs have a column: the baselines are not orderings of one model.
    int nades = 0;
    for (const ModelEntry& other : library_.entries())
        nades += other.model->kind() == "nade" ? 1 : 0;
    QCOMPARE(explorer()->columns().size(), nades);
}

void TestModelsOrderings::columnsFollowTheLecturesOrder() {
    QStringList names;
    for (const OrderingColumn* c : explorer()->columns())
        names << QString::fromStdString(c->entry().model->ordering().name()).section(':', 0, 0);
    QCOMPARE(names, (QStringList{"raster", "column", "spiral", "random"}));
}

void TestModelsOrderings::shownLogProbIsTheChainRuleSum_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<BinaryImage>("digit");
    const GalleryDigits& gallery = explorer()->gallery();
    QVERIFY(gallery.size() >= 2);
    const QList<std::pair<const char*, BinaryImage>> digits = {
        {"first test digit", gallery.images.front()},
        {"last test digit", gallery.images.back()},
        {"blank", BinaryImage()},
        {"every pixel on", allOn()},
        {"checkerboard", checkerboard()}};
    for (const QString& id : test::shippedIds(ModelFamily::Nade))
        for (const auto& [name, image] : digits)
            QTest::addRow("%s, %s", qPrintable(id), name) << id << image;
}

void TestModelsOrderings::shownLogProbIsTheChainRuleSum() {
    QFETCH(QString, id);
    QFETCH(BinaryImage, digit);
    explorer()->showDigit(digit);
    const OrderingColumn* c = column(id);
    QVERIFY2(c, qPrintable(id));
    QCOMPARE(c->digit(), digit);
    const DensityModel& model = *c->entry().model;
    const double shown = c->logProb();
    const double evaluated = model.evaluate(digit).logProb;
    const double chained = chainRuleSum(model, digit);
    QVERIFY(std::isfinite(shown) && shown < 0);
    const double worst =
        std::max(std::abs(shown - evaluated), std::abs(shown - chained)) / std::abs(shown);
    QVERIFY2(worst <= kRelativeTolerance,
             qPrintable(QStringLiteral("shown %1, evaluate %2, chain rule %3, worst relative %4")
                            .arg(shown, 0, 'g', 17)
                            .arg(evaluated, 0, 'g', 17)
                            .arg(chained, 0, 'g', 17)
                            .arg(worst)));
    // The surprise map adds up to −log p(x) (float storage).
    double surprise = 0;
    for (const float s : c->evaluation().surprise)
        surprise += double(s);
    QVERIFY2(std::abs(surprise + shown) <= kFloatTolerance * std::abs(shown),
             qPrintable(QStringLiteral("Σ surprise %1 vs −log p %2").arg(surprise).arg(-shown)));
    QCOMPARE(c->logProbLabel()->text(), QStringLiteral("%1 nats").arg(shown, 0, 'f', 2));
}

void TestModelsOrderings::pickingAnotherDigitUpdatesEveryOrdering() {
    QVERIFY(explorer()->chooseTestDigit(0));
    auto* spin = explorer()->findChild<QSpinBox*>(QStringLiteral("testDigitSpin"));
    QVERIFY(spin);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 2);
    const BinaryImage& second = explorer()->gallery().images[1];
    QVERIFY(second != explorer()->gallery().images[0]);
    QCOMPARE(explorer()->digit(), second);
    QVERIFY(!explorer()->columns().isEmpty());
    for (const OrderingColumn* c : explorer()->columns()) {
        QCOMPARE(c->digit(), second);
        QCOMPARE(c->logProb(), c->entry().model->evaluate(second).logProb);
    }
    // Typing the last number shows the last digit; stepping past the end stays there.
    const int last = int(explorer()->gallery().size());
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(last));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(spin->value(), last);
    QCOMPARE(explorer()->digit(), explorer()->gallery().images.back());
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), last);
    const QString note = explorer()->findChild<QLabel*>(QStringLiteral("digitNote"))->text();
    QVERIFY2(note.contains(QString::number(explorer()->gallery().labels.back())), qPrintable(note));
    // Indices outside the gallery are refused and change nothing.
    QVERIFY(!explorer()->chooseTestDigit(-1));
    QVERIFY(!explorer()->chooseTestDigit(int(explorer()->gallery().size())));
    QCOMPARE(explorer()->digit(), explorer()->gallery().images.back());
    QCOMPARE(explorer()->findChild<QLabel*>(QStringLiteral("digitNote"))->text(), note);
}

void TestModelsOrderings::aSampleIsShownUnderEveryOrdering() {
    auto* button = explorer()->findChild<QAbstractButton*>(QStringLiteral("explorerSampleButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const OrderingColumn* first = explorer()->columns().front();
    const BinaryImage sample = Sampler::draw(first->entry().model, 1);
    QCOMPARE(explorer()->digit(), sample);
    for (const OrderingColumn* c : explorer()->columns())
        QCOMPARE(c->logProb(), c->entry().model->evaluate(sample).logProb);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(explorer()->digit(), Sampler::draw(first->entry().model, 2));
}

void TestModelsOrderings::pointingAtAPixelOutlinesItEverywhere() {
    // The surprise maps, chosen with the switch beside the digit.
    QAbstractButton* surpriseMaps = explorer()->mapButton(OrderingColumn::Surprise);
    QTest::mouseClick(surpriseMaps, Qt::LeftButton, {}, QPoint(8, surpriseMaps->height() / 2));
    QCOMPARE(explorer()->shownMap(), int(OrderingColumn::Surprise));
    const OrderingColumn* last = explorer()->columns().back();
    PixelGrid* surprise = last->grids().back();
    QTRY_VERIFY(surprise->isVisible());
    QVERIFY(!last->grids().front()->isVisible());
    const int row = 9, col = 17;
    const QRectF field = surprise->fieldRect();
    const double cell = field.width() / kSide;
    QTest::mouseMove(
        surprise,
        QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell).toPoint());
    const int pixel = row * kSide + col;
    for (const OrderingColumn* c : explorer()->columns()) {
        for (const PixelGrid* grid : c->grids())
            QTRY_COMPARE(grid->highlight(), pixel);
        // The step at which this ordering visits the pixel, counted from 1.
        const int step = c->entry().model->ordering().position(pixel) + 1;
        QVERIFY2(c->pointerLabel()->text().startsWith(QStringLiteral("step %1 ").arg(step)),
                 qPrintable(c->pointerLabel()->text()));
    }
}

QTEST_MAIN(TestModelsOrderings)
#include "tst_models_orderings.moc"
