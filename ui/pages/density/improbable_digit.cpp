#include "ui/pages/density/improbable_digit.h"

#include "core/stats/percentiles.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace pixelchain::ui {
namespace {

/// The off pixel farthest (Chebyshev) from every on pixel of `image`; −1 when all are on.
int farthestOffPixel(const BinaryImage& image) {
    std::vector<int> ink;
    for (int i = 0; i < kPixels; ++i)
        if (image.at(i))
            ink.push_back(i);
    int best = -1, bestDistance = -1;
    for (int i = 0; i < kPixels; ++i) {
        if (image.at(i))
            continue;
        int nearest = 2 * kSide; // farther than any two pixels: a blank image keeps it
        for (const int j : ink)
            nearest = std::min(nearest, std::max(std::abs(i / kSide - j / kSide),
                                                 std::abs(i % kSide - j % kSide)));
        if (nearest > bestDistance) {
            best = i;
            bestDistance = nearest;
        }
    }
    return best;
}

} // namespace

bool isConfidentButImprobable(const ClassScores& scores, double percentile) {
    if (scores.posterior.empty() || std::isnan(percentile))
        return false;
    return scores.posterior[std::size_t(scores.label)] > kConfidentPosterior &&
           percentile < kImprobablePercentile;
}

std::optional<ImprobableDigit> findImprobableDigit(const BayesJudge& judge,
                                                   const std::vector<BinaryImage>& images,
                                                   const std::vector<int>& labels, int label) {
    if (judge.testQuantiles.size() != stats::kPercentileCount)
        return std::nullopt;
    const ClassConditional& classifier = judge.classifier();
    for (std::size_t n = 0; n < images.size() && n < labels.size(); ++n) {
        if (labels[n] != label)
            continue;
        ImprobableDigit found{images[n], int(n), 0, {}, 0};
        for (;;) {
            found.scores = classifier.classify(found.image);
            found.percentile = judge.percentileOf(found.scores.logEvidence);
            const bool confident = found.scores.label == label &&
                                   found.scores.posterior[std::size_t(label)] > kConfidentPosterior;
            if (!confident)
                break;
            if (isConfidentButImprobable(found.scores, found.percentile)) {
                if (found.strayPixels > 0)
                    return found;
                break; // already unusual as it is: the strays should be what makes it so
            }
            if (found.strayPixels == kMaxStrayPixels)
                break;
            const int stray = farthestOffPixel(found.image);
            if (stray < 0)
                break;
            found.image.set(stray, true);
            ++found.strayPixels;
        }
    }
    return std::nullopt;
}

ImprobableDigitSearch::ImprobableDigitSearch(QObject* parent)
    : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<std::optional<ImprobableDigit>>::finished, this, [this] {
        busy_ = false;
        result_ = watcher_.result();
        Q_EMIT finished();
    });
}

// A run cannot be interrupted inside core; wait for it so it never outlives the page. (An older
// run that a newer request replaced holds copies of everything it reads.)
ImprobableDigitSearch::~ImprobableDigitSearch() {
    watcher_.waitForFinished();
}

void ImprobableDigitSearch::request(const BayesJudge& judge, const std::vector<BinaryImage>& images,
                                    const std::vector<int>& labels, int label) {
    busy_ = true;
    result_.reset();
    // Only the newest future is watched: a replaced run finishes unseen.
    watcher_.setFuture(QtConcurrent::run(findImprobableDigit, judge, images, labels, label));
}

} // namespace pixelchain::ui
