// NADE's hidden units on the Models page: the tiles are the units with the largest input-weight
// norm, strongest first, and each tile's colours follow the sign of W[h, :] laid out in image
// space (column σ⁻¹(i) of W at raster pixel i) — checked on the tile images and on the pixels the
// widget paints. Pointing at a tile reads out its unit; the chooser switches between the NADEs.
#include "core/models/nade.h"
#include "models_page_driver.h"
#include "tests/common/shipped_ids.h"
#include "ui/adapters/hidden_unit_grid.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/models/hidden_units_panel.h"
#include "ui/pages/models/models_page.h"
#include "ui/widgets/pixel_grid.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

// Norms are float sums over 784 weights.
constexpr double kNormTolerance = 1e-5;
// Weights this far from 0 (as a fraction of the colour scale) have an unmistakable hue;
// weights closer to 0 than the lower bound are drawn nearly white.
constexpr float kClearlySigned = 0.15f;
constexpr float kNearlyZero = 0.02f;

/// +1 for an orange pixel, −1 for a blue one, 0 for (nearly) white.
int hueSign(QRgb colour) {
    const int warm = qRed(colour) - qBlue(colour);
    if (std::min({qRed(colour), qGreen(colour), qBlue(colour)}) > 225)
        return 0;
    return warm > 0 ? 1 : -1;
}

/// The centre of image pixel (row, col) inside a tile drawn in `tile`.
QPoint pixelCentre(const QRect& tile, int row, int col) {
    const double cell = double(tile.width()) / kSide;
    return QPointF(tile.left() + (col + 0.5) * cell, tile.top() + (row + 0.5) * cell).toPoint();
}

/// A NADE's input weights W [H, D] as its file holds them (DensityModel::tensors(), the writer's
/// path): a reference independent of the hidden-layer view the panel reads.
struct NadeReference {
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> W;
    Ordering order = Ordering::raster();
    int hidden() const { return int(W.rows()); }
    const Ordering& ordering() const { return order; }
};

std::optional<NadeReference> nadeOf(const ModelLibrary& library, const QString& id) {
    for (const ModelEntry& e : library.entries()) {
        if (e.id != id || e.model->family() != ModelFamily::Nade)
            continue;
        for (const NamedTensor& t : e.model->tensors().tensors)
            if (t.name == "W")
                return NadeReference{
                    Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic,
                                                   Eigen::RowMajor>>(t.floats.data(), t.shape[0],
                                                                     t.shape[1]),
                    e.model->ordering()};
    }
    return std::nullopt;
}

} // namespace

class TestHiddenUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tilesAreTheStrongestUnitsInOrder_data();
    void tilesAreTheStrongestUnitsInOrder();
    void tileColoursFollowTheSignOfW_data();
    void tileColoursFollowTheSignOfW();
    void pointingAtATileReadsOutItsUnit();
    void theChooserSwitchesTheNade();
    void degenerateWeights();

private:
    void choose(const QString& id);
    HiddenUnitsPanel* panel() const { return page_->hiddenUnits(); }

    ModelLibrary library_;
    std::unique_ptr<ModelsPage> page_;
};

void TestHiddenUnits::initTestCase() {
    openModelsPage(library_, page_);
    if (QTest::currentTestFailed())
        return;
    // Open the tab the way a student does.
    clickModelsTab(*page_, QStringLiteral("hidden-units"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(panel()->grid()->isVisible());
}

/// Picks the NADE with this id in the panel's chooser with the keyboard.
void TestHiddenUnits::choose(const QString& id) {
    auto* chooser = panel()->findChild<QComboBox*>(QStringLiteral("hiddenUnitsModel"));
    QVERIFY(chooser);
    const int row = chooser->findData(id);
    QVERIFY2(row >= 0, qPrintable(id));
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(chooser, Qt::Key_Down);
    QCOMPARE(panel()->modelId(), id);
}

void TestHiddenUnits::tilesAreTheStrongestUnitsInOrder_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : test::shippedIds(ModelFamily::Nade))
        QTest::newRow(qPrintable(id)) << id;
}

void TestHiddenUnits::tilesAreTheStrongestUnitsInOrder() {
    QFETCH(QString, id);
    choose(id);
    const auto nade = nadeOf(library_, id);
    QVERIFY(nade);
    const HiddenUnitTiles& tiles = panel()->grid()->tiles();
    const int shown = std::min(HiddenUnitsPanel::kShownUnits, nade->hidden());
    QCOMPARE(int(tiles.size()), shown);
    QCOMPARE(tiles.hiddenCount, nade->hidden());
    const Eigen::MatrixXf& W = nade->W;
    std::vector<double> all;
    for (int h = 0; h < W.rows(); ++h)
        all.push_back(double(W.row(h).norm()));
    std::sort(all.rbegin(), all.rend());
    double worst = 0;
    for (std::size_t k = 0; k < tiles.size(); ++k) {
        const double norm = double(W.row(tiles.units[k]).norm());
        worst = std::max(worst, std::abs(tiles.norms[k] - norm) / norm);
        // The k-th tile has the k-th largest norm of all H units.
        worst = std::max(worst, std::abs(tiles.norms[k] - all[k]) / all[k]);
        if (k > 0)
            QVERIFY(tiles.norms[k] <= tiles.norms[k - 1]);
    }
    QVERIFY2(worst <= kNormTolerance, qPrintable(QString::number(worst)));
}

void TestHiddenUnits::tileColoursFollowTheSignOfW_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("rank");
    for (const QString& id : test::shippedIds(ModelFamily::Nade))
        for (const int rank : {0, 1, 57, HiddenUnitsPanel::kShownUnits - 1})
            QTest::newRow((id.toUtf8() + ", tile " + QByteArray::number(rank)).constData())
                << id << rank;
}

void TestHiddenUnits::tileColoursFollowTheSignOfW() {
    QFETCH(QString, id);
    QFETCH(int, rank);
    choose(id);
    const auto nade = nadeOf(library_, id);
    HiddenUnitGrid* grid = panel()->grid();
    const HiddenUnitTiles& tiles = grid->tiles();
    QVERIFY(rank < int(tiles.size()));
    const int h = tiles.units[std::size_t(rank)];
    const QImage painted = grid->grab().toImage();
    const QRect rect = grid->tileRect(rank);
    QVERIFY(rect.width() >= kSide);
    int signedChecked = 0, whiteChecked = 0;
    for (int pixel = 0; pixel < kPixels; ++pixel) {
        // W straight from the model: column σ⁻¹(pixel) is this pixel's weight.
        const float w = nade->W(h, nade->ordering().position(pixel));
        const float t = w / tiles.scale;
        const int expected = std::abs(t) >= kClearlySigned ? (w > 0 ? 1 : -1) : 0;
        if (expected == 0 && std::abs(t) > kNearlyZero)
            continue; // pale in between: no clear answer either way
        const int row = pixel / kSide, col = pixel % kSide;
        const QRgb inImage = tiles.images[std::size_t(rank)].pixel(col, row);
        const QRgb onScreen = painted.pixel(pixelCentre(rect, row, col));
        QVERIFY2(hueSign(inImage) == expected && hueSign(onScreen) == expected,
                 qPrintable(QStringLiteral("unit %1, pixel (%2, %3): w = %4, image %5, screen %6")
                                .arg(h)
                                .arg(row)
                                .arg(col)
                                .arg(double(w))
                                .arg(QColor(inImage).name(), QColor(onScreen).name())));
        (expected == 0 ? whiteChecked : signedChecked) += 1;
    }
    // Enough of both kinds to mean something.
    QVERIFY2(signedChecked >= 20, qPrintable(QString::number(signedChecked)));
    QVERIFY2(whiteChecked + signedChecked >= 100, qPrintable(QString::number(whiteChecked)));
}

void TestHiddenUnits::pointingAtATileReadsOutItsUnit() {
    choose(QStringLiteral("nade-mnist"));
    HiddenUnitGrid* grid = panel()->grid();
    const HiddenUnitTiles& tiles = grid->tiles();
    const int rank = 12, row = 14, col = 9;
    // The grid fits its columns to the height it is given: let the layout finish first.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QRect rect = grid->tileRect(rank);
    QTest::mouseMove(grid, pixelCentre(rect, row, col));
    const QString expected =
        QStringLiteral("Unit %1 of %2, rank 13").arg(tiles.units[rank]).arg(tiles.hiddenCount);
    QTRY_VERIFY2(panel()->readout()->text().contains(expected),
                 qPrintable(panel()->readout()->text()));
    const QString text = panel()->readout()->text();
    QVERIFY2(text.contains(QString::number(tiles.norms[rank], 'f', 2)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("pixel (%1, %2)").arg(row).arg(col)), qPrintable(text));
    auto* zoomed = panel()->findChild<PixelGrid*>(QStringLiteral("hiddenUnitZoom"));
    QVERIFY(zoomed && zoomed->showsValues());
    QCOMPARE(zoomed->highlight(), row * kSide + col);
    // Between two tiles there is no unit.
    QTest::mouseMove(grid, QPoint(rect.right() + HiddenUnitGrid::kGap / 2 + 1, rect.center().y()));
    QTRY_VERIFY(panel()->readout()->text().startsWith(QStringLiteral("Point at a tile")));
    QVERIFY(!zoomed->showsValues());
}

void TestHiddenUnits::theChooserSwitchesTheNade() {
    choose(QStringLiteral("nade-mnist"));
    const std::vector<int> raster = panel()->grid()->tiles().units;
    choose(QStringLiteral("nade-spiral-mnist"));
    const auto spiral = nadeOf(library_, QStringLiteral("nade-spiral-mnist"));
    QVERIFY(spiral);
    QCOMPARE(panel()->grid()->tiles().hiddenCount, spiral->hidden());
    const int top = panel()->grid()->tiles().units.front();
    const double norm = double(spiral->W.row(top).norm());
    QVERIFY(std::abs(panel()->grid()->tiles().norms.front() - norm) <= kNormTolerance * norm);
    QVERIFY(panel()->grid()->tiles().units != raster);
    // Reloading the models keeps the chosen NADE.
    page_->hiddenUnits()->showModels(library_.entries());
    QCOMPARE(panel()->modelId(), QStringLiteral("nade-spiral-mnist"));
}

void TestHiddenUnits::degenerateWeights() {
    // All-zero weights: every norm 0, every tile white, the scale still positive.
    NadeWeights zero(3, kPixels);
    const Nade flat(zero, Ordering::spiral(), Activation::Relu);
    const HiddenUnitTiles tiles = HiddenUnitTiles::strongest(flat, HiddenUnitsPanel::kShownUnits);
    QCOMPARE(int(tiles.size()), 3);
    QVERIFY(tiles.scale > 0);
    for (const QImage& image : tiles.images)
        QCOMPARE(hueSign(image.pixel(5, 5)), 0);
    // A non-finite weight is drawn white rather than poisoning the scale.
    NadeWeights odd(2, kPixels);
    odd.W(1, 0) = std::numeric_limits<float>::quiet_NaN();
    odd.W(1, 1) = 1.0f;
    odd.W(0, 2) = -0.5f;
    const HiddenUnitTiles some =
        HiddenUnitTiles::strongest(Nade(odd, Ordering::raster(), Activation::Relu), 1);
    QCOMPARE(int(some.size()), 1);
    QCOMPARE(some.units.front(), 0);
    QVERIFY(std::isfinite(some.scale) && some.scale > 0);
    QCOMPARE(HiddenUnitTiles::strongest(flat, 0).size(), std::size_t(0));
}

QTEST_MAIN(TestHiddenUnits)
#include "tst_hidden_units.moc"
