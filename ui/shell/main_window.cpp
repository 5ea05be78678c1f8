#include "ui/shell/main_window.h"

#include "ui/shell/placeholder_page.h"

#include <QApplication>
#include <QScreen>
#include <QTabWidget>

namespace pixelchain::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , tabs_(new QTabWidget(this)) {
    setWindowTitle(tr("PixelChain — autoregressive models, pixel by pixel"));
    tabs_->setDocumentMode(true);
    setCentralWidget(tabs_);

    addPage(QStringLiteral("counting"),
            new PlaceholderPage(tr("Counting"), tr("How many parameters each factorization needs."),
                                this),
            tr("Counting"));
    addPage(QStringLiteral("sampling"),
            new PlaceholderPage(tr("Sampling"), tr("Watch NADE draw a digit pixel by pixel."), this),
            tr("Sampling"));
    addPage(QStringLiteral("density"),
            new PlaceholderPage(tr("Density"), tr("Draw a digit and see how probable it is."), this),
            tr("Density"));
    addPage(QStringLiteral("models"),
            new PlaceholderPage(tr("Models"), tr("Every factorization measured on real digits."),
                                this),
            tr("Models"));
    resize(1400, 900);
}

QStringList MainWindow::pageNames() {
    return {QStringLiteral("counting"), QStringLiteral("sampling"), QStringLiteral("density"),
            QStringLiteral("models")};
}

void MainWindow::addPage(const QString& name, QWidget* page, const QString& title) {
    page->setObjectName(name + QStringLiteral("Page"));
    tabs_->addTab(page, title);
    names_.append(name);
}

bool MainWindow::showPage(const QString& name) {
    const auto index = names_.indexOf(name);
    if (index < 0)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(index));
    return true;
}

QString MainWindow::currentPage() const {
    const int index = tabs_->currentIndex();
    return index >= 0 ? names_.at(index) : QString();
}

QWidget* MainWindow::page(const QString& name) const {
    const auto index = names_.indexOf(name);
    return index >= 0 ? tabs_->widget(static_cast<int>(index)) : nullptr;
}

} // namespace pixelchain::ui
