#include "ui/pages/models/classifier_panel.h"

#include "ui/pages/models/confusion_heatmap.h"
#include "ui/pages/models/view_tabs.h"
#include "ui/widgets/heading.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {
namespace {

// The list's width beside the matrix (it gives up to a quarter of it before the two go in tabs),
// and the most it takes in a tab of its own (longer lines are hard to follow from the back).
constexpr int kListWidth = 470, kNarrowestList = kListWidth * 3 / 4, kWidestList = 960;
// A classifier's description starts under its name, past the radio button's circle.
constexpr int kIndent = 30;

QLabel* wrapping(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

ClassifierPanel::ClassifierPanel(QWidget* parent)
    : QWidget(parent)
    , baseline_(ClassifierResults::readBaseline()) {
    setObjectName(QStringLiteral("classifierPanel"));
    list_ = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list_);
    listLayout->setContentsMargins(0, 0, 0, 0);
    heading_ = makeHeading(QString(), list_);
    explanation_ = wrapping(QStringLiteral("classifierExplanation"), list_);
    rowsSlot_ = new QVBoxLayout;
    nll_ = wrapping(QStringLiteral("classifierNll"), list_);
    listLayout->addWidget(heading_);
    listLayout->addWidget(explanation_);
    listLayout->addLayout(rowsSlot_);
    listLayout->addWidget(nll_);
    listLayout->addStretch(1);
    matrix_ = buildMatrixSide();

    sideBySide_ = new QWidget(this);
    auto* sideLayout = new QHBoxLayout(sideBySide_);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    views_ = makeViewTabs(QStringLiteral("classifierViews"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sideBySide_);
    layout->addWidget(views_);
    arrange(true);
    retranslate();
}

// Side by side when the smallest readable matrix leaves the list a readable width, and the list
// fits down at that width; otherwise the list and the matrix are two tabs, each with all the room.
bool ClassifierPanel::fitsSideBySide() const {
    const QMargins margins = layout()->contentsMargins();
    const int across = width() - margins.left() - margins.right();
    const int down = height() - margins.top() - margins.bottom();
    const QSize matrix = matrix_->minimumSizeHint();
    const int list =
        std::min(kListWidth, across - sideBySide_->layout()->spacing() - matrix.width());
    return list >= std::max(kNarrowestList, list_->minimumSizeHint().width()) &&
           down >= list_->heightForWidth(list) && down >= matrix.height();
}

void ClassifierPanel::arrange(bool sideBySide) {
    if (arranged_ && sideBySide == sideBySideNow_)
        return;
    arranged_ = true;
    sideBySideNow_ = sideBySide;
    if (sideBySide) {
        views_->clear(); // the tabs go; their pages move beside each other
        auto* row = static_cast<QHBoxLayout*>(sideBySide_->layout());
        row->addWidget(list_, 0);
        row->addWidget(matrix_, 1);
        list_->setMaximumWidth(kListWidth);
        list_->show(); // a closed tab's page was hidden
        matrix_->show();
    } else {
        views_->addTab(list_, QString());
        views_->addTab(matrix_, QString());
        list_->setMaximumWidth(kWidestList);
        nameViews();
    }
    sideBySide_->setVisible(sideBySide);
    views_->setVisible(!sideBySide);
}

void ClassifierPanel::nameViews() {
    views_->setTabText(0, tr("Accuracy"));
    views_->setTabText(1, tr("Confusion matrix"));
    views_->tabBar()->setAccessibleName(tr("Views of the classifiers"));
}

void ClassifierPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(fitsSideBySide());
}

QWidget* ClassifierPanel::buildMatrixSide() {
    auto* side = new QWidget(this);
    title_ = makeHeading(QString(), side);
    title_->setObjectName(QStringLiteral("confusionTitle"));
    heatmap_ = new ConfusionHeatmap(side);
    readout_ = wrapping(QStringLiteral("confusionReadout"), side);
    readout_->setMinimumHeight(2 * readout_->fontMetrics().lineSpacing());
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(heatmap_, 1);
    layout->addWidget(readout_);
    connect(heatmap_, &ConfusionHeatmap::hovered, this, &ClassifierPanel::showHover);
    return side;
}

void ClassifierPanel::showModels(const QVector<ModelEntry>& entries) {
    entries_ = entries;
    rebuild();
}

void ClassifierPanel::setBaseline(const QByteArray& bytes) {
    baseline_ = bytes;
    rebuild();
}

void ClassifierPanel::rebuild() {
    results_ = ClassifierResults::generative(entries_);
    results_.append(ClassifierResults::discriminative(baseline_));
    delete rows_;
    rows_ = buildRows();
    rowsSlot_->addWidget(rows_);
    rows_->show(); // at once: the layout would show it only when the event loop comes round
    nll_->setText(ClassifierResults::nllComparison(entries_));
    nll_->setVisible(!nll_->text().isEmpty());
    draw(std::max(0, indexOf(chosenId_)));
    arrange(fitsSideBySide()); // the list has new rows: it may no longer fit beside the matrix
}

QWidget* ClassifierPanel::buildRows() {
    auto* rows = new QWidget(this);
    rows->setObjectName(QStringLiteral("classifierRows"));
    auto* grid = new QGridLayout(rows);
    grid->setContentsMargins(0, 8, 0, 8);
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(4);
    group_ = new QButtonGroup(rows);
    buttons_.clear();
    accuracies_.clear();
    problems_.clear();
    QFont bold = font();
    bold.setBold(true);
    int line = 0;
    for (const ClassifierResult& r : results_) {
        auto* choice = new QRadioButton(r.name, rows);
        choice->setObjectName(QStringLiteral("classifierChoice"));
        choice->setFont(bold);
        group_->addButton(choice);
        const QString id = r.id;
        connect(choice, &QRadioButton::toggled, this, [this, id](bool checked) {
            if (checked)
                showClassifier(id);
        });
        auto* accuracy = new QLabel(rows);
        accuracy->setObjectName(QStringLiteral("classifierAccuracy"));
        accuracy->setFont(bold);
        accuracy->setText(r.hasAccuracy()       ? ClassifierResults::percent(r.accuracy)
                          : r.problem.isEmpty() ? tr("not recorded")
                                                : tr("unreadable"));
        accuracy->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* kind = wrapping(QStringLiteral("classifierKind"), rows);
        kind->setText(r.kind);
        kind->setContentsMargins(kIndent, 0, 0, 0);
        grid->addWidget(choice, line, 0);
        grid->addWidget(accuracy, line++, 1);
        grid->addWidget(kind, line++, 0, 1, 2);
        QLabel* problem = nullptr;
        if (!r.problem.isEmpty()) {
            problem = wrapping(QStringLiteral("classifierProblem"), rows);
            problem->setText(tr("Its test figures could not be read: %1").arg(r.problem));
            problem->setContentsMargins(kIndent, 0, 0, 0);
            grid->addWidget(problem, line++, 0, 1, 2);
        }
        grid->setRowMinimumHeight(line++, 10); // a gap before the next classifier
        buttons_.append(choice);
        accuracies_.append(accuracy);
        problems_.append(problem);
    }
    return rows;
}

int ClassifierPanel::indexOf(const QString& id) const {
    for (int i = 0; i < results_.size(); ++i)
        if (results_[i].id == id)
            return i;
    return -1;
}

QAbstractButton* ClassifierPanel::choiceButton(const QString& id) const {
    const int i = indexOf(id);
    return i < 0 ? nullptr : buttons_[i];
}

QLabel* ClassifierPanel::accuracyLabel(const QString& id) const {
    const int i = indexOf(id);
    return i < 0 ? nullptr : accuracies_[i];
}

QLabel* ClassifierPanel::problemLabel(const QString& id) const {
    const int i = indexOf(id);
    return i < 0 ? nullptr : problems_[i];
}

bool ClassifierPanel::showClassifier(const QString& id) {
    const int i = indexOf(id);
    if (i < 0)
        return false;
    chosenId_ = id;
    draw(i);
    return true;
}

void ClassifierPanel::draw(int index) {
    const ClassifierResult& r = results_[index];
    currentId_ = r.id;
    {
        const QSignalBlocker block(buttons_[index]);
        buttons_[index]->setChecked(true);
    }
    if (r.confusion) {
        const QString accuracy =
            r.hasAccuracy() ? ClassifierResults::percent(r.accuracy) : tr("an unrecorded share");
        title_->setText(
            tr("%1: %2 of %3 test digits right")
                .arg(r.name, accuracy, QLocale().toString(qulonglong(r.confusion->total()))));
    } else {
        title_->setText(tr("%1: no confusion matrix").arg(r.name));
    }
    heatmap_->setConfusion(r.confusion, r.problem.isEmpty()
                                            ? tr("Its file records no confusion matrix.")
                                            : tr("Its file could not be read: %1").arg(r.problem));
    showHover(-1, -1);
}

void ClassifierPanel::showHover(int trueLabel, int predicted) {
    const ConfusionHeatmap::Cell cell{trueLabel, predicted};
    const QString text = heatmap_->cellText(cell);
    if (text.isEmpty()) {
        readout_->setText(heatmap_->hasConfusion()
                              ? tr("Point at a cell to read its count. A cell's shade is its "
                                   "share of the row, on a square-root scale: rare mix-ups show.")
                              : QString());
        return;
    }
    const ConfusionMatrix matrix = heatmap_->confusion();
    const auto& row = matrix.counts[std::size_t(trueLabel)];
    std::uint64_t rowTotal = 0;
    for (const auto c : row)
        rowTotal += c;
    const double share = rowTotal ? double(row[std::size_t(predicted)]) / double(rowTotal) : 0.0;
    readout_->setText(tr("%1 (%2 % of the %3 test digits that are %4)")
                          .arg(text, QLocale().toString(100 * share, 'f', 1),
                               QLocale().toString(qulonglong(rowTotal)))
                          .arg(trueLabel));
}

void ClassifierPanel::retranslate() {
    heading_->setText(tr("Bayes' rule as a classifier"));
    explanation_->setText(
        tr("A generative model learns p(x | y) and p(y) and names a digit by Bayes' rule, "
           "p(y | x) = p(x | y) p(y) / p(x); a discriminative one learns only p(y | x). Test "
           "accuracy, as our trainer recorded it:"));
    heatmap_->setAxisTitles(tr("true digit"), tr("predicted digit"));
    if (!sideBySideNow_)
        nameViews();
    rebuild();
}

void ClassifierPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
