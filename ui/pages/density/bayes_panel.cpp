#include "ui/pages/density/bayes_panel.h"

#include "core/stats/percentiles.h"
#include "ui/adapters/model_names.h"
#include "ui/pages/density/answer_parts.h"
#include "ui/pages/density/bayes_formula.h"
#include "ui/pages/density/improbable_digit.h"
#include "ui/pages/density/likelihood_table.h"
#include "ui/pages/density/posterior_chart.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/heading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>
#include <cmath>

namespace pixelchain::ui {
namespace {

// The answers are the panel's numbers: they read from the back row.
constexpr double kAnswerPoints = 16;
// Okabe–Ito vermillion, as the score panel's "unusual" verdict; the note also carries a ⚠.
const QString kNoteStyle = QStringLiteral("QLabel { color: #B8510A; border: 3px solid #D55E00; }");

QLabel* makeText(QWidget* parent, const QString& name, bool rich) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    return label;
}

} // namespace

BayesPanel::BayesPanel(QWidget* parent)
    : QWidget(parent)
    , chart_(new PosteriorChart(this))
    , table_(new LikelihoodTable(this))
    , search_(new ImprobableDigitSearch(this)) {
    setObjectName(QStringLiteral("bayesPanel"));
    heading_ = makeHeading(QString(), this);
    judgeText_ = makeText(this, QStringLiteral("judgeText"), false);
    ruleHeading_ = makeText(this, QStringLiteral("bayesRuleHeading"), false);
    rule_ = makeText(this, QStringLiteral("bayesRule"), true);
    rule_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    labelAnswer_ = makeText(this, QStringLiteral("labelAnswer"), true);
    evidenceAnswer_ = makeText(this, QStringLiteral("evidenceAnswer"), true);
    for (QLabel* answer : {labelAnswer_, evidenceAnswer_}) {
        QFont big = answer->font();
        big.setPointSizeF(kAnswerPoints);
        big.setBold(true);
        answer->setFont(big);
    }
    note_ = makeText(this, QStringLiteral("improbableNote"), true);
    note_->setMargin(8);
    note_->setStyleSheet(kNoteStyle);
    note_->hide();
    exampleButton_ = new QPushButton(this);
    exampleButton_->setObjectName(QStringLiteral("improbableButton"));
    markAsControl(exampleButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildParts());
    layout->addWidget(labelAnswer_);
    layout->addWidget(evidenceAnswer_);
    // The note and the button that shows such a drawing: side by side where the row has room
    // for both, one above the other else (fitParts).
    example_ = new QBoxLayout(QBoxLayout::TopToBottom);
    example_->addWidget(note_, 1);
    example_->addWidget(exampleButton_, 0, Qt::AlignLeft);
    layout->addLayout(example_);
    layout->addStretch(1);

    connect(exampleButton_, &QPushButton::clicked, this, [this] {
        if (search_->result())
            Q_EMIT drawingRequested(search_->result()->image);
    });
    connect(search_, &ImprobableDigitSearch::finished, this, &BayesPanel::showExampleState);
    retranslate();
}

// Under the question, two parts: the chart of p(y | x) beside the table of its factors; and who
// judges, with Bayes' rule worked out with its numbers.
QWidget* BayesPanel::buildParts() {
    parts_ = new AnswerParts(heading_, QStringLiteral("bayesParts"), this);
    auto* factors = new QWidget(parts_);
    auto* row = new QHBoxLayout(factors);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(chart_, 1);
    row->addWidget(table_);
    auto* worked = new QWidget(parts_);
    auto* lines = new QVBoxLayout(worked);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(4);
    lines->addWidget(judgeText_);
    lines->addWidget(ruleHeading_);
    lines->addWidget(rule_);
    lines->addStretch(1);
    parts_->addPart(factors);
    parts_->addPart(worked);
    return parts_;
}

// The parts one above the other where the panel has the height for them and for the answers
// under them, else as tabs; the note beside its button where both fit the width. Asked again
// whenever the panel's size or its words change.
void BayesPanel::fitParts() {
    if (!isVisible())
        return; // a hidden panel keeps no size of its own: it is fitted when shown
    QLayout* panel = layout();
    const int w = width();
    const int button = exampleButton_->sizeHint().width();
    const bool beside = note_->isVisibleTo(this) && w - button - example_->spacing() >= button;
    example_->setDirection(beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    example_->setAlignment(exampleButton_, beside ? Qt::AlignTop : Qt::AlignLeft);
    // What the panel needs with its parts as they are, less their share, plus the parts stacked.
    const QLayoutItem* item = panel->itemAt(panel->indexOf(parts_));
    const int partsNow =
        item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
    const int stacked = panel->heightForWidth(w) - partsNow + parts_->stackedHeight(w);
    parts_->setTabbed(stacked > height());
}

void BayesPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitParts(); // and again once the wrapped text has its height at the new width:
    QMetaObject::invokeMethod(this, &BayesPanel::fitParts, Qt::QueuedConnection);
}

void BayesPanel::retranslate() {
    heading_->setText(tr("Which digit is it?"));
    ruleHeading_->setText(tr("Bayes' rule p(y | x) = p(x | y) p(y) / p(x):"));
    parts_->setPart(0, tr("Every digit"), tr("p(y | x) for every digit y, and its two factors"));
    parts_->setPart(1, tr("Bayes' rule"),
                    tr("Bayes' rule worked out for the two most probable digits"));
    parts_->bar()->setAccessibleName(heading_->text());
    exampleButton_->setText(
        tr("Show a confident but improbable %1").arg(QLocale().toString(kShowcaseLabel)));
    showJudge();
    showAnswers();
    showExampleState();
}

void BayesPanel::setGallery(std::vector<BinaryImage> images, std::vector<int> labels) {
    galleryImages_ = std::move(images);
    galleryLabels_ = std::move(labels);
    searchedModel_ = nullptr;
    searchExample();
}

void BayesPanel::setJudge(std::optional<BayesJudge> judge) {
    judge_ = std::move(judge);
    judged_ = false;
    showJudge();
    searchExample();
}

void BayesPanel::searchExample() {
    const DensityModel* model = judge_ ? judge_->model.get() : nullptr;
    if (model && model != searchedModel_)
        search_->request(*judge_, galleryImages_, galleryLabels_, kShowcaseLabel);
    searchedModel_ = model;
    showExampleState();
}

void BayesPanel::showDrawing(const BinaryImage& image) {
    drawing_ = image;
    judged_ = false;
    if (isVisible())
        judge();
}

void BayesPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    fitParts();
    if (!judged_)
        judge();
}

// Hidden (another answer is open), the parts hold the page to no height fitted for a width that
// may have changed since; they are fitted again when shown.
void BayesPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    parts_->setTabbed(false);
}

void BayesPanel::judge() {
    scores_.reset();
    percentile_ = std::nan("");
    if (judge_) {
        scores_ = judge_->classifier().classify(drawing_);
        percentile_ = judge_->percentileOf(scores_->logEvidence);
    }
    judged_ = true;
    showAnswers();
}

void BayesPanel::showJudge() {
    if (!judge_) {
        judgeText_->setText(
            tr("No model with labels is loaded, so nothing can judge which digit this is."));
        return;
    }
    const QString name = ModelNames::shortName(*judge_->model);
    judgeText_->setText(judge_->isCurrent
                            ? tr("Judge: %1, the current model").arg(name)
                            : tr("Judge: %1 (current model has no labels)").arg(name));
}

void BayesPanel::showAnswers() {
    table_->showScores(scores_ ? &*scores_ : nullptr);
    if (!scores_) {
        chart_->showPosterior({}, -1);
        for (QLabel* label : {rule_, labelAnswer_, evidenceAnswer_})
            label->clear();
        note_->hide();
        return;
    }
    chart_->showPosterior(scores_->posterior, scores_->label);
    const auto [first, second] = BayesFormula::topTwo(*scores_);
    rule_->setText(BayesFormula::rule(*scores_, first) + QStringLiteral("<br>") +
                   BayesFormula::rule(*scores_, second));
    labelAnswer_->setText(BayesFormula::labelAnswer(*scores_));
    evidenceAnswer_->setText(BayesFormula::evidenceAnswer(*scores_, percentile_));
    const bool disagree = isConfidentButImprobable(*scores_, percentile_);
    note_->setText(disagree ? BayesFormula::disagreement(scores_->label, kConfidentPosterior,
                                                         kImprobablePercentile)
                            : QString());
    note_->setVisible(disagree);
    QMetaObject::invokeMethod(this, &BayesPanel::fitParts, Qt::QueuedConnection);
}

void BayesPanel::showExampleState() {
    const QString digit = QLocale().toString(kShowcaseLabel);
    const std::optional<ImprobableDigit>& found = search_->result();
    exampleButton_->setEnabled(judge_ && !search_->busy() && found);
    if (!judge_)
        exampleButton_->setToolTip(tr("No model with labels is loaded."));
    else if (search_->busy())
        exampleButton_->setToolTip(tr("Looking for such a drawing under this model…"));
    else if (found)
        exampleButton_->setToolTip(
            tr("A real %1 from the gallery with %2 stray pixels: p(%1 | x) = %3, percentile %4.")
                .arg(digit, QLocale().toString(found->strayPixels),
                     BayesFormula::posterior(found->scores, kShowcaseLabel),
                     QLocale().toString(found->percentile, 'f', 0)));
    else if (judge_->testQuantiles.size() != stats::kPercentileCount)
        exampleButton_->setToolTip(
            tr("This model carries no test-set scores, so “improbable” cannot be measured."));
    else
        exampleButton_->setToolTip(
            tr("Under this model no real %1 of the gallery stays clearly a %1 (p > %2) while stray "
               "pixels make it less probable than %3% of the test digits.")
                .arg(digit, QLocale().toString(kConfidentPosterior, 'f', 1),
                     QLocale().toString(100 - kImprobablePercentile, 'f', 0)));
}

void BayesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &BayesPanel::fitParts, Qt::QueuedConnection);
}

} // namespace pixelchain::ui
