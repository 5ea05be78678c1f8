#pragma once
// RnadeCountView: the Counting page's answer for the RNADE preset. RNADE's count,
// (3K + 1)HD + H + 3KD, with the preset's D, H and K written in, next to the chain rule with a
// full table of 256 grey levels per factor, 256^D − 1, with all its digits (ExactCountView) and
// how many they are, and how many times larger the table is. Every number is core's
// (counting/grey_count.h); both are exact and take microseconds for the image's D, so they are
// computed here rather than by the page's background task.
#include "core/counting/grey_count.h"

#include <QFrame>

class QLabel;

namespace pixelchain::ui {

class ExactCountView;
class FormulaView;

class RnadeCountView : public QFrame {
    Q_OBJECT
public:
    explicit RnadeCountView(QWidget* parent = nullptr);

    /// Counts and shows `query`; a query core refuses shows core's reason instead.
    void showQuery(const counting::RnadeQuery& query);

    FormulaView* rnade() const { return rnade_; }
    FormulaView* chainRule() const { return chainRule_; }
    ExactCountView* exact() const { return exact_; }
    /// "The table needs about 10¹⁸⁸¹ times as many parameters as RNADE."
    QLabel* ratio() const { return ratio_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    counting::RnadeQuery query_;
    QLabel* heading_ = nullptr;
    FormulaView* rnade_ = nullptr;
    FormulaView* chainRule_ = nullptr;
    QLabel* ratio_ = nullptr;
    ExactCountView* exact_ = nullptr;
};

} // namespace pixelchain::ui
