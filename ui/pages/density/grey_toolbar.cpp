#include "ui/pages/density/grey_toolbar.h"

#include "ui/pages/density/tab_stop_button.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace pixelchain::ui {

// Three buttons wide, as the binary canvas's toolbar:
//   Draw   Erase  Brush [n]
//   Undo   Redo   Clear
GreyToolbar::GreyToolbar(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    addTools();
    addEdits();
    grid_->setColumnStretch(3, 1);
    setUndoEnabled(false);
    setRedoEnabled(false);
    retranslate();
}

void GreyToolbar::retranslate() {
    const auto button = [this](const char* name, const QString& text, const QString& tip = {}) {
        auto* shown = findChild<QPushButton*>(QLatin1String(name));
        shown->setText(text);
        shown->setToolTip(tip);
    };
    button("greyDrawTool", tr("✎ Draw"),
           tr("Left button adds ink with a soft edge; the right button always erases."));
    button("greyEraseTool", tr("⌫ Erase"));
    button("greyUndoButton", tr("↶ Undo"));
    button("greyRedoButton", tr("↷ Redo"));
    button("greyClearButton", tr("Clear"));
    findChild<QLabel*>(QStringLiteral("greyBrushLabel"))->setText(tr("Brush"));
    auto* size = findChild<QSpinBox*>(QStringLiteral("greyBrushSize"));
    size->setToolTip(tr("Width of the soft brush: its edge is always one pixel of grey."));
}

QPushButton* GreyToolbar::addButton(const QString& name, int row, int column) {
    auto* button = new TabStopButton<QPushButton>(this);
    button->setObjectName(name);
    grid_->addWidget(button, row, column);
    return button;
}

void GreyToolbar::addTools() {
    QPushButton* draw = addButton(QStringLiteral("greyDrawTool"), 0, 0);
    QPushButton* erase = addButton(QStringLiteral("greyEraseTool"), 0, 1);
    auto* tools = new QButtonGroup(this);
    for (QPushButton* button : {draw, erase}) {
        button->setCheckable(true);
        tools->addButton(button);
    }
    draw->setChecked(true);
    connect(draw, &QPushButton::toggled, this, [this](bool on) {
        Q_EMIT toolChosen(on ? GreyCanvas::Tool::Draw : GreyCanvas::Tool::Erase);
    });
    auto* brushLabel = new QLabel(this);
    brushLabel->setObjectName(QStringLiteral("greyBrushLabel"));
    auto* brush = new QSpinBox(this);
    brush->setObjectName(QStringLiteral("greyBrushSize"));
    brush->setRange(SoftBrush::kMinSize, SoftBrush::kMaxSize);
    brush->setValue(SoftBrush::kDefaultSize);
    brushLabel->setBuddy(brush);
    auto* brushRow = new QHBoxLayout;
    brushRow->addWidget(brushLabel);
    brushRow->addWidget(brush);
    grid_->addLayout(brushRow, 0, 2);
    connect(brush, &QSpinBox::valueChanged, this, &GreyToolbar::brushChosen);
}

void GreyToolbar::addEdits() {
    undo_ = addButton(QStringLiteral("greyUndoButton"), 1, 0);
    redo_ = addButton(QStringLiteral("greyRedoButton"), 1, 1);
    QPushButton* clear = addButton(QStringLiteral("greyClearButton"), 1, 2);
    connect(undo_, &QPushButton::clicked, this, &GreyToolbar::undoRequested);
    connect(redo_, &QPushButton::clicked, this, &GreyToolbar::redoRequested);
    connect(clear, &QPushButton::clicked, this, &GreyToolbar::clearRequested);
}

void GreyToolbar::setUndoEnabled(bool enabled) {
    undo_->setEnabled(enabled);
}

void GreyToolbar::setRedoEnabled(bool enabled) {
    redo_->setEnabled(enabled);
}

void GreyToolbar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
