// Saves that fail: every save of the app is atomic (core's io::writeFileAtomically, QSaveFile in
// the GUI), so a write that fails must leave the previous file byte for byte, leave no temporary
// file behind, and tell the user. Two failures: the target's folder is missing, and the disk is
// "full" — a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so the write returns EFBIG
// instead of killing the process; the tests run as root, so permissions would not stop a write).
// Each row ends with the same save made without the failure, which must then succeed.
#include "app/cli/commands.h"
#include "core/io/atomic_file.h"
#include "core/io/model_file.h"
#include "core/models/independent.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/density/density_page.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sstream>
#include <sys/resource.h>

using namespace pixelchain;

namespace {

/// While alive, no file of this process may grow past `bytes`, as on a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &previous_);
        rlimit limit = previous_;
        limit.rlim_cur = bytes;
        ok_ = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &previous_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return ok_; }

private:
    rlimit previous_{};
    void (*previousHandler_)(int) = nullptr;
    bool ok_ = false;
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList everythingIn(const QString& folder) {
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFailedWrites : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failedWriteKeepsThePreviousFile_data();
    void failedWriteKeepsThePreviousFile();

private:
    /// Saves with `writer` to `path`; false with the message shown or thrown when it failed.
    bool save(const QString& writer, const QString& path, QString* message);

    std::unique_ptr<ui::ModelLibrary> library_;
    std::unique_ptr<ui::DensityPage> page_;
    std::shared_ptr<const DensityModel> model_;
};

void TestFailedWrites::initTestCase() {
    QLocale::setDefault(QLocale::c());
    library_ = std::make_unique<ui::ModelLibrary>();
    QVERIFY(library_->loadBuiltIn() > 0);
    page_ = std::make_unique<ui::DensityPage>(library_.get(), nullptr);
    page_->show();
    model_ = std::make_shared<Independent>(std::vector<float>(kPixels, 0.25f));
}

void TestFailedWrites::cleanupTestCase() {
    page_.reset();
    library_.reset();
}

bool TestFailedWrites::save(const QString& writer, const QString& path, QString* message) {
    const std::string target = path.toStdString();
    try {
        if (writer == "writeFileAtomically") {
            io::writeFileAtomically(target, std::string(4096, 'n'));
        } else if (writer == "saveModel") {
            io::saveModel(target, *model_, {{"command", "a test"}});
        } else if (writer == "drawing") {
            const bool saved = page_->saveFile(path);
            auto* shown = page_->findChild<QLabel*>(QStringLiteral("densityMessage"));
            *message = shown->isVisibleTo(page_.get()) ? shown->text() : QString();
            return saved;
        } else { // the command line's `sample`
            const QString model = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") +
                                  "/resources/models/independent-mnist.safetensors";
            std::ostringstream out, err;
            const int code = cli::runSample(
                {"--model", model.toStdString(), "--count", "3", "--out", target}, out, err);
            *message = QString::fromStdString(err.str());
            return code == 0;
        }
    } catch (const io::WriteError& e) {
        *message = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void TestFailedWrites::failedWriteKeepsThePreviousFile_data() {
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("diskFull"); // else: the folder is missing
    QTest::addColumn<QStringList>("says");
    const struct {
        const char* writer;
        const char* file;
        const char* says;
    } writers[] = {{"writeFileAtomically", "bytes.bin", "cannot write"},
                   {"saveModel", "model.safetensors", "cannot write"},
                   {"drawing", "drawing.png", "Could not save"},
                   {"sample png", "samples.png", "cannot write"},
                   {"sample idx", "samples.idx", "cannot write"}};
    for (const auto& w : writers) {
        QTest::addRow("%s, folder missing", w.writer)
            << w.writer << w.file << false << QStringList{w.says, w.file, "No such file"};
        QTest::addRow("%s, disk full", w.writer)
            << w.writer << w.file << true << QStringList{w.says, w.file, "too large"};
    }
}

void TestFailedWrites::failedWriteKeepsThePreviousFile() {
    QFETCH(QString, writer);
    QFETCH(QString, file);
    QFETCH(bool, diskFull);
    QFETCH(QStringList, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(file);
    const QByteArray previous = "the previous file, which must survive: " + file.toUtf8();
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QCOMPARE(old.write(previous), previous.size());
    }
    const QString path = diskFull ? target : dir.filePath("missing/" + file);
    QString message;
    bool saved = true;
    {
        // 16 bytes: the previous file is already written; any new one is larger than that.
        const FileSizeLimit limit(diskFull ? 16 : RLIM_INFINITY);
        QVERIFY(limit.ok());
        saved = save(writer, path, &message);
    }
    QVERIFY2(!saved, "a save that could not be written reported success");
    for (const QString& fragment : says)
        QVERIFY2(message.contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(fragment, message)));
    QCOMPARE(readAll(target), previous);
    QCOMPARE(everythingIn(dir.path()), QStringList{file});

    // Without the failure the same save works and replaces the file: the failure was the cause.
    QVERIFY2(save(writer, target, &message), qPrintable(message));
    QVERIFY(readAll(target) != previous);
    QCOMPARE(everythingIn(dir.path()), QStringList{file});
}

QTEST_MAIN(TestFailedWrites)
#include "tst_failed_writes.moc"
