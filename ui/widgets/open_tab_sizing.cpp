#include "ui/widgets/open_tab_sizing.h"

#include <QTabWidget>

namespace pixelchain::ui {
namespace {

const char* const kOwnPolicy = "pixelchainOwnSizePolicy";

void apply(QTabWidget* tabs) {
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget* tab = tabs->widget(i);
        // Keep the tab's own policy to give it back when it opens again.
        if (!tab->property(kOwnPolicy).isValid())
            tab->setProperty(kOwnPolicy, QVariant::fromValue(tab->sizePolicy()));
        const auto own = tab->property(kOwnPolicy).value<QSizePolicy>();
        tab->setSizePolicy(i == tabs->currentIndex()
                               ? own
                               : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
}

} // namespace

void sizeByOpenTab(QTabWidget* tabs) {
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [tabs] { apply(tabs); });
    apply(tabs);
}

} // namespace pixelchain::ui
