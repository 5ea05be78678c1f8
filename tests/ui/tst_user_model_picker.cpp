// The models the user trained, in the model pickers: a model saved and added to the library
// (ModelLibrary::addUserModel) gets a row at once in the pickers of the Sampling and the Density
// page, titled as trained here and when, without switching the current model; picked with the
// keyboard or the mouse it becomes current on both pages; removed, its file and its rows go and
// the default model takes over if it was current. A shipped model cannot be removed. A greyscale
// model goes to the greyscale library and its picker, never to the binary one.
#include "tests/common/shipped_ids.h"
#include "tests/common/user_model_fixture.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/grey_model_picker.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/sampling/sampling_page.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

const QString kUserId = QStringLiteral("nade-20261127-140200");

} // namespace

class TestUserModelPicker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void anAddedModelAppearsInBothPickersAtOnce();
    void pickingItWithTheKeyboardMakesItCurrent();
    void pickingItWithTheMouseMakesItCurrent();
    void savingItAgainKeepsOneRow();
    void removingItTakesItOutOfBothPickers_data();
    void removingItTakesItOutOfBothPickers();
    void aShippedModelCannotBeRemoved_data();
    void aShippedModelCannotBeRemoved();
    void aGreyscaleModelGoesToTheGreyscalePicker();

private:
    QList<QWidget*> pages() const { return {sampling_.get(), density_.get()}; }
    static ModelPicker* picker(QWidget* page);
    /// Saves the shipped NADE as the user model kUserId and adds it to the library.
    QString addUserModel();

    ModelLibrary library_;
    std::unique_ptr<SamplingPage> sampling_;
    std::unique_ptr<DensityPage> density_;
};

void TestUserModelPicker::initTestCase() {
    QLocale::setDefault(QLocale::c());
    test::isolateUserFolder(QStringLiteral("user-model-picker"));
    QVERIFY(library_.loadBuiltIn() >= 5);
    sampling_ = std::make_unique<SamplingPage>(&library_, nullptr);
    density_ = std::make_unique<DensityPage>(&library_, nullptr);
    for (QWidget* page : pages()) {
        page->resize(1600, 1000);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        QVERIFY(picker(page));
        QVERIFY(picker(page)->isVisible());
    }
}

void TestUserModelPicker::init() {
    QVERIFY(test::emptyUserFolder());
}

void TestUserModelPicker::cleanup() {
    for (const QString& id : {kUserId})
        library_.removeUserModel(id);
    library_.select(ModelLibrary::defaultModelId());
}

ModelPicker* TestUserModelPicker::picker(QWidget* page) {
    return page->findChild<ModelPicker*>(QStringLiteral("modelPicker"));
}

QString TestUserModelPicker::addUserModel() {
    const QString path = test::saveBinaryUserModel(kUserId);
    if (!library_.addUserModel(path))
        qWarning("the user model was not added");
    return path;
}

void TestUserModelPicker::anAddedModelAppearsInBothPickersAtOnce() {
    const int before = int(library_.entries().size());
    QSignalSpy added(&library_, &ModelLibrary::entriesChanged);
    QSignalSpy switched(&library_, &ModelLibrary::currentChanged);
    const QString path = addUserModel();
    QCOMPARE(added.count(), 1);
    QCOMPARE(switched.count(), 0); // adding does not switch
    QCOMPARE(library_.current()->id, ModelLibrary::defaultModelId());

    QCOMPARE(int(library_.entries().size()), before + 1);
    const ModelEntry& entry = library_.entries().back();
    QCOMPARE(entry.id, kUserId);
    QVERIFY(entry.userModel);
    QCOMPARE(entry.path, path);
    const QDateTime saved = userModelSavedAt(entry.metadata, path);
    QVERIFY(saved.isValid());
    QCOMPARE(entry.title, ModelNames::title(*entry.model) + QStringLiteral(" — trained here ") +
                              QLocale::c().toString(saved, QStringLiteral("d MMM HH:mm")));
    for (QWidget* page : pages()) {
        ModelPicker* combo = picker(page);
        QCOMPARE(combo->count(), before + 1);
        QCOMPARE(combo->idAt(before), kUserId);
        QCOMPARE(combo->itemText(before), entry.title + QStringLiteral(" · test NLL 91.25 nats"));
        QCOMPARE(combo->currentIndex(), combo->findData(ModelLibrary::defaultModelId()));
    }
    // The closed box tells it from the shipped NADE of the same ordering by its time (of day,
    // unless midnight passed since it was saved).
    if (saved.date() == QDate::currentDate())
        QCOMPARE(ModelPicker::shortName(entry),
                 QStringLiteral("NADE, raster, trained ") +
                     QLocale::c().toString(saved, QStringLiteral("HH:mm")));
}

void TestUserModelPicker::pickingItWithTheKeyboardMakesItCurrent() {
    addUserModel();
    ModelPicker* combo = picker(density_.get());
    const int row = combo->findData(kUserId);
    QVERIFY(row > 0);
    density_->activateWindow();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(library_.current()->id, kUserId);
    QCOMPARE(picker(sampling_.get())->currentIndex(), row);
    QCOMPARE(sampling_->controller()->model(), library_.current()->model);
}

void TestUserModelPicker::pickingItWithTheMouseMakesItCurrent() {
    addUserModel();
    ModelPicker* combo = picker(sampling_.get());
    const int row = combo->findData(kUserId);
    QVERIFY(row > 0);
    sampling_->activateWindow();
    combo->setFocus();
    // The list opens from the keyboard (a click that opens it blocks a second click for a
    // double-click interval); the row is clicked with the mouse.
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QVERIFY(list->viewport()->rect().contains(rect.center()));
    QTest::mouseMove(list->viewport(), rect.center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(library_.current()->id, kUserId);
    QCOMPARE(picker(density_.get())->currentIndex(), row);
    QCOMPARE(sampling_->controller()->model(), library_.current()->model);
}

void TestUserModelPicker::savingItAgainKeepsOneRow() {
    addUserModel();
    const int rows = picker(density_.get())->count();
    QVERIFY(library_.select(kUserId));
    QSignalSpy switched(&library_, &ModelLibrary::currentChanged);
    // Trained further and kept under the same id: the entry is replaced, and being current, the
    // pages hear of the new weights.
    QVERIFY(library_.addUserModel(test::saveBinaryUserModel(kUserId, QStringLiteral("80.50"))));
    QCOMPARE(switched.count(), 1);
    for (QWidget* page : pages()) {
        ModelPicker* combo = picker(page);
        QCOMPARE(combo->count(), rows);
        const int row = combo->findData(kUserId);
        QCOMPARE(combo->currentIndex(), row);
        QVERIFY2(combo->itemText(row).endsWith(QStringLiteral("test NLL 80.50 nats")),
                 qPrintable(combo->itemText(row)));
    }
}

void TestUserModelPicker::removingItTakesItOutOfBothPickers_data() {
    QTest::addColumn<bool>("current");
    QTest::newRow("another model current") << false;
    QTest::newRow("the removed model current") << true;
}

void TestUserModelPicker::removingItTakesItOutOfBothPickers() {
    QFETCH(bool, current);
    const QString path = addUserModel();
    QVERIFY(library_.select(current ? kUserId : QStringLiteral("markov8-mnist")));
    const QString wasCurrent = library_.current()->id;
    const int rows = picker(sampling_.get())->count();
    QSignalSpy switched(&library_, &ModelLibrary::currentChanged);

    QVERIFY(library_.removeUserModel(kUserId));
    QVERIFY(!QFile::exists(path));
    QVERIFY(test::userFolderContents().isEmpty());
    const QString now = current ? ModelLibrary::defaultModelId() : wasCurrent;
    QCOMPARE(library_.current()->id, now);
    QCOMPARE(switched.count(), current ? 1 : 0);
    for (QWidget* page : pages()) {
        ModelPicker* combo = picker(page);
        QCOMPARE(combo->count(), rows - 1);
        QCOMPARE(combo->findData(kUserId), -1);
        QCOMPARE(combo->idAt(combo->currentIndex()), now);
    }
    QCOMPARE(sampling_->controller()->model(), library_.current()->model);
    QVERIFY(!library_.removeUserModel(kUserId)); // gone: nothing left to remove
}

void TestUserModelPicker::aShippedModelCannotBeRemoved_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : test::shippedIds())
        QTest::newRow(qPrintable(id)) << id;
    QTest::newRow("an unknown id") << "nade-19990101-000000";
    QTest::newRow("no id") << "";
}

void TestUserModelPicker::aShippedModelCannotBeRemoved() {
    QFETCH(QString, id);
    const int rows = picker(density_.get())->count();
    QSignalSpy changed(&library_, &ModelLibrary::entriesChanged);
    QSignalSpy failed(&library_, &ModelLibrary::loadFailed);
    QVERIFY(!library_.removeUserModel(id));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(picker(density_.get())->count(), rows);
    if (!id.isEmpty() && test::shippedIds().contains(id))
        QVERIFY(picker(density_.get())->findData(id) >= 0);
}

void TestUserModelPicker::aGreyscaleModelGoesToTheGreyscalePicker() {
    GreyModelLibrary grey;
    grey.loadBuiltIn(); // the RNADE may be missing from a build tree: only the mixture is needed
    GreyModelPicker greyPicker(&grey);
    greyPicker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&greyPicker));
    const QString id = QStringLiteral("independent-mixture-20261127-140200");
    const QString path = test::saveGreyUserModel(id, QStringLiteral("4.75"));

    // The binary library refuses it and says why; its pickers do not change.
    const int rows = picker(density_.get())->count();
    QSignalSpy refused(&library_, &ModelLibrary::loadFailed);
    QVERIFY(!library_.addUserModel(path));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("greyscale")),
             qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(picker(density_.get())->count(), rows);

    const QString current = grey.current() ? grey.current()->id : QString();
    QVERIFY(grey.addUserModel(path));
    QCOMPARE(grey.current() ? grey.current()->id : QString(), current);
    const int row = greyPicker.findData(id);
    QVERIFY(row >= 0);
    QVERIFY2(greyPicker.itemText(row).startsWith(QStringLiteral("Independent mixtures, trained ")),
             qPrintable(greyPicker.itemText(row)));
    QVERIFY2(greyPicker.itemText(row).endsWith(QStringLiteral("test 4.75 bits/dim")),
             qPrintable(greyPicker.itemText(row)));
    QVERIFY(grey.entries()[row].title.contains(QStringLiteral(" — trained here ")));

    QVERIFY(grey.removeUserModel(id));
    QCOMPARE(greyPicker.findData(id), -1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestUserModelPicker)
#include "tst_user_model_picker.moc"
