#pragma once
// ModelScoreList: the same drawing's log p under every model of the library, one row per model,
// the current one in bold. With a single model it is a single row; more models add rows.
#include "ui/pages/density/model_scores.h"

#include <QWidget>

class QGridLayout;

namespace pixelchain::ui {

class ModelScoreList : public QWidget {
    Q_OBJECT
public:
    explicit ModelScoreList(QWidget* parent = nullptr);

    void showScores(const QVector<ModelScore>& scores);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void rebuild(const QVector<ModelScore>& scores);
    void addCell(int row, int column, const QString& text, bool bold, const QString& name = {},
                 const QString& tip = {});

    QGridLayout* grid_ = nullptr;
    QStringList shownIds_;
};

} // namespace pixelchain::ui
