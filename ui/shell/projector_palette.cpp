#include "ui/shell/projector_palette.h"

#include <QColor>
#include <cmath>

namespace pixelchain::ui {
namespace {

/// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor& c) {
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette readablePalette(QPalette desktop) {
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        for (const auto& [text, background] : pairs) {
            const QColor ink = desktop.color(group, text);
            QColor paper = desktop.color(group, background);
            // Away from the ink: light ink gets a darker background, dark ink a lighter one.
            const bool darken = luminance(ink) > 0.5;
            for (int step = 0; step < 40 && contrastRatio(ink, paper) < kBodyTextContrast; ++step)
                paper = darken ? paper.darker(110) : paper.lighter(110);
            desktop.setColor(group, background, paper);
        }
    return desktop;
}

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
