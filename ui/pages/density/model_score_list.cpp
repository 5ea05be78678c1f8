#include "ui/pages/density/model_score_list.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <cmath>

namespace pixelchain::ui {

ModelScoreList::ModelScoreList(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(16);
    // Rows of a table, not paragraphs: the lines' own leading parts them. A library of a dozen
    // models then fits a projector's short screen with the lesson's captions under the page.
    grid_->setVerticalSpacing(2);
    grid_->setColumnStretch(0, 1);
}

void ModelScoreList::addCell(int row, int column, const QString& text, bool bold,
                             const QString& name, const QString& tip) {
    auto* label = new QLabel(text, this);
    label->setToolTip(tip);
    label->setObjectName(name);
    label->setWordWrap(column == 0);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    grid_->addWidget(label, row, column, column == 0 ? Qt::AlignLeft : Qt::AlignRight);
}

void ModelScoreList::rebuild(const QVector<ModelScore>& scores) {
    while (QLayoutItem* item = grid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int column = 0; column < 4; ++column)
        addCell(0, column, {}, true);
    retranslate();
    for (int row = 0; row < scores.size(); ++row) {
        const ModelScore& s = scores[row];
        addCell(row + 1, 0, s.name, s.current, QStringLiteral("modelTitle_") + s.id, s.title);
        addCell(row + 1, 1, {}, s.current, QStringLiteral("modelLogProb_") + s.id);
        addCell(row + 1, 2, {}, s.current, QStringLiteral("modelBits_") + s.id);
        addCell(row + 1, 3, {}, s.current, QStringLiteral("modelPercentile_") + s.id);
    }
}

// The model names come with the page's next showScores(); the header row is here.
void ModelScoreList::retranslate() {
    const QStringList headers = {tr("model"), tr("log p"), tr("bits/px"), tr("percentile")};
    for (int column = 0; column < headers.size(); ++column)
        if (QLayoutItem* item = grid_->itemAtPosition(0, column))
            static_cast<QLabel*>(item->widget())->setText(headers[column]);
}

void ModelScoreList::showScores(const QVector<ModelScore>& scores) {
    QStringList ids;
    for (const ModelScore& s : scores)
        ids.append(s.id + (s.current ? QStringLiteral("*") : QString()));
    if (ids != shownIds_) {
        rebuild(scores);
        shownIds_ = ids;
    }
    // Only the numbers change from stroke to stroke; the rows are rebuilt when the models do.
    const QLocale locale;
    for (int row = 0; row < scores.size(); ++row) {
        const ModelScore& s = scores[row];
        auto cell = [&](int column) {
            return static_cast<QLabel*>(grid_->itemAtPosition(row + 1, column)->widget());
        };
        cell(0)->setText(s.name);
        cell(0)->setToolTip(s.title);
        cell(1)->setText(locale.toString(s.logProb, 'f', 1));
        cell(2)->setText(locale.toString(s.bitsPerPixel, 'f', 3));
        cell(3)->setText(std::isnan(s.percentile) ? QStringLiteral("—")
                                                  : locale.toString(s.percentile, 'f', 0));
    }
}

void ModelScoreList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
