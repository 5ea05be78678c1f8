#include "ui/shell/projector_palette.h"

#include <QColor>

namespace pixelchain::ui {

QPalette projectorPalette() {
    QPalette p;
    const QColor ink(0, 0, 0);
    const QColor paper(255, 255, 255);
    const QColor accent(0, 60, 160);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, paper);
        p.setColor(group, QPalette::WindowText, ink);
        p.setColor(group, QPalette::Base, paper);
        p.setColor(group, QPalette::AlternateBase, QColor(235, 235, 235));
        p.setColor(group, QPalette::Text, ink);
        p.setColor(group, QPalette::Button, QColor(230, 230, 230));
        p.setColor(group, QPalette::ButtonText, ink);
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, paper);
        p.setColor(group, QPalette::ToolTipBase, paper);
        p.setColor(group, QPalette::ToolTipText, ink);
        p.setColor(group, QPalette::Link, accent);
        p.setColor(group, QPalette::Mid, QColor(90, 90, 90));
        p.setColor(group, QPalette::Dark, QColor(40, 40, 40));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(80, 80, 80));
    return p;
}

} // namespace pixelchain::ui
