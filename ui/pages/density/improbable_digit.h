#pragma once
// ImprobableDigit: the lecture's case where the two questions a class-conditional model answers
// disagree. "Is this a 3?" asks the posterior p(3 | x); "is this a digit at all?" asks the evidence
// p(x) = Σ_y p(x | y) p(y). A real 3 with a few stray pixels far from its strokes can be clearly a
// 3 (p(3 | x) > 0.9: the strays cost every label about the same, so the ratio survives) and still
// be less probable than 95% of the real test digits (each stray pixel costs nats under every
// label).
//
// The drawing is found, never assumed: the search adds strays to the gallery's real digits of the
// label and checks each step with the judging model, so it fails honestly for a model under which
// the case does not arise. It runs on a worker thread (ImprobableDigitSearch), latest request
// wins, and is only redone when the judging model changes.
#include "core/models/class_conditional.h"
#include "ui/pages/density/bayes_judge.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>
#include <vector>

namespace pixelchain::ui {

/// "Confident": the most probable label has p(y | x) above this.
inline constexpr double kConfidentPosterior = 0.9;
/// "Improbable": log p(x) below this percentile of the real test digits (whole percent, as shown).
inline constexpr double kImprobablePercentile = 5;
/// The search gives up on a gallery digit after this many stray pixels.
inline constexpr int kMaxStrayPixels = 40;

/// Bayes' rule is confident about `scores.label` and `percentile` (rounded, as shown) lies below
/// kImprobablePercentile; false for a NaN percentile.
bool isConfidentButImprobable(const ClassScores& scores, double percentile);

struct ImprobableDigit {
    BinaryImage image;
    int galleryIndex = -1; ///< the real digit it starts from
    int strayPixels = 0;   ///< pixels added to it
    ClassScores scores;    ///< the judge's Bayes' rule for `image`
    double percentile = 0; ///< of log p(x) among the test digits, rounded
};

/// For each of `images` whose label in `labels` is `label` and that the judge calls a confident,
/// usual `label`, adds stray pixels one at a time (the off pixel farthest from the ink and from the
/// strays so far, by Chebyshev distance; ties to the lower raster index) until
/// isConfidentButImprobable() holds for `label`; a digit whose posterior of `label` drops to
/// kConfidentPosterior or below first is left, and so is one already improbable without strays
/// (the strays are to be the cause). Nothing when no digit gets there, or when the judge has no
/// test-set percentiles.
std::optional<ImprobableDigit> findImprobableDigit(const BayesJudge& judge,
                                                   const std::vector<BinaryImage>& images,
                                                   const std::vector<int>& labels, int label);

/// Runs findImprobableDigit() on a worker thread. A newer request replaces the one in flight: only
/// the latest one's result is handed out.
class ImprobableDigitSearch : public QObject {
    Q_OBJECT
public:
    explicit ImprobableDigitSearch(QObject* parent = nullptr);
    ~ImprobableDigitSearch() override;

    void request(const BayesJudge& judge, const std::vector<BinaryImage>& images,
                 const std::vector<int>& labels, int label);
    /// True from a request until its result is ready.
    bool busy() const { return busy_; }
    /// The latest finished search's drawing (nothing when it failed or none finished).
    const std::optional<ImprobableDigit>& result() const { return result_; }

Q_SIGNALS:
    /// result() holds the latest request's answer.
    void finished();

private:
    QFutureWatcher<std::optional<ImprobableDigit>> watcher_;
    std::optional<ImprobableDigit> result_;
    bool busy_ = false;
};

} // namespace pixelchain::ui
