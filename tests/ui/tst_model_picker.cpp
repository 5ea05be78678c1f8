// The model picker: a combo box bound to the ModelLibrary, placed on the Sampling and the Density
// page. Each row names a model and the test NLL its file states; picking a row with the keyboard
// or the mouse makes that model current, and both pages (and both pickers) follow.
#include "tests/common/shipped_ids.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/sampling/sampling_page.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <memory>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

/// What a row must say about the test NLL, read straight from the file's metadata.
QString expectedNllText(const ModelEntry& entry) {
    const auto it = entry.metadata.find("test_nll_nats");
    if (it == entry.metadata.end())
        return QStringLiteral("test NLL not measured yet");
    return QStringLiteral("test NLL %1 nats").arg(std::stod(it->second), 0, 'f', 2);
}

QByteArray builtInBytes(const QString& id) {
    QFile file(QStringLiteral(":/models/%1.safetensors").arg(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestModelPicker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void rowsNameEveryModelAndItsTestNll_data();
    void rowsNameEveryModelAndItsTestNll();
    void closedTextFitsItsBox_data();
    void closedTextFitsItsBox();
    void pickingWithTheKeyboardSwitchesBothPages_data();
    void pickingWithTheKeyboardSwitchesBothPages();
    void pickingWithTheMouseOpensTheListAndSwitches();
    void followsTheLibrary();
    void aDamagedFileLeavesThePickerAlone();
    void worksWithoutALibrary();

private:
    ModelPicker* picker(QWidget* page) const;
    int rowOf(const QString& id) const;
    /// Home, then Down `row` times, in the picker of `page`.
    void chooseRow(QWidget* page, int row);

    ModelLibrary library_;
    std::unique_ptr<SamplingPage> sampling_;
    std::unique_ptr<DensityPage> density_;
};

void TestModelPicker::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QVERIFY(library_.loadBuiltIn() >= 5);
    sampling_ = std::make_unique<SamplingPage>(&library_, nullptr);
    density_ = std::make_unique<DensityPage>(&library_, nullptr);
    for (QWidget* page :
         {static_cast<QWidget*>(sampling_.get()), static_cast<QWidget*>(density_.get())}) {
        page->resize(1600, 1000);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QVERIFY(picker(page));
        QVERIFY(picker(page)->isVisible());
    }
}

void TestModelPicker::cleanup() {
    library_.select(QStringLiteral("nade-mnist"));
}

ModelPicker* TestModelPicker::picker(QWidget* page) const {
    return page->findChild<ModelPicker*>(QStringLiteral("modelPicker"));
}

int TestModelPicker::rowOf(const QString& id) const {
    for (qsizetype i = 0; i < library_.entries().size(); ++i)
        if (library_.entries()[i].id == id)
            return int(i);
    return -1;
}

void TestModelPicker::chooseRow(QWidget* page, int row) {
    ModelPicker* combo = picker(page);
    page->activateWindow();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void TestModelPicker::rowsNameEveryModelAndItsTestNll_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : test::shippedIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestModelPicker::rowsNameEveryModelAndItsTestNll() {
    QFETCH(QString, id);
    const int row = rowOf(id);
    QVERIFY2(row >= 0, qPrintable(id));
    const ModelEntry& entry = library_.entries()[row];
    for (QWidget* page :
         {static_cast<QWidget*>(sampling_.get()), static_cast<QWidget*>(density_.get())}) {
        ModelPicker* combo = picker(page);
        QCOMPARE(combo->count(), int(library_.entries().size()));
        QCOMPARE(combo->idAt(row), id);
        QVERIFY2(combo->itemText(row).startsWith(entry.title), qPrintable(combo->itemText(row)));
        QVERIFY2(combo->itemText(row).endsWith(expectedNllText(entry)),
                 qPrintable(combo->itemText(row)));
    }
    // The closed box says the same in a few words: a NADE by its ordering, then the NLL.
    const QString brief = ModelPicker::shortText(entry);
    const auto nll = entry.metadata.find("test_nll_nats");
    const QString briefNll =
        nll == entry.metadata.end()
            ? QStringLiteral(" · NLL not measured")
            : QStringLiteral(" · %1 nats").arg(std::stod(nll->second), 0, 'f', 2);
    QVERIFY2(brief.endsWith(briefNll), qPrintable(brief));
    if (entry.model->kind() == "nade")
        QVERIFY2(brief.contains(QString::fromStdString(entry.model->ordering().name())
                                    .section(QLatin1Char(':'), 0, 0)),
                 qPrintable(brief));
}

void TestModelPicker::closedTextFitsItsBox_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nll");
    QTest::addColumn<QString>("room"); // the box is exactly as wide as this text
    QTest::addColumn<QString>("expected");
    QTest::newRow("room for all") << "NADE, raster"
                                  << "83.78"
                                  << "NADE, raster · 83.78 nats"
                                  << "NADE, raster · 83.78 nats";
    QTest::newRow("the unit goes first") << "NADE, raster"
                                         << "83.78"
                                         << "NADE, raster · 83.78"
                                         << "NADE, raster · 83.78";
    QTest::newRow("then the name gives way") << "Markov, order 8"
                                             << "138.06"
                                             << "Markov… · 138.06 nats"
                                             << "…";
}

void TestModelPicker::closedTextFitsItsBox() {
    QFETCH(QString, name);
    QFETCH(QString, nll);
    QFETCH(QString, room);
    QFETCH(QString, expected);
    const QFontMetrics metrics(QApplication::font());
    const int width = metrics.horizontalAdvance(room);
    const QString text =
        ModelPicker::closedText(name, nll + QStringLiteral(" nats"), nll, metrics, width);
    QVERIFY2(metrics.horizontalAdvance(text) <= width, qPrintable(text));
    if (expected == QStringLiteral("…")) {
        // The name is cut, its start kept, and the NLL with its unit stays whole.
        QVERIFY2(text.startsWith(name.left(4)), qPrintable(text));
        QVERIFY2(text.contains(QChar(0x2026)), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" · %1 nats").arg(nll)), qPrintable(text));
    } else {
        QCOMPARE(text, expected);
    }
}

void TestModelPicker::pickingWithTheKeyboardSwitchesBothPages_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("onSamplingPage");
    for (const char* id :
         {"independent-mnist", "markov8-mnist", "fvsbn-mnist", "nade-spiral-mnist"}) {
        QTest::addRow("%s on Sampling", id) << QString::fromLatin1(id) << true;
        QTest::addRow("%s on Density", id) << QString::fromLatin1(id) << false;
    }
}

void TestModelPicker::pickingWithTheKeyboardSwitchesBothPages() {
    QFETCH(QString, id);
    QFETCH(bool, onSamplingPage);
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    QSignalSpy changed(&library_, &ModelLibrary::currentChanged);
    chooseRow(onSamplingPage ? static_cast<QWidget*>(sampling_.get()) : density_.get(), row);
    QVERIFY(library_.current());
    QCOMPARE(library_.current()->id, id);
    QVERIFY(changed.count() >= 1);
    const ModelEntry& entry = *library_.current();
    // The Sampling page's sampler now draws from the picked model…
    QCOMPARE(sampling_->controller()->model(), entry.model);
    QVERIFY(sampling_->controller()->hasSample());
    QCOMPARE(&sampling_->controller()->sampler().model(), entry.model.get());
    // …the Density page scores the drawing with it…
    QCOMPARE(density_->evaluation().logProb, entry.model->evaluate(density_->drawing()).logProb);
    // …and both pickers show it.
    QCOMPARE(picker(sampling_.get())->currentIndex(), row);
    QCOMPARE(picker(density_.get())->currentIndex(), row);
}

void TestModelPicker::pickingWithTheMouseOpensTheListAndSwitches() {
    ModelPicker* combo = picker(density_.get());
    const int target = rowOf(QStringLiteral("markov1-mnist"));
    QVERIFY(target >= 0);
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    // The open list shows whole rows, wider than the closed box if need be.
    QVERIFY(list->width() >= list->sizeHintForColumn(0));
    const int from = combo->currentIndex();
    for (int i = from; i < target; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    for (int i = from; i > target; --i)
        QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(library_.current()->id, QStringLiteral("markov1-mnist"));
    QCOMPARE(sampling_->controller()->model(), library_.current()->model);
}

void TestModelPicker::followsTheLibrary() {
    QVERIFY(library_.select(QStringLiteral("fvsbn-mnist")));
    const int row = rowOf(QStringLiteral("fvsbn-mnist"));
    QCOMPARE(picker(sampling_.get())->currentIndex(), row);
    QCOMPARE(picker(density_.get())->currentIndex(), row);
    // A model added later gets a row of its own and, made current, is shown.
    const int before = picker(sampling_.get())->count();
    QVERIFY(library_.loadBytes(QStringLiteral("independent-copy"),
                               builtInBytes(QStringLiteral("independent-mnist"))));
    QCOMPARE(picker(sampling_.get())->count(), before + 1);
    QCOMPARE(picker(density_.get())->idAt(before), QStringLiteral("independent-copy"));
    QCOMPARE(picker(density_.get())->currentIndex(), row); // adding does not switch
    QVERIFY(library_.select(QStringLiteral("independent-copy")));
    QCOMPARE(picker(sampling_.get())->currentIndex(), before);
    // Following the library is not a pick: it never calls select() back.
    QSignalSpy changed(&library_, &ModelLibrary::currentChanged);
    picker(sampling_.get())->setCurrentIndex(row);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(library_.current()->id, QStringLiteral("independent-copy"));
}

void TestModelPicker::aDamagedFileLeavesThePickerAlone() {
    const int before = picker(density_.get())->count();
    QByteArray bytes = builtInBytes(QStringLiteral("markov1-mnist"));
    bytes.truncate(bytes.size() / 2);
    QSignalSpy failed(&library_, &ModelLibrary::loadFailed);
    QVERIFY(!library_.loadBytes(QStringLiteral("half-a-file"), bytes));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(picker(density_.get())->count(), before);
    QCOMPARE(picker(density_.get())->findData(QStringLiteral("half-a-file")), -1);
}

void TestModelPicker::worksWithoutALibrary() {
    ModelPicker lonely(nullptr);
    QCOMPARE(lonely.count(), 0);
    QVERIFY(!lonely.isEnabled());
    QCOMPARE(lonely.idAt(0), QString());
    QCOMPARE(lonely.idAt(-1), QString());
    QCOMPARE(lonely.objectName(), QStringLiteral("modelPicker"));
}

QTEST_MAIN(TestModelPicker)
#include "tst_model_picker.moc"
