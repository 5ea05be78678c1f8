#pragma once
// GalleryStrip: thumbnails of the real test digits in one row. Clicking one (or Enter on it) asks
// the page to load it onto the canvas, where it can be scored and edited. The thumbnails show the
// digits as the canvas will: thresholded to bits, or in their 8-bit greys.
//
// The row never scrolls (a scroll bar in front of a class is a thing half the class cannot see):
// it shows as many digits as its width holds, and the ◀ ▶ buttons at its ends turn to the previous
// or next page. The arrow keys walk through every digit, turning the pages as they go.
#include "ui/adapters/gallery_digits.h"

#include <QListWidget>

class QToolButton;

namespace pixelchain::ui {

class GalleryStrip : public QListWidget {
    Q_OBJECT
public:
    enum class Shade { Binary, Grey };

    explicit GalleryStrip(QWidget* parent = nullptr, Shade shade = Shade::Binary);

    const GalleryDigits& digits() const { return digits_; }

    /// Shows the page that holds `index` (the strip has no scrolling of its own).
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    /// The first digit shown and how many are shown at once.
    int firstShown() const { return first_; }
    int shownCount() const { return perPage_; }
    void showNextPage();
    void showPreviousPage();

Q_SIGNALS:
    /// The student chose gallery digit `index`.
    void digitChosen(int index);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addThumbnails(Shade shade);
    /// Hides every digit off the current page and places the page buttons.
    void layoutPage();

    GalleryDigits digits_;
    QToolButton* previous_ = nullptr;
    QToolButton* next_ = nullptr;
    int first_ = 0;
    int perPage_ = 1;
};

} // namespace pixelchain::ui
