#pragma once
// BitsPerDimRows: what the Models page's continuous section draws and lists, one row per model:
// first the greyscale models of the GreyModelLibrary (trained here), then the published figures
// for dequantized MNIST (PublishedResults::dequantizedMnist()). Every figure of a model trained
// here is read from its file: test bits/dim, bits/dim at the bin centres, how long it trained
// (the epochs of its `command` and the one it kept, or its EM `iterations`; `training_seconds`).
// None is typed here.
#include "ui/adapters/grey_model_library.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace pixelchain::ui {

struct BitsPerDimRow {
    QString id;            ///< the library's id of a model trained here; empty for published ones
    QString name;          ///< "RNADE", "Independent mixtures", "Glow"
    double bitsPerDim = 0; ///< test bits per dimension, u drawn at random (lower is better)
    double binCentre = 0;  ///< at the bin centres u = ½; NaN for published figures and unknowns
    QString source;        ///< trained here (how long), or author, year, title and table
    QString setup;         ///< how it was measured, where it differs from the others
    QColor color;          ///< the family's colour, or the published colour
    bool published = false;
    QString tip; ///< the model's full title (trained here) or the paper's citation
};

class BitsPerDimRows {
    Q_DECLARE_TR_FUNCTIONS(BitsPerDimRows)
public:
    /// The library's models with a test figure, best (lowest) first, then every published figure
    /// in the order of PublishedResults::dequantizedMnist().
    static QVector<BitsPerDimRow> build(const QVector<GreyModelEntry>& entries);

    /// "1.80": a figure as the chart and the table write it; "—" for NaN.
    static QString figure(double bitsPerDim);
    /// "47 min", "3 min 52 s", "1 h 05 min", "40 s".
    static QString duration(long long seconds);
    /// "trained here: 25 epochs, 47 min" or "trained here: 50 EM iterations, 3 min 52 s" from a
    /// file's metadata (the parts it records).
    static QString training(const io::Metadata& metadata);
    /// What the figure of a model trained here means: its size, the digits, the noise.
    static QString setup(const ContinuousDensity& model);
};

} // namespace pixelchain::ui
