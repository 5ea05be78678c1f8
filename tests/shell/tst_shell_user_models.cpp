// The models the user trained, across restarts of the whole app: saved in one session, they are
// listed at the next start-up in every model picker (Sampling, Density, greyscale) and in the
// Models page's table, the default model still current, and one of them is picked with the
// keyboard; removed, a model leaves every picker and the table at once and stays gone in the next
// session. A damaged file is named in the status bar at start-up, and the good ones still load.
#include "shell_driver.h"
#include "tests/common/user_model_fixture.h"
#include "ui/adapters/grey_model_picker.h"
#include "ui/adapters/model_picker.h"

#include <QStatusBar>
#include <QTableWidget>

using namespace shelltest;

namespace {

const QString kBinary = QStringLiteral("nade-20261127-140200");
const QString kGrey = QStringLiteral("independent-mixture-20261127-140200");

ModelPicker* pickerOf(QWidget* page) {
    return page->findChild<ModelPicker*>(QStringLiteral("modelPicker"));
}

/// Every model picker of the window: the Sampling and the Density page's.
QList<ModelPicker*> pickers(const MainWindow& window) {
    return {pickerOf(samplingPage(window)), pickerOf(densityPage(window))};
}

/// True when a row of the Models page's table comes from the model of this id.
bool tableLists(const MainWindow& window, const QString& id) {
    const auto* table =
        window.modelsPage()->findChild<QTableWidget*>(QStringLiteral("modelsTable"));
    return table && !table->findItems(QStringLiteral("(%1)").arg(id), Qt::MatchContains).isEmpty();
}

/// True when a greyscale picker of the window lists the model of this id.
bool greyPickersList(const MainWindow& window, const QString& id) {
    const auto pickers = window.findChildren<GreyModelPicker*>();
    return !pickers.isEmpty() && std::all_of(pickers.begin(), pickers.end(), [&](auto* picker) {
        return picker->findData(id) >= 0;
    });
}

} // namespace

class TestShellUserModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void savedModelsAreListedAtTheNextStart();
    void aRemovedModelIsGoneEverywhereAndForGood();
    void aDamagedFileIsToldInTheStatusBar();
};

void TestShellUserModels::initTestCase() {
    QLocale::setDefault(QLocale::c());
    test::isolateUserFolder(QStringLiteral("shell-user-models"));
}

void TestShellUserModels::init() {
    QVERIFY(test::emptyUserFolder());
}

void TestShellUserModels::savedModelsAreListedAtTheNextStart() {
    test::saveBinaryUserModel(kBinary);
    test::saveGreyUserModel(kGrey);
    const auto window = openWindow();
    QCOMPARE(currentModel(*window), ModelLibrary::defaultModelId());
    for (ModelPicker* picker : pickers(*window)) {
        QVERIFY(picker);
        QVERIFY(picker->findData(kBinary) >= 0);
        QCOMPARE(picker->findData(kGrey), -1); // greyscale: not a model of binary digits
    }
    QVERIFY(tableLists(*window, kBinary));
    QVERIFY(greyPickersList(*window, kGrey));

    // Picked with the keyboard on the Sampling page, it is the model both pages use.
    window->showPage(QStringLiteral("sampling"));
    ModelPicker* picker = pickerOf(samplingPage(*window));
    QTRY_VERIFY(picker->isVisible());
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Home);
    for (int i = 0; i < picker->findData(kBinary); ++i)
        QTest::keyClick(picker, Qt::Key_Down);
    QCOMPARE(currentModel(*window), kBinary);
    QCOMPARE(pickerOf(densityPage(*window))->idAt(pickerOf(densityPage(*window))->currentIndex()),
             kBinary);
}

void TestShellUserModels::aRemovedModelIsGoneEverywhereAndForGood() {
    test::saveBinaryUserModel(kBinary);
    {
        const auto window = openWindow();
        QVERIFY(tableLists(*window, kBinary));
        QVERIFY(window->models()->removeUserModel(kBinary));
        for (ModelPicker* picker : pickers(*window))
            QCOMPARE(picker->findData(kBinary), -1);
        QVERIFY(!tableLists(*window, kBinary));
    }
    const auto window = openWindow();
    for (ModelPicker* picker : pickers(*window))
        QCOMPARE(picker->findData(kBinary), -1);
    QVERIFY(test::userFolderContents().isEmpty());
}

void TestShellUserModels::aDamagedFileIsToldInTheStatusBar() {
    test::saveBinaryUserModel(kBinary);
    const QString damaged = QStringLiteral("nade-20261127-150000.safetensors");
    {
        QFile file(userModelsFolder() + QLatin1Char('/') + damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::shippedBytes(QStringLiteral("nade-mnist")).left(5000));
    }
    const auto window = openWindow();
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(damaged), qPrintable(message));
    QVERIFY(pickerOf(samplingPage(*window))->findData(kBinary) >= 0);
    QCOMPARE(currentModel(*window), ModelLibrary::defaultModelId());
}

QTEST_MAIN(TestShellUserModels)
#include "tst_shell_user_models.moc"
