#pragma once
// Shared set-up of the shell tests: a MainWindow on the offscreen platform, with QSettings and
// QStandardPaths pointed at a private test location so no test reads or writes the user's settings.
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/adapters/view_request.h"
#include "ui/pages/counting/counting_page.h"
#include "ui/pages/density/density_page.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/pages/training/training_page.h"
#include "ui/shell/main_window.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace shelltest {

using namespace pixelchain;
using namespace pixelchain::ui;

inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PixelChainTests"));
    QCoreApplication::setApplicationName(QStringLiteral("shell"));
}

inline std::unique_ptr<MainWindow> openWindow() {
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

/// Lets the posted layout requests and the pages' own resize reactions run to the end.
inline void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// A widget as a test report names it: its object name, else its class.
inline QString nameOf(const QWidget* w) {
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

inline CountingPage* countingPage(const MainWindow& w) {
    return w.countingPage();
}
inline SamplingPage* samplingPage(const MainWindow& w) {
    return w.samplingPage();
}
inline DensityPage* densityPage(const MainWindow& w) {
    return w.densityPage();
}
/// The page with that machine name (MainWindow::pageNames()), as a plain widget.
inline QWidget* pageNamed(const MainWindow& w, const QString& name) {
    return w.page(name);
}
inline QString currentModel(const MainWindow& w) {
    const ModelEntry* entry = w.models()->current();
    return entry ? entry->id : QString();
}

/// A recognisable drawing: a diagonal bar and a box.
inline BinaryImage sampleDrawing() {
    BinaryImage image;
    for (int i = 4; i < 24; ++i) {
        image.set(i, i, true);
        image.set(i, i + 1 < 28 ? i + 1 : i, true);
    }
    for (int c = 8; c < 20; ++c)
        image.set(6, c, true);
    return image;
}

} // namespace shelltest
