#pragma once
// AnswerTabs: the answer column of both Density modes, one question per tab ("how probable?",
// "which digit?", the pixel maps, …), so each answer has the column's whole height and the page
// never scrolls on a projector. A tab bar over a stack rather than a QTabWidget: the same look,
// without the QTabWidget's own relayout on every update of a panel, which cost a few
// milliseconds per stroke.
//
// A tab may also have a short name (the notation of the lecture: "p(x)" for "How probable?").
// Where the column is too narrow for every full name, as in presentation mode on a projector,
// the bar shows the short names and each tab's tooltip begins with its full name; the column
// can then be as narrow as the short names. A heading in the answer that repeats the full name
// shows only under the short one.
#include <QPointer>
#include <QWidget>
#include <memory>

class QStackedWidget;
class QTabBar;

namespace pixelchain::ui {

class AnswerTabs : public QWidget {
    Q_OBJECT
public:
    /// `barName` names the tab bar (tests and the fit test find it by that name).
    explicit AnswerTabs(const QString& barName, QWidget* parent = nullptr);
    ~AnswerTabs() override;

    /// Adds `answer` (reparented into the stack) behind a new tab; its text comes with setTab().
    void addAnswer(QWidget* answer);
    /// The words of tab `index`, its tooltip and, if any, the short name used when space is short.
    void setTab(int index, const QString& text, const QString& tip,
                const QString& shortText = QString());

    /// `heading`, inside answer `index`, asks what the tab's full name asks ("How probable is
    /// it?" under "How probable?"): it shows only while the bar shows the short name, so the
    /// question is said once and the answer gets the height of a line.
    void setHeading(int index, QWidget* heading);

    QTabBar* bar() const { return bar_; }
    /// Whether the bar shows the short names now.
    bool shortNames() const { return short_; }

    /// As narrow as the short names (or the widest answer) allow.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Names {
        QString text, tip, shortText;
        QPointer<QWidget> heading;
    };
    /// Width of the bar with every full name (`full`) or with the short ones.
    int barWidth(bool full) const;
    /// Shows the full names where they fit the width, else the short ones.
    void showNames();

    QTabBar* bar_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QList<Names> names_;
    bool short_ = false;
    /// Never shown: measures the bar with the other set of names.
    std::unique_ptr<QTabBar> measure_;
};

} // namespace pixelchain::ui
