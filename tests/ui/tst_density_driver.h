#pragma once
// Drives a DensityPage the way a student would — real mouse and key events on its widgets — with
// the built-in models loaded, and reads back what the page shows. Shared by the Density tests.
#include "core/io/model_file.h"
#include "core/stats/percentiles.h"
#include "ui/adapters/gallery_digits.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/density/drawing_canvas.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace pixelchain::test {

class DensityPageDriver {
public:
    explicit DensityPageDriver(QSize size = {1600, 1200})
        : library_(std::make_unique<ui::ModelLibrary>()) {
        library_->loadBuiltIn();
        addScoredModel();
        page_ = std::make_unique<ui::DensityPage>(library_.get(), nullptr);
        page_->resize(size);
        page_->show();
    }

    ui::DensityPage& page() { return *page_; }
    ui::ModelLibrary& library() { return *library_; }
    const DensityModel& model() { return *library_->current()->model; }
    ui::DrawingCanvas* canvas() { return find<ui::DrawingCanvas>("drawingCanvas"); }

    template <typename T> T* find(const char* name) {
        T* child = page_->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child named %s", name);
        return child;
    }

    /// Centre of pixel (row, col) in the widget's coordinates.
    static QPoint cellCentre(const ui::PixelGrid* grid, int row, int col) {
        const QRectF field = grid->fieldRect();
        const double cell = field.width() / kSide;
        return QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell)
            .toPoint();
    }

    /// A move with `buttons` held (QTest::mouseMove carries no buttons on Qt 6).
    static void dragTo(QWidget* widget, QPoint position, Qt::MouseButtons buttons) {
        QMouseEvent move(QEvent::MouseMove, QPointF(position),
                         QPointF(widget->mapToGlobal(position)), Qt::NoButton, buttons,
                         Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }

    /// One stroke through the centres of `cells` (row, col) with `button` held.
    void stroke(const QList<QPoint>& cells, Qt::MouseButton button = Qt::LeftButton) {
        ui::DrawingCanvas* c = canvas();
        QTest::mousePress(c, button, Qt::NoModifier,
                          cellCentre(c, cells.front().x(), cells.front().y()));
        for (const QPoint& cell : cells)
            dragTo(c, cellCentre(c, cell.x(), cell.y()), button);
        QTest::mouseRelease(c, button, Qt::NoModifier,
                            cellCentre(c, cells.back().x(), cells.back().y()));
    }

    void click(const char* buttonName) {
        QTest::mouseClick(find<QAbstractButton>(buttonName), Qt::LeftButton);
    }

    QString text(const char* labelName) { return find<QLabel>(labelName)->text(); }

    /// Id of the model the tests score with: the shipped NADE with test percentiles of its own.
    static QString scoredId() { return QStringLiteral("nade-scored"); }

private:
    /// The shipped model file may not carry test-set percentiles yet (it is still being trained).
    /// The tests add a copy whose percentiles come from the 100 gallery digits, so percentile and
    /// verdict are exercised whatever the file holds, and make it current.
    void addScoredModel() {
        QFile file(QStringLiteral(":/models/nade-mnist.safetensors"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in model is missing");
        io::LoadedModel shipped = io::parseModel(file.readAll().toStdString());
        if (shipped.model->family() != ModelFamily::Nade)
            qFatal("the built-in model is not a NADE");
        std::vector<double> logProbs;
        for (const BinaryImage& digit : ui::GalleryDigits::loadBuiltIn().images)
            logProbs.push_back(shipped.model->evaluate(digit).logProb);
        QStringList numbers;
        for (double q : stats::percentiles(logProbs))
            numbers.append(QString::number(q, 'g', 17));
        io::Metadata metadata = shipped.metadata;
        metadata["test_ll_quantiles"] = ("[" + numbers.join(QLatin1Char(',')) + "]").toStdString();
        const std::string bytes = io::serializeModel(*shipped.model, metadata);
        if (!library_->loadBytes(scoredId(), QByteArray::fromStdString(bytes)) ||
            !library_->select(scoredId()))
            qFatal("could not add the scored copy of the model");
    }

    std::unique_ptr<ui::ModelLibrary> library_;
    std::unique_ptr<ui::DensityPage> page_; // destroyed before the library it reads
};

} // namespace pixelchain::test
