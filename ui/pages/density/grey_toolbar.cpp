#include "ui/pages/density/grey_toolbar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace pixelchain::ui {

// One row under a large canvas, two or three in a narrow column, as the binary canvas's toolbar.
GreyToolbar::GreyToolbar(QWidget* parent)
    : ToolRows(parent) {
    QWidget* brush = addTools();
    addEdits();
    QWidget* draw = tool("greyDrawTool");
    QWidget* erase = tool("greyEraseTool");
    QWidget* undo = tool("greyUndoButton");
    QWidget* redo = tool("greyRedoButton");
    QWidget* clear = tool("greyClearButton");
    setArrangements({
        {{draw, erase, brush, undo, redo, clear}},
        {{draw, erase, brush}, {undo, redo, clear}},
        {{draw, erase}, {brush, clear}, {undo, redo}},
    });
    setUndoEnabled(false);
    setRedoEnabled(false);
    retranslate();
}

void GreyToolbar::retranslate() {
    labelButton("greyDrawTool", tr("✎ Draw"),
                tr("Left button adds ink with a soft edge; the right button always erases."));
    labelButton("greyEraseTool", tr("⌫ Erase"));
    labelButton("greyUndoButton", tr("↶ Undo"));
    labelButton("greyRedoButton", tr("↷ Redo"));
    labelButton("greyClearButton", tr("Clear"));
    findChild<QLabel*>(QStringLiteral("greyBrushLabel"))->setText(tr("Brush"));
    auto* size = findChild<QSpinBox*>(QStringLiteral("greyBrushSize"));
    size->setToolTip(tr("Width of the soft brush: its edge is always one pixel of grey."));
}

// Draw or erase, and the soft brush's size (one field: the label stays beside its box).
QWidget* GreyToolbar::addTools() {
    QPushButton* draw = addButton(QStringLiteral("greyDrawTool"));
    QPushButton* erase = addButton(QStringLiteral("greyEraseTool"));
    auto* tools = new QButtonGroup(this);
    for (QPushButton* button : {draw, erase}) {
        button->setCheckable(true);
        tools->addButton(button);
    }
    draw->setChecked(true);
    connect(draw, &QPushButton::toggled, this, [this](bool on) {
        Q_EMIT toolChosen(on ? GreyCanvas::Tool::Draw : GreyCanvas::Tool::Erase);
    });
    auto* field = new QWidget(this);
    auto* brushLabel = new QLabel(field);
    brushLabel->setObjectName(QStringLiteral("greyBrushLabel"));
    auto* brush = new QSpinBox(field);
    brush->setObjectName(QStringLiteral("greyBrushSize"));
    brush->setRange(SoftBrush::kMinSize, SoftBrush::kMaxSize);
    brush->setValue(SoftBrush::kDefaultSize);
    brushLabel->setBuddy(brush);
    auto* brushRow = new QHBoxLayout(field);
    brushRow->setContentsMargins(0, 0, 0, 0);
    brushRow->addWidget(brushLabel);
    brushRow->addWidget(brush);
    connect(brush, &QSpinBox::valueChanged, this, &GreyToolbar::brushChosen);
    return field;
}

void GreyToolbar::addEdits() {
    undo_ = addButton(QStringLiteral("greyUndoButton"));
    redo_ = addButton(QStringLiteral("greyRedoButton"));
    QPushButton* clear = addButton(QStringLiteral("greyClearButton"));
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
    ToolRows::changeEvent(event);
}

} // namespace pixelchain::ui
