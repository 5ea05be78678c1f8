// What the Training page keeps: a model trained to the end is saved in the user's data folder with
// the command that reproduces it and its figures, appears at once in every page's model picker,
// comes back after a restart, and can be deleted from the page. A damaged file in that folder is
// refused with a message and the app starts without it.
#include "core/training/family_choice.h"
#include "core/training/presets.h"
#include "training_page_driver.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"
#include "ui/adapters/user_models.h"
#include "ui/pages/training/kept_models.h"
#include "ui/shell/main_window.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>

using namespace trainingtest;

namespace {

std::unique_ptr<MainWindow> openWindow() {
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

/// The pickers that list `id`, over every page of `window`.
int pickersListing(const MainWindow& window, const QString& id) {
    int listing = 0;
    for (const ModelPicker* picker : window.findChildren<ModelPicker*>())
        for (int row = 0; row < picker->count(); ++row)
            if (picker->idAt(row) == id) {
                ++listing;
                break;
            }
    return listing;
}

/// Trains a tiny NADE to its natural end on the page of `window`; returns the id it was kept as.
QString trainTinyNade(MainWindow& window) {
    TrainingPage* page = window.trainingPage();
    window.showPage(QStringLiteral("training"));
    page->setTrainingData(tinyTrainingData());
    chooseTinyRun(page, NadeRow, 2);
    QSignalSpy kept(page, &TrainingPage::modelKept);
    click(page, "trainingStart");
    if (!kept.wait(60000))
        return {};
    return kept.takeFirst().at(0).toString();
}

} // namespace

class TestTrainingModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { folder_ = isolateUserFolders(); }
    void init() { QDir(userModelsFolder()).removeRecursively(); }

    void aKeptModelIsInEveryPickerAndComesBack() {
        QString id;
        int pickers = 0;
        {
            auto window = openWindow();
            pickers = int(window->findChildren<ModelPicker*>().size());
            QVERIFY(pickers >= 2); // the Sampling and Density pages
            id = trainTinyNade(*window);
            QVERIFY(id.startsWith(QStringLiteral("nade-")));
            QCOMPARE(pickersListing(*window, id), pickers);
            QVERIFY(window->trainingPage()->kept()->ids().contains(id));
        }
        auto restarted = openWindow();
        QCOMPARE(pickersListing(*restarted, id), pickers);
        QVERIFY(restarted->trainingPage()->kept()->ids().contains(id));
    }

    // The file records how it was made, as the shipped models do, and the command reproduces the
    // page's run with pixelchain-cli.
    void theFileRecordsItsCommandAndFigures() {
        auto window = openWindow();
        const QString id = trainTinyNade(*window);
        QVERIFY(!id.isEmpty());
        const ModelEntry* entry = nullptr;
        for (const ModelEntry& e : window->models()->entries())
            if (e.id == id)
                entry = &e;
        QVERIFY(entry);
        for (const char* key :
             {"command", "dataset", "test_nll_nats", "validation_nll_nats", "epochs",
              "training_seconds", "test_ll_quantiles", "test_ll_preparation", "training_data"})
            QVERIFY2(entry->metadata.count(key), key);
        const std::string& command = entry->metadata.at("command");
        // The form starts from the one-minute preset's minibatch.
        const std::string expected =
            "pixelchain-cli train --model nade --hidden 8 --ordering raster --activation relu "
            "--epochs 2 --batch " +
            std::to_string(training::oneMinuteNade().settings.batch);
        QVERIFY2(command.rfind(expected, 0) == 0, command.c_str());
        QVERIFY2(command.find("--limit 300 --threads 1 --out " + id.toStdString() +
                              ".safetensors") != std::string::npos,
                 command.c_str());
        QCOMPARE(entry->metadata.at("dataset"), std::string("tiny-synthetic-digits"));
        QCOMPARE(entry->metadata.at("epochs"), std::string("2"));
        QVERIFY(std::isfinite(entry->testNll) && entry->testNll > 0);
    }

    void deletingRemovesItEverywhere() {
        auto window = openWindow();
        const QString id = trainTinyNade(*window);
        QVERIFY(!id.isEmpty());
        KeptModels* kept = window->trainingPage()->kept();
        const int row = int(kept->ids().indexOf(id));
        QVERIFY(row >= 0);
        QListWidget* list = kept->list();
        window->trainingPage()
            ->findChild<QTabWidget*>(QStringLiteral("trainingViews"))
            ->setCurrentWidget(kept);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        QTest::mouseClick(kept->deleteButton(), Qt::LeftButton);
        QCOMPARE(pickersListing(*window, id), 0);
        QVERIFY(!kept->ids().contains(id));
        QVERIFY(!QFile::exists(userModelsFolder() + QLatin1Char('/') + id +
                               QStringLiteral(".safetensors")));
    }

    void aDamagedUserModelIsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not safetensors") << QByteArray("this is no model at all\n");
        QTest::newRow("header longer than the file")
            << QByteArray::fromHex("ffff000000000000") + QByteArray("{\"a\":");
        QTest::newRow("a header without tensors")
            << QByteArray::fromHex("0200000000000000") + QByteArray("{}");
    }

    void aDamagedUserModelIsRefused() {
        QFETCH(QByteArray, bytes);
        QDir().mkpath(userModelsFolder());
        QFile file(userModelsFolder() + QStringLiteral("/nade-damaged.safetensors"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        auto window = openWindow();
        QCOMPARE(pickersListing(*window, QStringLiteral("nade-damaged")), 0);
        QVERIFY(!window->trainingPage()->kept()->ids().contains(QStringLiteral("nade-damaged")));
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("nade-damaged")), qPrintable(message));
        QVERIFY(window->models()->current()); // the shipped models are all there
    }

private:
    std::unique_ptr<QTemporaryDir> folder_;
};

QTEST_MAIN(TestTrainingModels)
#include "tst_training_models.moc"
