#include "ui/pages/density/score_panel.h"

#include "core/stats/percentiles.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/density/answer_tabs.h"
#include "ui/pages/density/likelihood_chart.h"
#include "ui/pages/density/model_score_list.h"
#include "ui/pages/density/pitfall_note.h"
#include "ui/pages/density/score_headline.h"
#include "ui/pages/density/verdict_panel.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace pixelchain::ui {
ScorePanel::ScorePanel(QWidget* parent)
    : QWidget(parent)
    , modelName_(new QLabel(this))
    , headline_(new ScoreHeadline(this))
    , verdict_(new VerdictPanel(this))
    , chart_(new LikelihoodChart(this))
    , list_(new ModelScoreList(this)) {
    modelName_->setObjectName(QStringLiteral("modelName"));
    modelName_->setWordWrap(true);
    modelName_->hide(); // the score list names the model; this line only says when none is loaded
    list_->setObjectName(QStringLiteral("modelScores"));
    pitfall_ = new PitfallNote(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    heading_ = makeHeading(QString(), this);
    heading_->setObjectName(QStringLiteral("scoreHeading"));
    layout->addWidget(heading_);
    layout->addWidget(modelName_);
    layout->addWidget(headline_);
    layout->addWidget(verdict_);
    layout->addWidget(chart_, 1);
    layout->addStretch(0); // takes the room of a hidden chart, so the panels stay together

    // The list of every model and the pitfall it shows, each with the tab's whole height: a
    // library of a dozen models and the note do not fit one above the other on a projector.
    comparison_ = new AnswerTabs(QStringLiteral("comparisonTabs"), this);
    comparison_->setObjectName(QStringLiteral("modelComparison"));
    auto* listView = new QWidget(comparison_);
    listHeading_ = makeHeading(QString(), listView);
    auto* compared = new QVBoxLayout(listView);
    compared->addWidget(listHeading_);
    compared->addWidget(list_);
    compared->addStretch(1);
    auto* pitfallView = new QWidget(comparison_);
    auto* pitfallLayout = new QVBoxLayout(pitfallView);
    pitfallLayout->addWidget(pitfall_);
    pitfallLayout->addStretch(1);
    comparison_->addAnswer(listView);
    comparison_->addAnswer(pitfallView);
    connect(pitfall_, &PitfallNote::blankRequested, this, &ScorePanel::blankRequested);
    // Moving the threshold moves one line on the chart; the verdict follows by itself. Nothing is
    // scored again.
    connect(verdict_, &VerdictPanel::thresholdChanged, this, [this](int percent) {
        showDrawingOnChart();
        Q_EMIT thresholdChanged(percent);
    });
    retranslate();
}

QWidget* ScorePanel::comparison() const {
    return comparison_;
}

QWidget* ScorePanel::heading() const {
    return heading_;
}

void ScorePanel::retranslate() {
    heading_->setText(tr("How probable is it?"));
    listHeading_->setText(tr("The same drawing under each model"));
    comparison_->setTab(0, tr("Scores"), tr("log p(x) of the drawing under each model"));
    comparison_->setTab(1, tr("Pitfall: a blank canvas"),
                        tr("Why a high likelihood is not a likeness"));
    modelName_->setText(tr("No model is loaded, so nothing can be scored."));
}

void ScorePanel::showDrawingOnChart() {
    // The threshold line sits at the test digits' own percentile: q[t] for t% (q has
    // stats::kPercentileCount values, one per percent).
    const double threshold = quantiles_.size() == stats::kPercentileCount
                                 ? quantiles_[std::size_t(verdict_->thresholdPercent())]
                                 : std::nan("");
    chart_->showDrawing(logProb_, threshold);
}

void ScorePanel::setModel(const ModelEntry* entry) {
    modelName_->setVisible(!entry);
    quantiles_ = entry ? entry->testQuantiles : std::vector<double>{};
    chart_->setQuantiles(quantiles_);
    // Without test-set scores there is nothing to draw: the verdict says why, the chart goes.
    chart_->setVisible(quantiles_.size() == stats::kPercentileCount);
    if (!entry) {
        headline_->showNothing();
        list_->showScores({});
        percentile_ = std::nan("");
        verdict_->showPercentile(percentile_);
    }
}

void ScorePanel::showBlankCanvas(const QVector<BlankCanvasScore>& scores) {
    pitfall_->showBlankCanvas(scores);
}

void ScorePanel::showScores(const QVector<ModelScore>& scores) {
    list_->showScores(scores);
    for (const ModelScore& score : scores) {
        if (!score.current)
            continue;
        headline_->showScore(score);
        percentile_ = score.percentile;
        verdict_->showPercentile(percentile_, score.aboveEveryTestDigit);
        logProb_ = score.logProb;
        showDrawingOnChart();
    }
}

void ScorePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
