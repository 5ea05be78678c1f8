#pragma once
// The lesson panel walks a class through the lecture: the steps, the current step's text and
// Previous / Next buttons (PageUp / PageDown, which presentation clickers send, are bound by the
// shell). Going to a step asks the shell, through viewRequested(), to put the app into the view
// that shows it; the panel itself never touches a page.
//
// It has two arrangements, and the shell chooses between them by the room the window has:
// - Column, beside the page: the list of steps, the title, the text and the buttons.
// - Strip, under the page, like subtitles: one row with a step picker that is also the title,
//   the counter and the buttons, then two lines of text.
// Either way the text is shown a beat at a time when the whole step does not fit (LessonText):
// Next walks the beats of a step before it moves to the next step, Previous walks back.
#include "ui/pages/lessons/lesson_steps.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace pixelchain::ui {

class LessonText;
class StepPicker;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    enum class Arrangement { Column, Strip };
    /// Lines of text the strip shows at once: two, like a film's subtitles.
    static constexpr int kStripLines = 2;

    /// `models` (may be nullptr) lets the steps read the shipped models; see LessonSteps::all.
    explicit LessonPanel(const ModelLibrary* models, QWidget* parent = nullptr);

    int count() const { return static_cast<int>(steps_.size()); }
    /// The step on screen (0-based).
    int current() const { return current_; }
    const LessonStep& step(int index) const { return steps_.at(index); }
    /// The beat of the current step on screen (0-based), and how many it has in this room.
    int beat() const;
    int beatCount() const;

    /// Shows step `index` (clamped) from its first beat and requests its view.
    void go(int index);
    /// Shows step `index` (clamped) without requesting its view (a restored session).
    void showStep(int index);
    /// The next beat of the step, else the next step.
    void next();
    /// The previous beat of the step, else the last beat of the previous step.
    void previous();

    Arrangement arrangement() const { return arrangement_; }
    void setArrangement(Arrangement arrangement);
    /// The width the column needs in the current font and language: the widest step title of the
    /// list, and at least a readable measure of text.
    int columnWidth() const;

Q_SIGNALS:
    void viewRequested(const pixelchain::ui::ViewRequest& view);
    /// The strip's close button was pressed (the column's close button is the dock's).
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void arrange();
    void arrangeColumn();
    void arrangeStrip();
    /// Sets every text again in the current language.
    void retranslate();
    /// Shows step `index` at its first beat, or at its last with `fromEnd`.
    void showStepAt(int index, bool fromEnd);
    /// The counter, the beat, the buttons' states and tips follow the step and the beat.
    void follow();
    /// The list shows every step without scrolling, in the current font.
    void fitList();

    const ModelLibrary* models_ = nullptr;
    QVector<LessonStep> steps_;
    int current_ = 0;
    Arrangement arrangement_ = Arrangement::Column;
    QListWidget* list_ = nullptr;
    StepPicker* picker_ = nullptr;
    QLabel* counter_ = nullptr;
    QLabel* beat_ = nullptr;
    QLabel* title_ = nullptr;
    LessonText* text_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* next_ = nullptr;
    QToolButton* close_ = nullptr;
};

} // namespace pixelchain::ui
