#include "ui/shell/main_window.h"

#include "ui/adapters/model_library.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/shell/placeholder_page.h"

#include <QApplication>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

namespace pixelchain::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , tabs_(new QTabWidget(this))
    , models_(new ModelLibrary(this)) {
    setWindowTitle(tr("PixelChain — autoregressive models, pixel by pixel"));
    tabs_->setDocumentMode(true);
    setCentralWidget(tabs_);
    // A model that fails to load never replaces the current one; the user reads why.
    connect(models_, &ModelLibrary::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    models_->loadBuiltIn();

    addPage(QStringLiteral("counting"), new CountingPage(this), tr("Counting"));
    addPage(QStringLiteral("sampling"), new SamplingPage(models_, this), tr("Sampling"));
    addPage(QStringLiteral("density"), new DensityPage(models_, this), tr("Density"));
    addPage(QStringLiteral("models"), new ModelsPage(models_, this), tr("Models"));
    // Open at 1400×900, or smaller on a small projector: never larger than the screen.
    QSize size(1400, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
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
