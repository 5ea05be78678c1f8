#pragma once
// The second row of tabs inside a section of the Models page: a chart, its table and the text
// that explains them each get the whole height of the section, one at a time, so that a
// projector's screen shows each of them whole instead of a column that scrolls.
#include <QTabBar>
#include <QTabWidget>

namespace pixelchain::ui {

/// A tab widget in document mode whose tab bar Tab reaches (`objectName` names it for tests).
inline QTabWidget* makeViewTabs(const QString& objectName, QWidget* parent = nullptr) {
    auto* tabs = new QTabWidget(parent);
    tabs->setObjectName(objectName);
    tabs->setDocumentMode(true);
    tabs->tabBar()->setFocusPolicy(Qt::StrongFocus);
    return tabs;
}

} // namespace pixelchain::ui
