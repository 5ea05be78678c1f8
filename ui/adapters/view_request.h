#pragma once
// A view of the app that a lesson step or a saved session asks for: which page, which model, which
// preset, seed or drawing. Empty fields leave that part of the app as it is, so a lesson step names
// only what it needs. The shell (MainWindow::applyView) carries it out through the pages' own
// public setters; nothing here computes anything.
#include "core/counting/parameter_count.h"
#include "core/image/binary_image.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace pixelchain::ui {

/// The Training page's preset "NADE in one minute" (core's training::oneMinuteNade()), by name.
inline constexpr char kOneMinuteNadePreset[] = "nade-one-minute";

struct ViewRequest {
    QString page;  ///< "counting", "sampling", "density", "models" or "training"; empty keeps it
    QString model; ///< a ModelLibrary id such as "nade-mnist"; empty keeps the current model

    // Counting page
    QString countingPreset;             ///< PresetPicker::presetName(); empty keeps the page
    counting::CountQuery countingQuery; ///< used with countingPreset (n, k, m, H)
    std::optional<counting::Factorization> factorization;

    // Sampling page
    std::optional<std::uint64_t> seed;
    std::optional<double> temperature;
    std::optional<int> samplingStep; ///< replay to this many decided pixels
    bool playSampling = false;       ///< start the timer after applying

    // Density page
    std::optional<BinaryImage> drawing;
    int galleryDigit = -1; ///< a real test digit from the gallery (0..99); −1 keeps the drawing

    // Models page
    QString modelsSection; ///< e.g. "orderings" or "hidden-units"; empty keeps the section

    // Training page
    QString trainingPreset; ///< kOneMinuteNadePreset; empty keeps the form
};

} // namespace pixelchain::ui
