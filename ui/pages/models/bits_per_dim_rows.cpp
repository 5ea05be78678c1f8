#include "ui/pages/models/bits_per_dim_rows.h"

#include "core/mnist/binarize.h"
#include "core/models/continuous_density.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/model_style.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pixelchain::ui {
namespace {

constexpr std::size_t kTestDigits = 10000; // MNIST's test file

/// A metadata value as a number; NaN when absent or not a number.
double number(const io::Metadata& metadata, const char* key) {
    const auto it = metadata.find(key);
    if (it == metadata.end())
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double value = QString::fromStdString(it->second).toDouble(&ok);
    return ok && std::isfinite(value) ? value : std::numeric_limits<double>::quiet_NaN();
}

QString count(std::size_t n) {
    return QLocale().toString(qulonglong(n));
}

} // namespace

QString BitsPerDimRows::figure(double bitsPerDim) {
    return std::isfinite(bitsPerDim) ? QLocale().toString(bitsPerDim, 'f', 2) : tr("—");
}

QString BitsPerDimRows::duration(long long seconds) {
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const long long minutes = seconds / 60;
    if (minutes < 10)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    const long long rounded = (seconds + 30) / 60;
    if (rounded < 60)
        return tr("%1 min").arg(rounded);
    return tr("%1 h %2 min").arg(rounded / 60).arg(rounded % 60, 2, 10, QLatin1Char('0'));
}

QString BitsPerDimRows::training(const io::Metadata& metadata) {
    QStringList parts;
    // A network: the schedule's epochs and the one kept (as every comparison in the app says it);
    // the mixtures: their EM iterations.
    const io::TrainingLength length = io::trainingLength(metadata);
    const double iterations = number(metadata, "iterations");
    if (length.scheduledEpochs > 0)
        parts << ModelNames::training(length);
    else if (iterations == 1)
        parts << tr("1 EM iteration");
    else if (iterations > 1)
        parts << tr("%1 EM iterations").arg(std::llround(iterations));
    const double seconds = number(metadata, "training_seconds");
    if (seconds >= 0)
        parts << duration(std::llround(seconds));
    return parts.isEmpty() ? tr("trained here") : tr("trained here: %1").arg(parts.join(tr(", ")));
}

QString BitsPerDimRows::setup(const ContinuousDensity& model) {
    const QString measured =
        tr("trained on the first %1 training digits; measured on the %2 test digits with u "
           "drawn once")
            .arg(count(mnist::kTrainCount), count(kTestDigits));
    if (model.family() == ModelFamily::Rnade)
        return tr("a single hidden layer of H = %1 units, %2 Gaussians per pixel, %3 order; %4")
            .arg(model.hiddenLayer().units)
            .arg(model.components())
            .arg(ModelNames::orderingName(model.ordering()), measured);
    return tr("no context: every pixel its own mixture of %1 Gaussians; %2")
        .arg(model.components())
        .arg(measured);
}

QVector<BitsPerDimRow> BitsPerDimRows::build(const QVector<GreyModelEntry>& entries) {
    QVector<BitsPerDimRow> rows;
    for (const GreyModelEntry& e : entries) {
        if (!e.model || !std::isfinite(e.testBitsPerDim))
            continue;
        BitsPerDimRow row;
        row.id = e.id;
        row.name = e.shortName();
        row.bitsPerDim = e.testBitsPerDim;
        row.binCentre = number(e.metadata, "test_bits_per_dim_bin_centre");
        row.source = training(e.metadata);
        row.setup = setup(*e.model);
        row.color = ModelStyle::color(e.model->family());
        row.tip = e.title;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const BitsPerDimRow& a, const BitsPerDimRow& b) {
        return a.bitsPerDim < b.bitsPerDim;
    });
    for (const PublishedBitsPerDim& p : PublishedResults::dequantizedMnist()) {
        BitsPerDimRow row;
        row.name = p.name;
        row.bitsPerDim = p.bitsPerDim;
        row.binCentre = std::numeric_limits<double>::quiet_NaN();
        row.source = tr("%1, “%2”, %3").arg(PublishedResults::citation(p), p.title, p.table);
        row.setup = p.setup;
        row.color = ModelStyle::publishedColor();
        row.published = true;
        row.tip = row.source;
        rows.append(row);
    }
    return rows;
}

} // namespace pixelchain::ui
