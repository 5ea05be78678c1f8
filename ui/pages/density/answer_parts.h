#pragma once
// AnswerParts: the parts of one answer under its title (the chart of p(y | x) with its table of
// factors; Bayes' rule worked out with the numbers), one above the other where the panel has the
// height, else one tab each with the first open, the tabs beside the title. On a wide screen a
// student sees the whole answer at once; on a projector's short screen in presentation mode each
// part still has the height it needs, and nothing scrolls. The panel holding the parts decides
// (setTabbed), as only it knows what else it shows around them.
#include <QWidget>

class QTabBar;
class QVBoxLayout;

namespace pixelchain::ui {

class AnswerParts : public QWidget {
    Q_OBJECT
public:
    /// `title` (reparented; may be nullptr) heads the parts; `barName` names the tab bar that
    /// shows beside it when the parts are tabs.
    AnswerParts(QWidget* title, const QString& barName, QWidget* parent = nullptr);

    /// Adds `part` (reparented) after the others; its tab's words come with setPart().
    void addPart(QWidget* part);
    /// The words of the tab of part `index`, and its tooltip.
    void setPart(int index, const QString& text, const QString& tip);

    QTabBar* bar() const { return bar_; }
    bool tabbed() const { return tabbed_; }
    /// One tab per part (true) or every part one above the other (false).
    void setTabbed(bool tabbed);

    /// The height the parts take at `width`, one above the other.
    int stackedHeight(int width) const;
    /// The height they take as tabs: the bar over the tallest part, so that the answers under
    /// the parts stay in place from tab to tab.
    int tabbedHeight(int width) const;

    /// As small as the tabs allow: the panel chooses tabs where it has less room.
    QSize minimumSizeHint() const override;

private:
    /// Height of the row of the title (and the bar, as tabs) at `width`.
    int titleHeight(int width, bool tabbed) const;
    /// Shows the bar and the open part (tabs) or every part and no bar.
    void showParts();

    QWidget* title_;
    QTabBar* bar_;
    QVBoxLayout* layout_;
    QList<QWidget*> parts_;
    bool tabbed_ = false;
};

} // namespace pixelchain::ui
