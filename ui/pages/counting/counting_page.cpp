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

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pixelchain::ui {

using counting::Factorization;

namespace {

// Readable from the back row of a classroom: body text 14 pt, headings larger.
constexpr double kBodyPoints = 14;
constexpr int kSidebarWidth = 360;
constexpr int kWideLayoutWidth = 1300;

} // namespace

CountingPage::CountingPage(QWidget* parent)
    : QWidget(parent)
    , task_(new CountingTask(this)) {
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), kBodyPoints));
    setFont(body);

    // The content keeps its minimum size; on a small screen the page scrolls instead of clipping.
    auto* content = new QWidget;
    columns_ = new QBoxLayout(QBoxLayout::LeftToRight, content);
    columns_->addWidget(buildSidebar());
    columns_->addWidget(buildMain(), 1);
    sidebar_->setFixedWidth(kSidebarWidth);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("countingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(picker_, &PresetPicker::queryChanged, this, &CountingPage::onQueryChanged);
    connect(picker_, &PresetPicker::rnadeQueryChanged, this, &CountingPage::showRnade);
    connect(task_, &CountingTask::finished, this, &CountingPage::showResult);
    connect(task_, &CountingTask::started, this, [this] { status_->setText(tr("Counting…")); });
    retranslate();
    connect(table_, &CountTable::factorizationChosen, this, &CountingPage::explainChosen);
    onQueryChanged(picker_->query());
    showRnade();
}

void CountingPage::showRnade() {
    const bool rnade = picker_->preset() == PresetPicker::Preset::Rnade;
    if (rnade)
        rnade_->showQuery(picker_->rnadeQuery());
    rnade_->setVisible(rnade);
}

QWidget* CountingPage::buildSidebar() {
    sidebar_ = new QWidget(this);
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
    formula_ = new FormulaView(sidebar_);
    formula_->setObjectName(QStringLiteral("formulaView"));
    exact_ = new ExactCountView(sidebar_);

    auto* controls = new QVBoxLayout;
    modelledHeading_ = makeHeading(QString(), sidebar_);
    modelledHeading_->setObjectName(QStringLiteral("modelledHeading"));
    controls->addWidget(modelledHeading_);
    controls->addWidget(picker_);
    controls->addWidget(message_);
    controls->addWidget(status_);
    auto* explanation = new QVBoxLayout;
    explanation->addWidget(formula_);
    explanation->addWidget(exact_, 1);
    sidebarLayout_ = new QBoxLayout(QBoxLayout::TopToBottom, sidebar_);
    sidebarLayout_->setContentsMargins(0, 0, 0, 0);
    sidebarLayout_->addLayout(controls);
    sidebarLayout_->addLayout(explanation, 1);
    return sidebar_;
}

// Wide screens get a sidebar; narrow ones (a 1024×768 projector) put the controls and the
// explanation side by side above the table, and the page scrolls down instead of squeezing.
void CountingPage::arrange(bool narrow) {
    if (narrow_ == narrow)
        return;
    narrow_ = narrow;
    columns_->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    sidebarLayout_->setDirection(narrow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    if (narrow) {
        sidebar_->setMinimumWidth(0);
        sidebar_->setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        sidebar_->setFixedWidth(kSidebarWidth);
    }
}

void CountingPage::resizeEvent(QResizeEvent* event) {
    arrange(width() < kWideLayoutWidth);
    QWidget::resizeEvent(event);
}

QWidget* CountingPage::buildMain() {
    auto* main = new QWidget(this);
    table_ = new CountTable(main);
    chart_ = new GrowthChart(main);
    graph_ = new GraphView(main);
    graph_->setObjectName(QStringLiteral("graphView"));
    graphHeading_ = makeHeading(QString(), main);
    breakdown_ = new FactorBreakdown(main);
    rnade_ = new RnadeCountView(main);

    auto* right = new QVBoxLayout;
    right->addWidget(graphHeading_);
    right->addWidget(graph_, 1);
    factorsHeading_ = makeHeading(QString(), main);
    right->addWidget(factorsHeading_);
    right->addWidget(breakdown_);
    right->addStretch(0);
    auto* lower = new QHBoxLayout;
    lower->addWidget(chart_, 3);
    lower->addLayout(right, 2);

    auto* layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rnade_);
    tableHeading_ = makeHeading(QString(), main);
    layout->addWidget(tableHeading_);
    layout->addWidget(table_);
    layout->addLayout(lower, 1);
    return main;
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
    tableHeading_->setText(tr("Parameters of each factorization"));
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
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
