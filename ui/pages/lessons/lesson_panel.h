#pragma once
// The lesson panel walks a class through the lecture: a list of the steps, the current step's text
// and Previous / Next buttons (PageUp / PageDown, which presentation clickers send, are bound by
// the shell). Going to a step asks the shell, through viewRequested(), to put the app into the
// view that shows it; the panel itself never touches a page.
#include "ui/pages/lessons/lesson_steps.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pixelchain::ui {

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    /// `models` (may be nullptr) lets the steps read the shipped models; see LessonSteps::all.
    explicit LessonPanel(const ModelLibrary* models, QWidget* parent = nullptr);

    int count() const { return static_cast<int>(steps_.size()); }
    /// The step on screen (0-based).
    int current() const { return current_; }
    const LessonStep& step(int index) const { return steps_.at(index); }

    /// Shows step `index` (clamped) and requests its view.
    void go(int index);
    /// Shows step `index` (clamped) without requesting its view (a restored session).
    void showStep(int index);
    void next();
    void previous();

Q_SIGNALS:
    void viewRequested(const pixelchain::ui::ViewRequest& view);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();

    const ModelLibrary* models_ = nullptr;
    QVector<LessonStep> steps_;
    int current_ = 0;
    QListWidget* list_ = nullptr;
    QLabel* counter_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* text_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* next_ = nullptr;
};

} // namespace pixelchain::ui
