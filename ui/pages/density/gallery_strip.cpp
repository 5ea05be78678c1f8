#include "ui/pages/density/gallery_strip.h"

#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QToolButton>
#include <algorithm>

namespace pixelchain::ui {
namespace {

constexpr int kThumb = 56; // two screen pixels per image pixel
constexpr int kCellMargin = 12;

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
    , digits_(GalleryDigits::loadBuiltIn())
    , previous_(new QToolButton(this))
    , next_(new QToolButton(this)) {
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(kThumb, kThumb));
    setGridSize(QSize(kThumb + kCellMargin, kThumb + fontMetrics().height() + kCellMargin));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    previous_->setObjectName(QStringLiteral("galleryPrevious"));
    next_->setObjectName(QStringLiteral("galleryNext"));
    previous_->setText(QStringLiteral("◀"));
    next_->setText(QStringLiteral("▶"));
    const int button = previous_->sizeHint().width();
    setViewportMargins(button, 0, button, 0);
    connect(previous_, &QToolButton::clicked, this, &GalleryStrip::showPreviousPage);
    connect(next_, &QToolButton::clicked, this, &GalleryStrip::showNextPage);
    addThumbnails(shade);
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT digitChosen(row(item)); });
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT digitChosen(row(item)); });
    // The arrow keys reach the digits of the next page: the page turns with the current item.
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && (row < first_ || row >= first_ + perPage_))
            scrollTo(model()->index(row, 0));
    });
}

void GalleryStrip::retranslate() {
    previous_->setToolTip(tr("Earlier test digits"));
    previous_->setAccessibleName(previous_->toolTip());
    next_->setToolTip(tr("More test digits"));
    next_->setAccessibleName(next_->toolTip());
    setAccessibleName(tr("Real test digits"));
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
    // Room for one row of icons and their labels, nothing more.
    setFixedHeight(gridSize().height() + 2 * frameWidth() + 4);
    layoutPage();
}

void GalleryStrip::scrollTo(const QModelIndex& index, ScrollHint hint) {
    if (index.isValid() && (index.row() < first_ || index.row() >= first_ + perPage_)) {
        first_ = index.row() / perPage_ * perPage_;
        layoutPage();
    }
    QListWidget::scrollTo(index, hint);
}

void GalleryStrip::showNextPage() {
    if (first_ + perPage_ >= count())
        return;
    first_ += perPage_;
    layoutPage();
}

void GalleryStrip::showPreviousPage() {
    first_ = std::max(0, first_ - perPage_);
    layoutPage();
}

void GalleryStrip::resizeEvent(QResizeEvent* event) {
    QListWidget::resizeEvent(event);
    layoutPage();
}

void GalleryStrip::layoutPage() {
    const int cell = gridSize().width();
    perPage_ = std::max(1, (viewport()->width() - 2) / std::max(1, cell));
    first_ = first_ / perPage_ * perPage_;
    for (int n = 0; n < count(); ++n)
        setRowHidden(n, n < first_ || n >= first_ + perPage_);
    // Lay the shown digits out now, so that where a digit is can be asked at once.
    executeDelayedItemsLayout();
    previous_->setEnabled(first_ > 0);
    next_->setEnabled(first_ + perPage_ < count());
    const QRect inside = contentsRect();
    const int button = previous_->sizeHint().width();
    previous_->setGeometry(inside.left(), inside.top(), button, inside.height());
    next_->setGeometry(inside.right() - button + 1, inside.top(), button, inside.height());
}

void GalleryStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

} // namespace pixelchain::ui
