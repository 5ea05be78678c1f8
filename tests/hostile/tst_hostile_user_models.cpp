// Damaged files among the models the user trained: at start-up (loadUserModels) each library
// reads the user's folder, and a file that is cut short, has a garbage header, a tensor of the
// wrong size, or the name of a shipped model is refused with a message that names the file and
// says why, while the good files beside it still load and the current model stays. A damaged file
// is reported once: by the greyscale library when its header says greyscale, else by ModelLibrary.
#include "model_damage.h"
#include "tests/common/user_model_fixture.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

const QString kGoodBinary = QStringLiteral("nade-20261127-140200");
const QString kGoodGrey = QStringLiteral("independent-mixture-20261127-140200");

/// The damage of that name done to the shipped NADE.
test::DamagedFile nadeDamage(const QString& name) {
    const test::ModelFormat nade = test::formatNamed(QStringLiteral("nade"));
    for (const test::ModelDamage& damage : test::damagesOf(nade))
        if (damage.name == name)
            return damage.apply(test::ModelBytes::builtIn(nade.builtInId));
    qFatal("no damage called %s", qPrintable(name));
}

QStringList idsOf(const auto& entries) {
    QStringList ids;
    for (const auto& entry : entries)
        if (entry.userModel)
            ids << entry.id;
    return ids;
}

} // namespace

class TestHostileUserModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void aDamagedFileIsRefusedAndTheOthersLoad_data();
    void aDamagedFileIsRefusedAndTheOthersLoad();
};

void TestHostileUserModels::initTestCase() {
    QLocale::setDefault(QLocale::c());
    test::isolateUserFolder(QStringLiteral("hostile-user-models"));
}

void TestHostileUserModels::init() {
    QVERIFY(test::emptyUserFolder());
}

void TestHostileUserModels::aDamagedFileIsRefusedAndTheOthersLoad_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("greyscale"); // which library must report it
    const QString damaged = QStringLiteral("nade-20261127-150000.safetensors");
    for (const char* name :
         {"empty file", "cut inside the header", "cut inside the data", "last byte missing",
          "header length 2^63", "header length reaching into the data",
          "shape of W larger than its bytes", "shape of W reshaped", "format tag of no model"}) {
        const test::DamagedFile file = nadeDamage(QString::fromUtf8(name));
        QTest::newRow(name) << damaged << file.bytes << file.says << false;
    }
    QTest::newRow("garbage from the first byte")
        << damaged << QByteArray(4096, char(0xAB)) << "does not fit" << false;

    test::ModelBytes mixture =
        test::ModelBytes::builtIn(QStringLiteral("independent-mixture-mnist"));
    mixture.tensor(QStringLiteral("pi")).shape[0] += 1;
    QTest::newRow("greyscale, shape of pi larger than its bytes")
        << QStringLiteral("independent-mixture-20261127-150000.safetensors") << mixture.serialize()
        << "needs a different size" << true;

    QTest::newRow("named like a shipped model")
        << QStringLiteral("nade-mnist.safetensors")
        << test::shippedBytes(QStringLiteral("nade-mnist")) << "comes with PixelChain" << false;
}

void TestHostileUserModels::aDamagedFileIsRefusedAndTheOthersLoad() {
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QFETCH(bool, greyscale);
    test::saveBinaryUserModel(kGoodBinary);
    test::saveGreyUserModel(kGoodGrey);
    const QString path = userModelsFolder() + QLatin1Char('/') + fileName;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // A fresh start: the shipped models, then the user's.
    ModelLibrary binary;
    GreyModelLibrary grey;
    QVERIFY(binary.loadBuiltIn() >= 5);
    grey.loadBuiltIn(); // the RNADE may be missing from a build tree: not needed here
    const QString binaryCurrent = binary.current()->id;
    const QString greyCurrent = grey.current()->id;
    QSignalSpy binaryFailed(&binary, &ModelLibrary::loadFailed);
    QSignalSpy greyFailed(&grey, &GreyModelLibrary::loadFailed);
    QCOMPARE(binary.loadUserModels(), 1);
    QCOMPARE(grey.loadUserModels(), 1);

    QSignalSpy& reporter = greyscale ? greyFailed : binaryFailed;
    QCOMPARE(reporter.count(), 1);
    QCOMPARE((greyscale ? binaryFailed : greyFailed).count(), 0);
    const QString message = reporter.at(0).at(0).toString();
    QVERIFY2(message.contains(fileName), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));

    QCOMPARE(idsOf(binary.entries()), QStringList{kGoodBinary});
    QCOMPARE(idsOf(grey.entries()), QStringList{kGoodGrey});
    QCOMPARE(binary.current()->id, binaryCurrent);
    QCOMPARE(grey.current()->id, greyCurrent);
    QVERIFY(QFile::exists(path)); // refused, not deleted: the user decides
}

QTEST_MAIN(TestHostileUserModels)
#include "tst_hostile_user_models.moc"
