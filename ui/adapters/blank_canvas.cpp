#include "ui/adapters/blank_canvas.h"

#include "core/image/binary_image.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_names.h"

#include <cmath>

namespace pixelchain::ui {

QVector<BlankCanvasScore> scoreBlankCanvas(const ModelLibrary& library) {
    QVector<BlankCanvasScore> scores;
    const BinaryImage blank;
    for (const ModelEntry& entry : library.entries()) {
        const double largest = entry.largestTestLogProb();
        if (!entry.model || std::isnan(largest))
            continue;
        scores.append({entry.id, ModelNames::shortName(*entry.model),
                       entry.model->evaluate(blank).logProb, largest});
    }
    return scores;
}

} // namespace pixelchain::ui
