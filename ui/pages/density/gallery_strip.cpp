#include "ui/pages/density/gallery_strip.h"

#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QScrollBar>

namespace pixelchain::ui {
namespace {

constexpr int kThumb = 56; // two screen pixels per image pixel

// Ink on paper, as on the canvas: bits as 20 and 250, greys as 255 − v (MNIST's 255 is ink).
QIcon thumbnail(const GalleryDigits& digits, std::size_t n, GalleryStrip::Shade shade) {
    QImage picture(kSide, kSide, QImage::Format_Grayscale8);
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c)
            picture.scanLine(r)[c] =
                shade == GalleryStrip::Shade::Grey
                    ? std::uint8_t(kGreyLevels - 1 - digits.greyImages[n].at(r, c))
                    : (digits.images[n].at(r, c) ? 20 : 250);
    return QIcon(QPixmap::fromImage(picture.scaled(kThumb, kThumb)));
}

} // namespace

GalleryStrip::GalleryStrip(QWidget* parent, Shade shade)
    : QListWidget(parent)
    , digits_(GalleryDigits::loadBuiltIn()) {
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(kThumb, kThumb));
    setSpacing(4);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addThumbnails(shade);
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT digitChosen(row(item)); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT digitChosen(row(item)); });
}

void GalleryStrip::retranslate() {
    if (digits_.size() == 0)
        return;
    for (int n = 0; n < count(); ++n)
        item(n)->setToolTip(tr("A real test digit: %1").arg(digits_.labels[std::size_t(n)]));
}

void GalleryStrip::addThumbnails(Shade shade) {
    if (digits_.size() == 0) {
        auto* note = new QListWidgetItem(digits_.error, this);
        note->setFlags(Qt::NoItemFlags);
        return;
    }
    for (std::size_t n = 0; n < digits_.size(); ++n) {
        new QListWidgetItem(thumbnail(digits_, n, shade), QString::number(digits_.labels[n]), this);
    }
    retranslate();
    // Room for the icons, their labels and a scroll bar, nothing more.
    setFixedHeight(kThumb + fontMetrics().height() + 3 * spacing() +
                   horizontalScrollBar()->sizeHint().height() + 2 * frameWidth());
}

void GalleryStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

} // namespace pixelchain::ui
