#pragma once
// GalleryStrip: thumbnails of the real test digits in a scrolling row. Clicking one (or Enter on
// it) asks the page to load it onto the canvas, where it can be scored and edited. The thumbnails
// show the digits as the canvas will: thresholded to bits, or in their 8-bit greys.
#include "ui/adapters/gallery_digits.h"

#include <QListWidget>

namespace pixelchain::ui {

class GalleryStrip : public QListWidget {
    Q_OBJECT
public:
    enum class Shade { Binary, Grey };

    explicit GalleryStrip(QWidget* parent = nullptr, Shade shade = Shade::Binary);

    const GalleryDigits& digits() const { return digits_; }

Q_SIGNALS:
    /// The student chose gallery digit `index`.
    void digitChosen(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void addThumbnails(Shade shade);

    GalleryDigits digits_;
};

} // namespace pixelchain::ui
