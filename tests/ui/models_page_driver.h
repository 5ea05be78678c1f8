#pragma once
// Opens the Models page with every built-in model, the way the tests of its tabs need it: shown
// at 1600×1000, then a tab chosen by a real mouse click on the tab bar, as a student does.
#include "ui/adapters/model_library.h"
#include "ui/pages/models/models_page.h"

#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <memory>

namespace pixelchain::ui {

/// Loads the built-in models into `library` and shows a page on them; QVERIFY-style failures.
inline void openModelsPage(ModelLibrary& library, std::unique_ptr<ModelsPage>& page) {
    QLocale::setDefault(QLocale::c());
    QVERIFY(library.loadBuiltIn() >= 4);
    page = std::make_unique<ModelsPage>(&library, nullptr);
    page->resize(1600, 1000);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
}

/// Clicks the tab of `section` ("orderings", "hidden-units", …).
inline void clickModelsTab(ModelsPage& page, const QString& section) {
    QTabBar* bar = page.tabs()->tabBar();
    const int tab = int(ModelsPage::sectionNames().indexOf(section));
    QVERIFY2(tab >= 0, qPrintable(section));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(page.tabs()->currentIndex(), tab);
}

/// Clicks tab `index` of an inner row of tabs (a section's views: chart, table, …).
inline void clickViewTab(QTabWidget* views, int index) {
    QVERIFY(views);
    QTabBar* bar = views->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(views->currentIndex(), index);
}

} // namespace pixelchain::ui
