// Damaged model files through the GUI's ModelLibrary::loadFile, for each of the four formats
// (see model_damage.h for the catalogue), and paths that are no model file at all. Each refusal
// is one loadFailed signal whose message names the file and the problem, and nothing the user
// sees changes: the current model, the list of models and the Density page's score all stay.
// A control loads the intact copies the damage starts from, so each refusal is the damage's doing.
#include "model_damage.h"
#include "tests/common/shipped_ids.h"
#include "ui/adapters/gallery_digits.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/density/density_page.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

/// What the user can see of the library and the Density page.
struct Shown {
    QStringList ids;
    QVector<const DensityModel*> models;
    const DensityModel* current = nullptr;
    double logProb = 0;
    QString logProbText;
    BinaryImage drawing;
};

} // namespace

class TestHostileModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void intactCopiesLoad_data();
    void intactCopiesLoad();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void damagedFileCannotReplaceAModel_data();
    void damagedFileCannotReplaceAModel();
    void unreadablePathIsRefused_data();
    void unreadablePathIsRefused();

private:
    Shown shown() const;
    QString write(const QString& name, const QByteArray& bytes) const;
    void expectRefusal(const QString& path, const QStringList& says);

    QTemporaryDir dir_;
    std::unique_ptr<ui::ModelLibrary> library_;
    std::unique_ptr<ui::DensityPage> page_; // destroyed before the library it reads
};

void TestHostileModels::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QVERIFY(dir_.isValid());
    library_ = std::make_unique<ui::ModelLibrary>();
    QCOMPARE(library_->loadBuiltIn(), test::shippedCount());
    page_ = std::make_unique<ui::DensityPage>(library_.get(), nullptr);
    page_->resize(1400, 900);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    QVERIFY(library_->current());
}

void TestHostileModels::cleanupTestCase() {
    page_.reset();
    library_.reset();
}

Shown TestHostileModels::shown() const {
    Shown s;
    for (const ui::ModelEntry& entry : library_->entries()) {
        s.ids.append(entry.id);
        s.models.append(entry.model.get());
    }
    s.current = library_->current() ? library_->current()->model.get() : nullptr;
    s.logProb = page_->evaluation().logProb;
    s.logProbText = page_->findChild<QLabel*>(QStringLiteral("logProbValue"))->text();
    s.drawing = page_->drawing();
    return s;
}

QString TestHostileModels::write(const QString& name, const QByteArray& bytes) const {
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

void TestHostileModels::expectRefusal(const QString& path, const QStringList& says) {
    const Shown before = shown();
    QSignalSpy failed(library_.get(), &ui::ModelLibrary::loadFailed);
    QSignalSpy currentChanged(library_.get(), &ui::ModelLibrary::currentChanged);
    QSignalSpy entriesChanged(library_.get(), &ui::ModelLibrary::entriesChanged);
    QSignalSpy evaluated(page_.get(), &ui::DensityPage::evaluated);

    QVERIFY(!library_->loadFile(path));

    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    for (const QString& fragment : says)
        QVERIFY2(message.contains(fragment),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(fragment, message)));
    QCOMPARE(currentChanged.count(), 0);
    QCOMPARE(entriesChanged.count(), 0);
    QCOMPARE(evaluated.count(), 0);
    const Shown after = shown();
    QCOMPARE(after.ids, before.ids);
    QCOMPARE(after.models, before.models);
    QCOMPARE(after.current, before.current);
    QCOMPARE(after.logProb, before.logProb);
    QCOMPARE(after.logProbText, before.logProbText);
    QCOMPARE(after.drawing, before.drawing);
}

void TestHostileModels::intactCopiesLoad_data() {
    QTest::addColumn<QString>("format");
    for (const ModelFormat& f : modelFormats())
        QTest::newRow(qPrintable(f.name)) << f.name;
}

// The copy every damage starts from, taken apart and put back together untouched, loads and
// scores a real digit exactly as the built-in model does (tolerance 0: same weights, same code).
void TestHostileModels::intactCopiesLoad() {
    QFETCH(QString, format);
    const ModelFormat f = formatNamed(format);
    QVERIFY2(!f.name.isEmpty(), qPrintable("no model format is named " + format));
    ui::ModelLibrary fresh;
    QCOMPARE(fresh.loadBuiltIn(), test::shippedCount());
    const QString path =
        write(format + "-intact.safetensors", ModelBytes::builtIn(f.builtInId).serialize());
    QSignalSpy failed(&fresh, &ui::ModelLibrary::loadFailed);
    QVERIFY(fresh.loadFile(path));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(fresh.current()->id, format + "-intact");
    const DensityModel* original = nullptr;
    for (const ui::ModelEntry& entry : fresh.entries())
        if (entry.id == f.builtInId)
            original = entry.model.get();
    QVERIFY(original);
    const BinaryImage digit = ui::GalleryDigits::loadBuiltIn().images.at(7);
    QCOMPARE(fresh.current()->model->evaluate(digit).logProb, original->evaluate(digit).logProb);
}

void TestHostileModels::damagedFileIsRefused_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("damage"); // index into damagesOf(format)
    for (const ModelFormat& f : modelFormats()) {
        const QVector<ModelDamage> damages = damagesOf(f);
        for (int i = 0; i < damages.size(); ++i)
            QTest::addRow("%s: %s", qPrintable(f.name), qPrintable(damages[i].name)) << f.name << i;
    }
}

void TestHostileModels::damagedFileIsRefused() {
    QFETCH(QString, format);
    QFETCH(int, damage);
    static QMap<QString, ModelBytes> originals; // taken apart once per format
    const ModelFormat f = formatNamed(format);
    QVERIFY2(!f.name.isEmpty(), qPrintable("no model format is named " + format));
    const QVector<ModelDamage> damages = damagesOf(f);
    QVERIFY2(damage < damages.size(), qPrintable(format + " has fewer damages than the row says"));
    if (!originals.contains(format))
        originals.insert(format, ModelBytes::builtIn(f.builtInId));
    const DamagedFile damaged = damages.at(damage).apply(originals.value(format));
    QVERIFY2(!damaged.says.isEmpty(), "a damage must say what the refusal names");
    const QString path = write(format + "-damaged.safetensors", damaged.bytes);
    expectRefusal(path, {QStringLiteral("“%1-damaged”").arg(format), damaged.says});
}

void TestHostileModels::damagedFileCannotReplaceAModel_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : test::shippedIds())
        QTest::newRow(qPrintable(id)) << id;
}

// A damaged file named like a model already loaded (the current one among them) would replace it
// if it loaded; it must not, and the model of that name stays the very same object.
void TestHostileModels::damagedFileCannotReplaceAModel() {
    QFETCH(QString, id);
    const QByteArray intact = [&] {
        QFile file(QStringLiteral(":/models/%1.safetensors").arg(id));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(intact.size() > 1000);
    QDir(dir_.path()).mkdir(QStringLiteral("same-name"));
    const QString path = write("same-name/" + id + ".safetensors", intact.left(intact.size() - 3));
    expectRefusal(path, {QStringLiteral("“%1”").arg(id), QStringLiteral("points outside")});
}

void TestHostileModels::unreadablePathIsRefused_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("missing file") << "missing"
                                  << QStringList{"Could not open", "no-such.safetensors"};
    QTest::newRow("a directory") << "directory"
                                 << QStringList{"Could not open", "folder.safetensors"};
    QTest::newRow("over 1 GiB (sparse)") << "huge" << QStringList{"too large", "huge.safetensors"};
    QTest::newRow("a device that never ends") << "device" << QStringList{"not a regular file"};
}

void TestHostileModels::unreadablePathIsRefused() {
    QFETCH(QString, kind);
    QFETCH(QStringList, says);
    QString path;
    if (kind == "missing") {
        path = dir_.filePath(QStringLiteral("no-such.safetensors"));
    } else if (kind == "directory") {
        QDir(dir_.path()).mkdir(QStringLiteral("folder.safetensors"));
        path = dir_.filePath(QStringLiteral("folder.safetensors"));
    } else if (kind == "huge") {
        path = write(QStringLiteral("huge.safetensors"),
                     ModelBytes::builtIn("independent-mnist").serialize());
        QFile file(path);
        QVERIFY(file.resize((qint64{1} << 30) + 1)); // a hole: no disk space is used
    } else {
        path = QStringLiteral("/dev/zero"); // reads forever: a size check alone never stops it
    }
    expectRefusal(path, says);
}

QTEST_MAIN(TestHostileModels)
#include "tst_hostile_models.moc"
