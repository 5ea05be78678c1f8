#include "ui/pages/density/drawing_toolbar.h"

#include "ui/pages/density/tab_stop_button.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace pixelchain::ui {

// Laid out as a grid three buttons wide, so the column stays narrow on a 1024-pixel screen:
//   Draw   Erase  Brush [n px]
//   Undo   Redo   Clear
//   Normalize like MNIST
//   Open PNG…  Save PNG…
DrawingToolbar::DrawingToolbar(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    addTools();
    addEdits();
    addFiles();
    grid_->setColumnStretch(3, 1);
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

QPushButton* DrawingToolbar::addButton(const QString& name, int row, int column, int span) {
    auto* button = new TabStopButton<QPushButton>(this);
    button->setObjectName(name);
    grid_->addWidget(button, row, column, 1, span);
    return button;
}

void DrawingToolbar::addTools() {
    QPushButton* draw = addButton(QStringLiteral("drawTool"), 0, 0);
    QPushButton* erase = addButton(QStringLiteral("eraseTool"), 0, 1);
    auto* tools = new QButtonGroup(this);
    for (QPushButton* button : {draw, erase}) {
        button->setCheckable(true);
        tools->addButton(button);
    }
    draw->setChecked(true);
    connect(draw, &QPushButton::toggled, this, [this](bool on) {
        Q_EMIT toolChosen(on ? DrawingCanvas::Tool::Draw : DrawingCanvas::Tool::Erase);
    });
    auto* brushLabel = new QLabel(this);
    brushLabel->setObjectName(QStringLiteral("brushLabel"));
    auto* brush = new QSpinBox(this);
    brush->setObjectName(QStringLiteral("brushSize"));
    brush->setRange(1, 3);
    brushLabel->setBuddy(brush);
    auto* brushRow = new QHBoxLayout;
    brushRow->addWidget(brushLabel);
    brushRow->addWidget(brush);
    grid_->addLayout(brushRow, 0, 2);
    connect(brush, &QSpinBox::valueChanged, this, &DrawingToolbar::brushChosen);
}

void DrawingToolbar::addEdits() {
    undo_ = addButton(QStringLiteral("undoButton"), 1, 0);
    redo_ = addButton(QStringLiteral("redoButton"), 1, 1);
    QPushButton* clear = addButton(QStringLiteral("clearButton"), 1, 2);
    QPushButton* normalize = addButton(QStringLiteral("normalizeButton"), 2, 0, 2);
    connect(undo_, &QPushButton::clicked, this, &DrawingToolbar::undoRequested);
    connect(redo_, &QPushButton::clicked, this, &DrawingToolbar::redoRequested);
    connect(clear, &QPushButton::clicked, this, &DrawingToolbar::clearRequested);
    connect(normalize, &QPushButton::clicked, this, &DrawingToolbar::normalizeRequested);
}

void DrawingToolbar::addFiles() {
    QPushButton* load = addButton(QStringLiteral("loadButton"), 3, 0);
    QPushButton* save = addButton(QStringLiteral("saveButton"), 3, 1);
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
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
