#include "ui/pages/density/drawing_toolbar.h"

#include "ui/pages/density/tab_stop_button.h"

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
    const auto control = [this](const char* name) {
        return findChild<QWidget*>(QLatin1String(name));
    };
    QWidget* draw = control("drawTool");
    QWidget* erase = control("eraseTool");
    QWidget* undo = control("undoButton");
    QWidget* redo = control("redoButton");
    QWidget* clear = control("clearButton");
    QWidget* normalize = control("normalizeButton");
    QWidget* load = control("loadButton");
    QWidget* save = control("saveButton");
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
    const auto button = [this](const char* name, const QString& text, const QString& tip = {}) {
        auto* shown = findChild<QPushButton*>(QLatin1String(name));
        shown->setText(text);
        shown->setToolTip(tip);
    };
    button("drawTool", tr("✎ Draw"), tr("Left button draws; the right button always erases."));
    button("eraseTool", tr("⌫ Erase"));
    button("undoButton", tr("↶ Undo"));
    button("redoButton", tr("↷ Redo"));
    button("clearButton", tr("Clear"));
    button("normalizeButton", tr("Normalize like MNIST"),
           tr("Crop to the ink, scale into a 20×20 box keeping the aspect ratio, "
              "and centre by the centre of mass, as MNIST's digits were."));
    button("loadButton", tr("Open PNG…"));
    button("saveButton", tr("Save PNG…"));
    findChild<QLabel*>(QStringLiteral("brushLabel"))->setText(tr("Brush"));
    findChild<QSpinBox*>(QStringLiteral("brushSize"))->setSuffix(tr(" px"));
}

QPushButton* DrawingToolbar::addButton(const QString& name) {
    auto* button = new TabStopButton<QPushButton>(this);
    button->setObjectName(name);
    return button;
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
