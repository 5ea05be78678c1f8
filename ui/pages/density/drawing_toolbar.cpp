#include "ui/pages/density/drawing_toolbar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace pixelchain::ui {

// From two rows under a large canvas to five in a projector's narrow column (the widest rows are
// "Normalize like MNIST" and the Open and Save buttons).
DrawingToolbar::DrawingToolbar(QWidget* parent)
    : ToolRows(parent) {
    QWidget* brush = addTools();
    addEdits();
    addFiles();
    QWidget* draw = tool("drawTool");
    QWidget* erase = tool("eraseTool");
    QWidget* undo = tool("undoButton");
    QWidget* redo = tool("redoButton");
    QWidget* clear = tool("clearButton");
    QWidget* normalize = tool("normalizeButton");
    QWidget* load = tool("loadButton");
    QWidget* save = tool("saveButton");
    setArrangements({
        {{draw, erase, brush, undo, redo, clear}, {normalize, load, save}},
        {{draw, erase, brush, clear}, {undo, redo, normalize}, {load, save}},
        {{draw, erase, brush}, {undo, redo, clear}, {normalize}, {load, save}},
        {{draw, erase}, {brush, clear}, {undo, redo}, {normalize}, {load, save}},
    });
    setUndoEnabled(false);
    setRedoEnabled(false);
    retranslate();
}

void DrawingToolbar::retranslate() {
    labelButton("drawTool", tr("✎ Draw"), tr("Left button draws; the right button always erases."));
    labelButton("eraseTool", tr("⌫ Erase"));
    labelButton("undoButton", tr("↶ Undo"));
    labelButton("redoButton", tr("↷ Redo"));
    labelButton("clearButton", tr("Clear"));
    labelButton("normalizeButton", tr("Normalize like MNIST"),
                tr("Crop to the ink, scale into a 20×20 box keeping the aspect ratio, "
                   "and centre by the centre of mass, as MNIST's digits were."));
    labelButton("loadButton", tr("Open PNG…"));
    labelButton("saveButton", tr("Save PNG…"));
    findChild<QLabel*>(QStringLiteral("brushLabel"))->setText(tr("Brush"));
    findChild<QSpinBox*>(QStringLiteral("brushSize"))->setSuffix(tr(" px"));
}

// Draw or erase, and the brush's size (one field: the label stays beside its box).
QWidget* DrawingToolbar::addTools() {
    QPushButton* draw = addButton(QStringLiteral("drawTool"));
    QPushButton* erase = addButton(QStringLiteral("eraseTool"));
    auto* tools = new QButtonGroup(this);
    for (QPushButton* button : {draw, erase}) {
        button->setCheckable(true);
        tools->addButton(button);
    }
    draw->setChecked(true);
    connect(draw, &QPushButton::toggled, this, [this](bool on) {
        Q_EMIT toolChosen(on ? DrawingCanvas::Tool::Draw : DrawingCanvas::Tool::Erase);
    });
    auto* field = new QWidget(this);
    auto* brushLabel = new QLabel(field);
    brushLabel->setObjectName(QStringLiteral("brushLabel"));
    auto* brush = new QSpinBox(field);
    brush->setObjectName(QStringLiteral("brushSize"));
    brush->setRange(1, 3);
    brushLabel->setBuddy(brush);
    auto* brushRow = new QHBoxLayout(field);
    brushRow->setContentsMargins(0, 0, 0, 0);
    brushRow->addWidget(brushLabel);
    brushRow->addWidget(brush);
    connect(brush, &QSpinBox::valueChanged, this, &DrawingToolbar::brushChosen);
    return field;
}

void DrawingToolbar::addEdits() {
    undo_ = addButton(QStringLiteral("undoButton"));
    redo_ = addButton(QStringLiteral("redoButton"));
    QPushButton* clear = addButton(QStringLiteral("clearButton"));
    QPushButton* normalize = addButton(QStringLiteral("normalizeButton"));
    connect(undo_, &QPushButton::clicked, this, &DrawingToolbar::undoRequested);
    connect(redo_, &QPushButton::clicked, this, &DrawingToolbar::redoRequested);
    connect(clear, &QPushButton::clicked, this, &DrawingToolbar::clearRequested);
    connect(normalize, &QPushButton::clicked, this, &DrawingToolbar::normalizeRequested);
}

void DrawingToolbar::addFiles() {
    QPushButton* load = addButton(QStringLiteral("loadButton"));
    QPushButton* save = addButton(QStringLiteral("saveButton"));
    connect(load, &QPushButton::clicked, this, &DrawingToolbar::loadRequested);
    connect(save, &QPushButton::clicked, this, &DrawingToolbar::saveRequested);
}

void DrawingToolbar::setUndoEnabled(bool enabled) {
    undo_->setEnabled(enabled);
}

void DrawingToolbar::setRedoEnabled(bool enabled) {
    redo_->setEnabled(enabled);
}

void DrawingToolbar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ToolRows::changeEvent(event);
}

} // namespace pixelchain::ui
