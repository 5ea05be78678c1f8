// The model registry against resources/models/ (both ways: every entry has its file, every file
// has its entry), and the per-family virtuals of DensityModel: the context each conditional sees,
// the hidden-layer view, the batched log-likelihood and the tensors a file holds.
#include "core/io/continuous_model_file.h"
#include "core/io/model_file.h"
#include "core/models/fvsbn.h"
#include "core/models/independent.h"
#include "core/models/markov.h"
#include "core/models/model_registry.h"
#include "nade_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <cmath>
#include <random>

using namespace pixelchain;

namespace {

QString modelsDir() {
    return qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") + QLatin1Char('/') +
           QString::fromUtf8(ModelRegistry::kSourceFolder.data(),
                             qsizetype(ModelRegistry::kSourceFolder.size()));
}

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::vector<float> probabilities(std::size_t count, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::vector<float> p(count);
    for (float& v : p)
        v = 0.05f + 0.9f * float((engine() >> 11) * 0x1.0p-53);
    return p;
}

/// A small model of each family, with weights from a fixed seed.
std::shared_ptr<const DensityModel> smallModel(const QString& name) {
    if (name == QLatin1String("independent"))
        return std::make_shared<Independent>(probabilities(kPixels, 1));
    if (name == QLatin1String("markov 0"))
        return std::make_shared<Markov>(0, probabilities(Markov::tableSize(0), 2));
    if (name == QLatin1String("markov 2"))
        return std::make_shared<Markov>(2, probabilities(Markov::tableSize(2), 3));
    if (name == QLatin1String("fvsbn")) {
        FvsbnWeights w;
        std::mt19937_64 engine(4);
        for (int i = 0; i < kPixels; ++i) {
            w.b(i) = float(int(engine() % 200) - 100) / 50.0f;
            for (int j = 0; j < i; ++j)
                w.W(i, j) = float(int(engine() % 200) - 100) / 400.0f;
        }
        return std::make_shared<Fvsbn>(std::move(w));
    }
    if (name == QLatin1String("nade relu spiral"))
        return testing::randomNade(7, Activation::Relu, Ordering::spiral());
    if (name == QLatin1String("nade sigmoid random"))
        return testing::randomNade(3, Activation::Sigmoid, Ordering::random(11));
    qFatal("no small model named %s", qPrintable(name));
}

const QStringList kSmallModels = {
    QStringLiteral("independent"),      QStringLiteral("markov 0"),
    QStringLiteral("markov 2"),         QStringLiteral("fvsbn"),
    QStringLiteral("nade relu spiral"), QStringLiteral("nade sigmoid random")};

} // namespace

class ModelRegistryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entryMatchesItsFile_data();
    void entryMatchesItsFile();
    void everyFileIsRegistered_data();
    void everyFileIsRegistered();
    void idsAreSortedAndTheDefaultIsTheRasterNade();
    void contextSize_data();
    void contextSize();
    void hiddenLayer_data();
    void hiddenLayer();
    void logProbsEqualThePerImageLoop_data();
    void logProbsEqualThePerImageLoop();
    void fileFormatNamesTheFamily_data();
    void fileFormatNamesTheFamily();
};

void ModelRegistryTest::entryMatchesItsFile_data() {
    QTest::addColumn<QString>("id");
    for (const auto list : {ModelRegistry::all(), ModelRegistry::greyscale()})
        for (const ShippedModel& m : list)
            QTest::newRow(std::string(m.id).c_str()) << toQString(m.id);
}

// The file exists, loads, and is what the entry says: family, ordering, context size.
void ModelRegistryTest::entryMatchesItsFile() {
    QFETCH(QString, id);
    const ShippedModel* entry = ModelRegistry::find(id.toStdString());
    QVERIFY(entry);
    const QString path = modelsDir() + QLatin1Char('/') + QString::fromStdString(entry->fileName());
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + " is missing"));
    const bool greyscale = io::isContinuousFormat(io::modelFormat(path.toStdString()));
    QCOMPARE(greyscale, std::find_if(ModelRegistry::greyscale().begin(),
                                     ModelRegistry::greyscale().end(), [&](const auto& m) {
                                         return m.id == entry->id;
                                     }) != ModelRegistry::greyscale().end());
    if (greyscale) {
        const io::LoadedContinuous grey = io::loadContinuousModel(path.toStdString());
        QCOMPARE(grey.model->family(), entry->family);
        QCOMPARE(grey.metadata.at("format"),
                 "pixelchain-" + std::string(familyName(entry->family)));
        QCOMPARE(grey.model->ordering().name(), std::string(entry->ordering));
        QCOMPARE(grey.model->contextSize(), entry->contextSize);
        return;
    }
    const io::LoadedModel loaded = io::loadModel(path.toStdString());
    QVERIFY(loaded.model);
    QCOMPARE(loaded.model->family(), entry->family);
    QCOMPARE(loaded.metadata.at("format"), "pixelchain-" + std::string(familyName(entry->family)));
    QCOMPARE(loaded.model->ordering().name(), std::string(entry->ordering));
    QCOMPARE(loaded.metadata.at("ordering"), std::string(entry->ordering));
    QCOMPARE(loaded.model->contextSize(), entry->contextSize);
    QVERIFY(!entry->englishName.empty());
}

void ModelRegistryTest::everyFileIsRegistered_data() {
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(modelsDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// A file in resources/models/ without an entry would ship unlisted (or not at all): it fails.
void ModelRegistryTest::everyFileIsRegistered() {
    QFETCH(QString, file);
    const QFileInfo info(file);
    QCOMPARE(info.suffix(), QStringLiteral("safetensors"));
    const ShippedModel* entry = ModelRegistry::find(info.completeBaseName().toStdString());
    QVERIFY2(entry, qPrintable(file + " is not in the model registry"));
    QCOMPARE(QString::fromStdString(entry->fileName()), file);
}

void ModelRegistryTest::idsAreSortedAndTheDefaultIsTheRasterNade() {
    const auto all = ModelRegistry::all();
    QVERIFY(!all.empty());
    for (std::size_t i = 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].id < all[i].id, std::string(all[i].id).c_str());
    const ShippedModel& fallback = ModelRegistry::defaultModel();
    QCOMPARE(fallback.id, ModelRegistry::kDefaultId);
    QCOMPARE(fallback.family, ModelFamily::Nade);
    QCOMPARE(fallback.ordering, std::string_view("raster"));
    QVERIFY(ModelRegistry::find("no-such-model") == nullptr);
    std::size_t counted = 0;
    for (const ModelFamily f : {ModelFamily::Independent, ModelFamily::Markov, ModelFamily::Fvsbn,
                                ModelFamily::Nade, ModelFamily::NaiveBayes, ModelFamily::ClassNade})
        counted += ModelRegistry::ofFamily(f).size();
    QCOMPARE(counted, all.size());
}

void ModelRegistryTest::contextSize_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("context");
    const int all = DensityModel::kAllEarlier;
    QTest::newRow("independent: none") << "independent" << 0;
    QTest::newRow("Markov of order 0: none") << "markov 0" << 0;
    QTest::newRow("Markov of order 2: two") << "markov 2" << 2;
    QTest::newRow("FVSBN: all earlier") << "fvsbn" << all;
    QTest::newRow("NADE: all earlier") << "nade relu spiral" << all;
}

void ModelRegistryTest::contextSize() {
    QFETCH(QString, model);
    QFETCH(int, context);
    QCOMPARE(smallModel(model)->contextSize(), context);
}

void ModelRegistryTest::hiddenLayer_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("activation"); // Activation, or −1 when there is no hidden layer
    QTest::newRow("independent: none") << "independent" << 0 << -1;
    QTest::newRow("Markov: none") << "markov 2" << 0 << -1;
    QTest::newRow("FVSBN: none") << "fvsbn" << 0 << -1;
    QTest::newRow("NADE, H = 7, ReLU") << "nade relu spiral" << 7 << int(Activation::Relu);
    QTest::newRow("NADE, H = 3, sigmoid") << "nade sigmoid random" << 3 << int(Activation::Sigmoid);
}

// The view shows the model's own W: every entry equals the tensor its file would hold.
void ModelRegistryTest::hiddenLayer() {
    QFETCH(QString, model);
    QFETCH(int, units);
    QFETCH(int, activation);
    const auto m = smallModel(model);
    const HiddenLayerView view = m->hiddenLayer();
    QCOMPARE(view.units, units);
    QCOMPARE(view.empty(), units == 0);
    if (units == 0)
        return;
    QCOMPARE(int(view.activation), activation);
    const ModelTensors t = m->tensors();
    QCOMPARE(t.tensors.front().name, std::string("W")); // row-major [H, D]
    const std::vector<float>& W = t.tensors.front().floats;
    QCOMPARE(W.size(), std::size_t(units) * kPixels);
    for (int h = 0; h < units; ++h)
        for (int j = 0; j < kPixels; ++j)
            QCOMPARE(view.weight(h, j), W[std::size_t(h) * kPixels + std::size_t(j)]);
}

void ModelRegistryTest::logProbsEqualThePerImageLoop_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("threads");
    for (const QString& name : kSmallModels)
        for (const int threads : {1, 2})
            QTest::addRow("%s, %d thread(s)", qPrintable(name), threads) << name << threads;
}

// The batch (NADE's own pass, or the default loop) equals evaluate() image by image, to 1e-9
// relative, for a batch of 70 (more than two of NADE's blocks of 32), blank and full included.
void ModelRegistryTest::logProbsEqualThePerImageLoop() {
    QFETCH(QString, model);
    QFETCH(int, threads);
    const auto m = smallModel(model);
    std::vector<BinaryImage> images{BinaryImage()};
    BinaryImage full;
    for (int i = 0; i < kPixels; ++i)
        full.set(i, true);
    images.push_back(full);
    for (std::uint64_t seed = 1; images.size() < 70; ++seed)
        images.push_back(testing::randomImage(seed, int(seed % 60)));
    std::vector<std::uint8_t> rows(images.size() * kPixels);
    for (std::size_t n = 0; n < images.size(); ++n)
        for (int j = 0; j < kPixels; ++j)
            rows[n * kPixels + std::size_t(j)] = images[n].at(m->ordering().pixel(j)) ? 1 : 0;
    const std::vector<double> batch = m->logProbs({rows.data(), images.size()}, threads);
    QCOMPARE(batch.size(), images.size());
    double worst = 0;
    for (std::size_t n = 0; n < images.size(); ++n) {
        const double one = m->evaluate(images[n]).logProb;
        QVERIFY(std::isfinite(one));
        worst = std::max(worst, std::abs(batch[n] - one) / std::max(1.0, std::abs(one)));
    }
    qInfo("worst relative difference %.3g", worst);
    QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
}

void ModelRegistryTest::fileFormatNamesTheFamily_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("format");
    QTest::newRow("independent") << "independent"
                                 << "pixelchain-independent";
    QTest::newRow("markov") << "markov 2"
                            << "pixelchain-markov";
    QTest::newRow("fvsbn") << "fvsbn"
                           << "pixelchain-fvsbn";
    QTest::newRow("nade") << "nade sigmoid random"
                          << "pixelchain-nade";
}

// A model written through its tensors() reads back as the same family, ordering and numbers.
void ModelRegistryTest::fileFormatNamesTheFamily() {
    QFETCH(QString, model);
    QFETCH(QString, format);
    const auto m = smallModel(model);
    const io::LoadedModel back = io::parseModel(io::serializeModel(*m, {{"dataset", "test"}}));
    QCOMPARE(QString::fromStdString(back.metadata.at("format")), format);
    QCOMPARE(back.model->family(), m->family());
    QCOMPARE(back.model->ordering(), m->ordering());
    QCOMPARE(back.model->contextSize(), m->contextSize());
    QCOMPARE(back.model->parameterCount(), m->parameterCount());
    const BinaryImage digit = testing::randomImage(9, 25);
    QCOMPARE(back.model->evaluate(digit).logProb, m->evaluate(digit).logProb);
}

QTEST_GUILESS_MAIN(ModelRegistryTest)
#include "tst_model_registry.moc"
