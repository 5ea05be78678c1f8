#pragma once
// AnswerTabs: the answer column of both Density modes, one question per tab ("how probable?",
// "which digit?", the pixel maps, …), so each answer has the column's whole height and the page
// never scrolls on a projector. A tab bar over a stack rather than a QTabWidget: the same look,
// without the QTabWidget's own relayout on every update of a panel, which cost a few
// milliseconds per stroke.
#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace pixelchain::ui {

class AnswerTabs : public QWidget {
    Q_OBJECT
public:
    /// `barName` names the tab bar (tests and the fit test find it by that name).
    explicit AnswerTabs(const QString& barName, QWidget* parent = nullptr);

    /// Adds `answer` (reparented into the stack) behind a new tab; its text comes with setTab().
    void addAnswer(QWidget* answer);
    /// The words of tab `index` and its tooltip.
    void setTab(int index, const QString& text, const QString& tip);

    QTabBar* bar() const { return bar_; }

private:
    QTabBar* bar_ = nullptr;
    QStackedWidget* stack_ = nullptr;
};

} // namespace pixelchain::ui
