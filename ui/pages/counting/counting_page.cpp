#include "ui/pages/counting/counting_page.h"

#include "ui/pages/counting/count_table.h"
#include "ui/pages/counting/count_text.h"
#include "ui/pages/counting/counting_task.h"
#include "ui/pages/counting/exact_count_view.h"
#include "ui/pages/counting/factor_breakdown.h"
#include "ui/pages/counting/factorization_style.h"
#include "ui/pages/counting/formula_text.h"
#include "ui/pages/counting/growth_chart.h"
#include "ui/pages/counting/model_graph.h"
#include "ui/pages/counting/preset_picker.h"
#include "ui/pages/counting/rnade_count_view.h"
#include "ui/widgets/control_role.h"
#include "ui/widgets/formula_view.h"
#include "ui/widgets/graph_view.h"
#include "ui/widgets/heading.h"
#include "ui/widgets/math_text.h"
#include "ui/widgets/open_tab_sizing.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

using counting::Factorization;

namespace {

// Readable from the back row of a classroom: body text 14 pt, headings larger.
constexpr double kBodyPoints = 14;
// The controls take this share of the page's width, and at most this many average characters.
constexpr double kSidebarShare = 0.28;
constexpr int kSidebarChars = 44;

/// A tab's page: `widgets` top to bottom, the one at `stretch` taking the height left over (or
/// none, -1: the rest stays empty below).
QWidget* tabPage(const QList<QWidget*>& widgets, int stretch) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    for (int i = 0; i < widgets.size(); ++i)
        layout->addWidget(widgets[i], i == stretch ? 1 : 0);
    if (stretch < 0)
        layout->addStretch(1);
    return page;
}

int widestWord(const QLabel& label) {
    int widest = 0;
    for (const QString& word : label.text().split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, label.fontMetrics().horizontalAdvance(word));
    return widest + 2 * label.margin() + 1;
}

} // namespace

CountingPage::CountingPage(QWidget* parent)
    : QWidget(parent)
    , task_(new CountingTask(this)) {
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), kBodyPoints));
    setFont(body);

    layout_ = new QBoxLayout(QBoxLayout::LeftToRight, this);
    layout_->addWidget(buildSidebar());
    layout_->addWidget(buildTabs(), 1);

    connect(picker_, &PresetPicker::queryChanged, this, &CountingPage::onQueryChanged);
    connect(picker_, &PresetPicker::rnadeQueryChanged, this, &CountingPage::showRnade);
    connect(task_, &CountingTask::finished, this, &CountingPage::showResult);
    connect(task_, &CountingTask::started, this, [this] { status_->setText(tr("Counting…")); });
    retranslate();
    connect(table_, &CountTable::factorizationChosen, this, &CountingPage::explainChosen);
    onQueryChanged(picker_->query());
    showRnade();
}

// The RNADE tab is there for the RNADE preset only; picking the preset opens it, since it holds
// the answer that preset asks for, and leaving the preset returns to the tab that was open.
void CountingPage::showRnade() {
    const bool rnade = picker_->preset() == PresetPicker::Preset::Rnade;
    const int index = tabs_->indexOf(rnadeTab_);
    if (rnade)
        rnade_->showQuery(picker_->rnadeQuery());
    if (rnade == (index >= 0))
        return;
    if (rnade) {
        beforeRnade_ = tabs_->currentIndex();
        tabs_->setCurrentIndex(tabs_->addTab(rnadeTab_, tr("RNADE")));
        return;
    }
    const bool wasOpen = tabs_->currentIndex() == index;
    tabs_->removeTab(index);
    rnadeTab_->hide();
    if (wasOpen)
        tabs_->setCurrentIndex(beforeRnade_);
}

QWidget* CountingPage::buildSidebar() {
    sidebar_ = new QWidget(this);
    sidebar_->setObjectName(QStringLiteral("countingControls"));
    picker_ = new PresetPicker(sidebar_);
    markAsControl(picker_);
    message_ = new QLabel(sidebar_);
    message_->setObjectName(QStringLiteral("inputMessage"));
    message_->setWordWrap(true);
    message_->setMargin(8);
    message_->setStyleSheet(QStringLiteral("QLabel { border: 3px solid #D55E00; }"));
    message_->hide();
    status_ = new QLabel(sidebar_);
    status_->setObjectName(QStringLiteral("countingStatus"));
    modelledHeading_ = makeHeading(QString(), sidebar_);
    modelledHeading_->setObjectName(QStringLiteral("modelledHeading"));

    // In the column: heading, controls and status top to bottom. In the band above the tabs the
    // heading stands to the left of the controls and the status to their right, which saves
    // the height of two lines.
    controlsRow_ = new QBoxLayout(QBoxLayout::TopToBottom);
    controlsRow_->addWidget(modelledHeading_, 0, Qt::AlignTop);
    controlsRow_->addWidget(picker_, 1);
    controlsRow_->addWidget(status_, 0, Qt::AlignTop);
    auto* controls = new QVBoxLayout(sidebar_);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addLayout(controlsRow_);
    controls->addWidget(message_);
    controls->addStretch(1);
    return sidebar_;
}

int CountingPage::columnWidth() const {
    const int letter = fontMetrics().averageCharWidth();
    const int share = std::min(static_cast<int>(width() * kSidebarShare), letter * kSidebarChars);
    // The form's own minimum comes out a few pixels short of its spin boxes' at some fonts.
    return std::max(share, picker_->columnWidth() + 3 * letter);
}

// The controls stand in a column beside the answers while every cell of the count table fits on
// one line beside them. On a narrower page (a projector, the larger fonts of presentation) they
// fill a band of a few lines above the answers, and the table gets the page's whole width instead
// of rows wrapped into three lines. The choice depends on the page's width, fonts and counts
// only, not on the arrangement on screen, so it cannot flip back and forth.
void CountingPage::arrange() {
    if (!sidebar_ || !sidebar_->layout())
        return; // the page's own font arrives before its controls are built
    const int column = columnWidth();
    const QMargins page = layout_->contentsMargins();
    const QMargins tab = table_->parentWidget()->layout()->contentsMargins();
    const int answers = std::max(tab.left() + table_->oneLineWidth() + tab.right(),
                                 tabs_->minimumSizeHint().width());
    const bool above = width() < page.left() + column + layout_->spacing() + answers + page.right();
    const bool changed = above != picker_->banded();
    picker_->setBanded(above);
    layout_->setDirection(above ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    controlsRow_->setDirection(above ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (above) {
        sidebar_->setMinimumWidth(0);
        sidebar_->setMaximumWidth(QWIDGETSIZE_MAX);
        // The heading wraps at its spaces, so that the band keeps most of the width.
        modelledHeading_->setFixedWidth(widestWord(*modelledHeading_));
    } else {
        modelledHeading_->setMinimumWidth(0);
        modelledHeading_->setMaximumWidth(QWIDGETSIZE_MAX);
        const int least =
            sidebar_->layout()->minimumSize().width() + 3 * fontMetrics().averageCharWidth();
        sidebar_->setFixedWidth(std::max(column, least));
    }
    if (changed)
        updateGeometry(); // minimumSizeHint() follows the arrangement
}

// However wide the column arrangement is, the page can become as narrow as the band arrangement:
// a narrower page puts the controls above the tabs (arrange()).
QSize CountingPage::minimumSizeHint() const {
    QSize least = QWidget::minimumSizeHint();
    if (!picker_ || picker_->banded())
        return least;
    const QMargins page = layout_->contentsMargins();
    const int band = std::max(tabs_->minimumSizeHint().width(), picker_->columnWidth());
    least.setWidth(std::min(least.width(), page.left() + band + page.right()));
    return least;
}

void CountingPage::resizeEvent(QResizeEvent* event) {
    arrange();
    QWidget::resizeEvent(event);
}

QTabWidget* CountingPage::buildTabs() {
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("countingTabs"));
    tabs_->setUsesScrollButtons(false);
    tabs_->setElideMode(Qt::ElideNone);
    tabs_->setDocumentMode(true);

    // Built with the page's font (the views size their own fonts from it), then moved into tabs.
    table_ = new CountTable(tabs_);
    formula_ = new FormulaView(tabs_);
    formula_->setObjectName(QStringLiteral("formulaView"));
    chart_ = new GrowthChart(tabs_);
    graphHeading_ = makeHeading(QString(), tabs_);
    graph_ = new GraphView(tabs_);
    graph_->setObjectName(QStringLiteral("graphView"));
    factorsHeading_ = makeHeading(QString(), tabs_);
    breakdown_ = new FactorBreakdown(tabs_);
    breakdown_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    exact_ = new ExactCountView(tabs_);
    rnade_ = new RnadeCountView(tabs_);

    tabs_->addTab(tabPage({table_}, -1), QString());
    tabs_->addTab(tabPage({chart_}, 0), QString());
    tabs_->addTab(tabPage({graphHeading_, graph_, factorsHeading_, breakdown_}, 1), QString());
    tabs_->addTab(tabPage({formula_, exact_}, 1), QString());
    rnadeTab_ = tabPage({rnade_}, 0); // a tab only while the RNADE preset is picked
    rnadeTab_->setParent(tabs_);
    rnadeTab_->hide();
    sizeByOpenTab(tabs_);
    return tabs_;
}

QString CountingPage::messageFor(const counting::CountQuery& query,
                                 const QString& coreReason) const {
    if (query.variables > counting::kMaxVariables)
        return tr("n = %1 variables is more than this page counts (at most %2). "
                  "Choose a smaller image.")
            .arg(math::groupDigits(QString::number(query.variables)),
                 math::groupDigits(QString::number(counting::kMaxVariables)));
    if (query.markovOrder >= query.variables)
        return tr("The Markov order m = %1 must be smaller than n = %2: a factor can only "
                  "condition on variables that come before it.")
            .arg(query.markovOrder)
            .arg(query.variables);
    return tr("These values cannot be counted: %1").arg(coreReason);
}

void CountingPage::retranslate() {
    modelledHeading_->setText(tr("What is modelled"));
    factorsHeading_->setText(tr("Factor by factor"));
    const QStringList tabNames{tr("Parameters"), tr("Growth chart"), tr("Factors"),
                               tr("Formula, digits"), tr("RNADE")};
    for (int i = 0; i < tabs_->count(); ++i)
        tabs_->setTabText(i, tabNames[i]);
    // The tab's name is short; its tip says in full what the table lists.
    tabs_->setTabToolTip(0, tr("Parameters of each factorization"));
    const bool counting = !status_->text().isEmpty();
    // The counts stay; only their words change. The copy: showResult() replaces shown_.
    if (shown_) {
        const CountingResult kept = *shown_;
        showResult(kept);
    }
    showProblem(problem_, problemReason_);
    if (counting)
        status_->setText(tr("Counting…"));
}

void CountingPage::showProblem(const std::optional<counting::CountQuery>& query,
                               const QString& coreReason) {
    problem_ = query;
    problemReason_ = coreReason;
    showMessage(query ? messageFor(*query, coreReason) : QString());
}

void CountingPage::showMessage(const QString& message) {
    message_->setText(message.isEmpty()
                          ? QString()
                          : tr("⚠ %1 The last valid result stays on screen.").arg(message));
    message_->setVisible(!message.isEmpty());
}

void CountingPage::onQueryChanged(const counting::CountQuery& query) {
    try {
        counting::validate(query);
    } catch (const counting::OutOfRange& e) {
        showProblem(query, QString::fromStdString(e.what()));
        return;
    }
    showProblem(std::nullopt, QString());
    task_->request(query);
}

void CountingPage::showResult(const CountingResult& result) {
    status_->clear();
    if (!result.error.isEmpty()) {
        showProblem(result.query, result.error);
        return;
    }
    shown_ = result;
    table_->showResult(result);
    breakdown_->showResult(result);
    chart_->showResult(result);
    arrange(); // new counts, new words in the table
    explainChosen();
    Q_EMIT resultShown();
}

QString CountingPage::presetName() const {
    return picker_->presetName();
}

counting::CountQuery CountingPage::query() const {
    return picker_->query();
}

bool CountingPage::showPreset(const QString& name, const counting::CountQuery& query) {
    return picker_->show(name, query);
}

Factorization CountingPage::chosen() const {
    return table_->chosen();
}

void CountingPage::choose(Factorization f) {
    table_->choose(f);
}

void CountingPage::explainChosen() {
    if (!shown_)
        return;
    const Factorization f = table_->chosen();
    const counting::CountQuery& query = shown_->query;
    const auto& count = shown_->counts[static_cast<std::size_t>(FactorizationStyle::row(f))];
    formula_->setFormula(FormulaText::heading(f, query), FormulaText::formula(f, query),
                         FormulaText::numbers(f, query, count));
    exact_->showCount(tr("Exact count, %1 (%2 digits)")
                          .arg(FactorizationStyle::name(f, query),
                               math::groupDigits(QString::number(count.digits))),
                      CountText::exact(count));
    drawGraph(f);
}

void CountingPage::drawGraph(Factorization f) {
    const counting::CountQuery& query = shown_->query;
    graphHeading_->setText(tr("Graphical model: %1").arg(FactorizationStyle::name(f, query)));
    if (query.variables > kMaxDrawnVariables) {
        graph_->showNote(tr("With n = %1 variables the drawing would be a tangle of arrows. "
                            "Choose a custom image with at most %2 pixels to see it.")
                             .arg(math::groupDigits(QString::number(query.variables)))
                             .arg(kMaxDrawnVariables));
        return;
    }
    const int n = static_cast<int>(query.variables);
    graph_->setGraph(n, modelGraph(f, n, static_cast<int>(query.markovOrder)),
                     FactorizationStyle::color(f));
}

void CountingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        arrange();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
