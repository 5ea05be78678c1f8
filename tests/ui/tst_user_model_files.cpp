// Saving a model the user trained (ui/adapters/user_models.h): saveUserModel writes one
// safetensors file in the user's models folder that core reads back as the same model, with the
// metadata given and the time it was saved; a new id never names an existing file; an id that is
// not a plain file name is refused; and a save that fails (a full disk, a read-only folder) says
// so, leaves the earlier file byte for byte and no temporary file.
#include "tests/common/test_images.h"
#include "tests/common/user_model_fixture.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

/// While alive, no file of this process may grow past `bytes`, as on a full disk (SIGXFSZ
/// ignored, so the write fails with EFBIG instead of ending the process).
class FullDisk {
public:
    explicit FullDisk(rlim_t bytes) {
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &previous_);
        rlimit limit = previous_;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FullDisk() {
        ::setrlimit(RLIMIT_FSIZE, &previous_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

private:
    rlimit previous_{};
    void (*previousHandler_)(int) = nullptr;
};

/// Sets or clears the immutable attribute of a folder: the one thing that stops root (who runs
/// these tests on the build machines) from creating a file in it.
bool setImmutable(const QString& folder, bool on) {
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

/// While alive, nothing can be created in `folder`: no write permission, and for root the
/// immutable attribute as well.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(QString folder)
        : folder_(std::move(folder)) {
        ::chmod(QFile::encodeName(folder_).constData(), 0555);
        if (::geteuid() == 0)
            setImmutable(folder_, true);
    }
    ~ReadOnlyFolder() { release(folder_); }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    static void release(const QString& folder) {
        if (::geteuid() == 0)
            setImmutable(folder, false);
        ::chmod(QFile::encodeName(folder).constData(), 0755);
    }
    /// True when a file cannot be created in the folder.
    bool holds() const {
        QFile probe(folder_ + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        return false;
    }

private:
    QString folder_;
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fileOf(const QString& id) {
    return id + QStringLiteral(".safetensors");
}

} // namespace

class TestUserModelFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void savedFileIsTheModelWithItsMetadata_data();
    void savedFileIsTheModelWithItsMetadata();
    void aNewIdNamesNoExistingFile_data();
    void aNewIdNamesNoExistingFile();
    void anIdThatIsNotAFileNameIsRefused_data();
    void anIdThatIsNotAFileNameIsRefused();
    void aFailedSaveKeepsTheEarlierFile_data();
    void aFailedSaveKeepsTheEarlierFile();
};

void TestUserModelFiles::initTestCase() {
    QLocale::setDefault(QLocale::c());
    test::isolateUserFolder(QStringLiteral("user-model-files"));
    QVERIFY(userModelsFolder().contains(QStringLiteral("user-model-files")));
}

void TestUserModelFiles::init() {
    ReadOnlyFolder::release(userModelsFolder()); // in case an earlier run was killed mid-test
    QVERIFY(test::emptyUserFolder());
}

void TestUserModelFiles::savedFileIsTheModelWithItsMetadata_data() {
    QTest::addColumn<bool>("greyscale");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("figure");
    QTest::newRow("NADE") << false << "nade-20261127-140200"
                          << "pixelchain-nade"
                          << "test_nll_nats";
    QTest::newRow("independent mixtures (greyscale)")
        << true << "independent-mixture-20261127-140200"
        << "pixelchain-independent-mixture"
        << "test_bits_per_dim";
}

void TestUserModelFiles::savedFileIsTheModelWithItsMetadata() {
    QFETCH(bool, greyscale);
    QFETCH(QString, id);
    QFETCH(QString, format);
    QFETCH(QString, figure);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString path = greyscale ? test::saveGreyUserModel(id, QStringLiteral("4.75"))
                                   : test::saveBinaryUserModel(id, QStringLiteral("91.25"));
    QCOMPARE(path, userModelsFolder() + QLatin1Char('/') + fileOf(id));
    QCOMPARE(test::userFolderContents(), QStringList{fileOf(id)}); // no temporary left behind

    const std::string file = QFile::encodeName(path).toStdString();
    QCOMPARE(QString::fromStdString(io::modelFormat(file)), format);
    const io::Metadata metadata = io::readMetadata(file);
    QCOMPARE(metadata.at("command"), std::string("pixelchain-cli train --epochs 3 --seconds 120"));
    QCOMPARE(metadata.at("epochs"), std::string("2"));
    QCOMPARE(metadata.at(figure.toStdString()), std::string(greyscale ? "4.75" : "91.25"));
    const QDateTime saved =
        QDateTime::fromString(QString::fromStdString(metadata.at(kSavedAtKey)), Qt::ISODate);
    QVERIFY2(saved >= before && saved <= QDateTime::currentDateTimeUtc().addSecs(1),
             metadata.at(kSavedAtKey).c_str());

    if (greyscale) {
        const auto original = io::parseContinuousModel(
            test::shippedBytes(QStringLiteral("independent-mixture-mnist")).toStdString());
        const io::LoadedContinuous loaded = io::loadContinuousModel(file);
        QCOMPARE(loaded.testBitsPerDim, 4.75);
        QCOMPARE(loaded.model->parameterCount(), original.model->parameterCount());
        QCOMPARE(loaded.model->tensors().tensors.front().floats,
                 original.model->tensors().tensors.front().floats);
    } else {
        const auto original =
            io::parseModel(test::shippedBytes(QStringLiteral("nade-mnist")).toStdString());
        const io::LoadedModel loaded = io::loadModel(file);
        QCOMPARE(loaded.testNll, 91.25);
        // The same weights score a digit exactly as the original does.
        const BinaryImage digit = testimages::checkerboard();
        QCOMPARE(loaded.model->evaluate(digit).logProb, original.model->evaluate(digit).logProb);
    }
}

void TestUserModelFiles::aNewIdNamesNoExistingFile_data() {
    QTest::addColumn<QString>("family");
    QTest::newRow("nade") << "nade";
    QTest::newRow("rnade") << "rnade";
    QTest::newRow("independent-mixture") << "independent-mixture";
}

void TestUserModelFiles::aNewIdNamesNoExistingFile() {
    QFETCH(QString, family);
    // Files of this second and the next ten, and their "-2": whenever the id is made, the time
    // part is taken and so is "-2".
    const QDateTime now = QDateTime::currentDateTime();
    QStringList taken;
    for (int s = 0; s <= 10; ++s) {
        const QString base =
            family + QLatin1Char('-') + now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        taken << base << base + QStringLiteral("-2");
    }
    for (const QString& id : taken) {
        QFile file(userModelPath(id));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString id = newUserModelId(family);
    static const QRegularExpression form(QStringLiteral("^(.+)-(\\d{8}-\\d{6})-3$"));
    const QRegularExpressionMatch match = form.match(id);
    QVERIFY2(match.hasMatch(), qPrintable(id));
    QCOMPARE(match.captured(1), family);
    QVERIFY2(taken.contains(id.chopped(2)), qPrintable(id));
    QVERIFY(!QFile::exists(userModelPath(id)));
}

void TestUserModelFiles::anIdThatIsNotAFileNameIsRefused_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << "";
    QTest::newRow("up a folder") << "../escaped";
    QTest::newRow("only dots") << "..";
    QTest::newRow("a folder inside") << "nade/inner";
    QTest::newRow("hidden") << ".nade";
    QTest::newRow("a space") << "nade 2";
    QTest::newRow("absolute") << "/nade";
}

void TestUserModelFiles::anIdThatIsNotAFileNameIsRefused() {
    QFETCH(QString, id);
    try {
        test::saveBinaryUserModel(id);
        QFAIL("saved under a bad id");
    } catch (const std::runtime_error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(QStringLiteral("“%1”").arg(id)), e.what());
    }
    QVERIFY(test::userFolderContents().isEmpty());
    QVERIFY(!QFile::exists(userModelsFolder() + QStringLiteral("/../escaped.safetensors")));
}

void TestUserModelFiles::aFailedSaveKeepsTheEarlierFile_data() {
    QTest::addColumn<bool>("diskFull");
    QTest::newRow("disk full") << true;
    QTest::newRow("read-only folder") << false;
}

void TestUserModelFiles::aFailedSaveKeepsTheEarlierFile() {
    QFETCH(bool, diskFull);
    const QString id = QStringLiteral("nade-20261127-140200");
    const QString path = test::saveBinaryUserModel(id, QStringLiteral("91.25"));
    const QByteArray earlier = readAll(path);
    QVERIFY(earlier.size() > 1'000'000);
    {
        std::unique_ptr<FullDisk> full;
        std::unique_ptr<ReadOnlyFolder> readOnly;
        if (diskFull)
            full = std::make_unique<FullDisk>(64 * 1024);
        else {
            readOnly = std::make_unique<ReadOnlyFolder>(userModelsFolder());
            if (!readOnly->holds())
                QSKIP("this file system lets a file be created in any folder");
        }
        try {
            test::saveBinaryUserModel(id, QStringLiteral("80.00"));
            QFAIL("the save succeeded");
        } catch (const std::runtime_error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(QStringLiteral("Could not save the model “%1”").arg(id)),
                     e.what());
        }
    }
    QCOMPARE(readAll(path), earlier);
    QCOMPARE(test::userFolderContents(), QStringList{fileOf(id)});
    // Without the failure the same save goes through.
    test::saveBinaryUserModel(id, QStringLiteral("80.00"));
    QCOMPARE(io::loadModel(QFile::encodeName(path).toStdString()).testNll, 80.0);
    QCOMPARE(test::userFolderContents(), QStringList{fileOf(id)});
}

QTEST_MAIN(TestUserModelFiles)
#include "tst_user_model_files.moc"
