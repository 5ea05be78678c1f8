// The conditionals table: parsed back, it has a header and 784 rows in the model's sampling
// order, each row a chain-rule factor consistent with DensityModel::evaluate, and its log_p
// column sums to log p(x). Its numbers use '.' whatever the locale.
#include "core/io/atomic_file.h"
#include "core/io/conditionals_csv.h"
#include "core/sampling/sampler.h"
#include "shipped_models.h"
#include "tests/common/test_images.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <charconv>
#include <cmath>
#include <locale>
#include <set>

using namespace pixelchain;

Q_DECLARE_METATYPE(pixelchain::BinaryImage)

namespace {

const char* const kHeader = "step,pixel,row,col,value,p_on,log_p,surprise_bits";

template <typename Number> Number parse(const std::string& field) {
    Number value{};
    const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (error != std::errc() || end != field.data() + field.size())
        qFatal("not a number: \"%s\"", field.c_str());
    return value;
}

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    std::size_t start = 0, at;
    while ((at = text.find(separator, start)) != std::string::npos) {
        parts.push_back(text.substr(start, at - start));
        start = at + separator.size();
    }
    parts.push_back(text.substr(start));
    return parts;
}

using testimages::allOn;
using testimages::checkerboard;

/// A decimal comma and a dot for thousands: what a German C++ locale would do to stream output.
struct DecimalComma : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

} // namespace

class ConditionalsCsvTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsAreTheChainRuleFactors_data();
    void rowsAreTheChainRuleFactors();
    void decimalPointIgnoresTheLocale_data();
    void decimalPointIgnoresTheLocale();
    void saveWritesTheTable();
    void saveIntoAMissingFolderLeavesNothing();
};

void ConditionalsCsvTest::rowsAreTheChainRuleFactors_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<BinaryImage>("image");
    for (const QString& model : test::shippedModelFiles()) {
        const QByteArray name = model.toUtf8();
        QTest::addRow("%s, blank", name.constData()) << model << BinaryImage();
        QTest::addRow("%s, all on", name.constData()) << model << allOn();
        QTest::addRow("%s, checkerboard", name.constData()) << model << checkerboard();
        QTest::addRow("%s, its own sample", name.constData())
            << model << Sampler::draw(test::shippedModel(model), 3);
    }
}

void ConditionalsCsvTest::rowsAreTheChainRuleFactors() {
    QFETCH(QString, model);
    QFETCH(BinaryImage, image);
    const auto density = test::shippedModel(model);
    const Evaluation evaluation = density->evaluate(image);
    const Ordering& ordering = density->ordering();
    const std::string csv = io::conditionalsCsv(*density, image);

    // RFC 4180: CRLF after every record, the last one included.
    std::vector<std::string> lines = split(csv, "\r\n");
    QCOMPARE(lines.back(), std::string());
    lines.pop_back();
    QCOMPARE(int(lines.size()), 1 + kPixels);
    QCOMPARE(lines.front(), std::string(kHeader));

    double sumLogP = 0, worstFactor = 0;
    std::set<int> pixels;
    for (int j = 0; j < kPixels; ++j) {
        const std::vector<std::string> f = split(lines[std::size_t(j) + 1], ",");
        QCOMPARE(int(f.size()), 8);
        const int pixel = parse<int>(f[1]);
        QCOMPARE(parse<int>(f[0]), j);
        QCOMPARE(pixel, ordering.pixel(j)); // rows in sampling order
        QCOMPARE(parse<int>(f[2]), pixel / kSide);
        QCOMPARE(parse<int>(f[3]), pixel % kSide);
        QCOMPARE(parse<int>(f[4]), image.at(pixel) ? 1 : 0);
        const float pOn = parse<float>(f[5]);
        QVERIFY(pOn >= 0 && pOn <= 1);
        QCOMPARE(pOn, evaluation.conditionals[std::size_t(pixel)]); // the float, exactly
        const double logP = parse<double>(f[6]);
        QVERIFY(logP <= 0);
        // exp(log_p) is the probability of the value the pixel has: p_on or 1 − p_on.
        const double chance = image.at(pixel) ? pOn : 1.0 - pOn;
        worstFactor = std::max(worstFactor, std::abs(std::exp(logP) - chance));
        QVERIFY(std::abs(parse<double>(f[7]) + logP / std::log(2.0)) <= 1e-6 * (1 - logP));
        sumLogP += logP;
        pixels.insert(pixel);
    }
    QCOMPARE(int(pixels.size()), kPixels); // every pixel exactly once
    const double relative = std::abs(sumLogP - evaluation.logProb) / std::abs(evaluation.logProb);
    qInfo("Σ log_p = %.9f, evaluate().logProb = %.9f, relative difference %.2e; worst "
          "|exp(log_p) − p| %.2e",
          sumLogP, evaluation.logProb, relative, worstFactor);
    QVERIFY(relative <= 1e-6);
    QVERIFY(worstFactor <= 1e-6);
}

void ConditionalsCsvTest::decimalPointIgnoresTheLocale_data() {
    QTest::addColumn<bool>("cppLocale");
    QTest::addColumn<bool>("qtLocale");
    QTest::newRow("C++ global locale with a decimal comma") << true << false;
    QTest::newRow("Qt default locale German") << false << true;
    QTest::newRow("both") << true << true;
}

void ConditionalsCsvTest::decimalPointIgnoresTheLocale() {
    QFETCH(bool, cppLocale);
    QFETCH(bool, qtLocale);
    const auto model = test::shippedModel(QStringLiteral("nade-mnist"));
    const BinaryImage digit = Sampler::draw(model, 8);
    const std::string reference = io::conditionalsCsv(*model, digit);
    const std::locale previous = std::locale::global(
        cppLocale ? std::locale(std::locale::classic(), new DecimalComma) : std::locale::classic());
    const QLocale previousQt;
    if (qtLocale)
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const std::string localized = io::conditionalsCsv(*model, digit);
    std::locale::global(previous);
    QLocale::setDefault(previousQt);
    QCOMPARE(localized, reference);
    QVERIFY(reference.find(".") != std::string::npos);
}

void ConditionalsCsvTest::saveWritesTheTable() {
    QTemporaryDir dir;
    const auto model = test::shippedModel(QStringLiteral("markov1-mnist"));
    const std::string path = dir.filePath(QStringLiteral("factors.csv")).toStdString();
    io::saveConditionalsCsv(path, *model, checkerboard());
    QCOMPARE(io::readFile(path), io::conditionalsCsv(*model, checkerboard()));
}

void ConditionalsCsvTest::saveIntoAMissingFolderLeavesNothing() {
    QTemporaryDir dir;
    const auto model = test::shippedModel(QStringLiteral("independent-mnist"));
    const QString path = dir.filePath(QStringLiteral("missing/factors.csv"));
    QVERIFY_THROWS_EXCEPTION(io::WriteError,
                             io::saveConditionalsCsv(path.toStdString(), *model, BinaryImage()));
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(ConditionalsCsvTest)
#include "tst_conditionals_csv.moc"
