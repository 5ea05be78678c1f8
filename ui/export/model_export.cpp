#include "ui/export/model_export.h"

#include "core/io/conditionals_csv.h"
#include "core/io/gif_animation.h"
#include "core/sampling/sampling_animation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <exception>
#include <memory>

namespace pixelchain::ui {
namespace {

void report(QString* error, const QString& message) {
    if (error)
        *error = message;
}

} // namespace

bool exportSamplingGif(const DensityModel& model, std::uint64_t seed, double temperature,
                       const QString& path, QString* error) {
    const QString name = QFileInfo(path).fileName();
    try {
        // The sampler shares ownership of its model; here the caller owns it for the whole call,
        // so a non-owning pointer (aliasing an empty one) is enough.
        const std::shared_ptr<const DensityModel> borrowed(std::shared_ptr<void>(), &model);
        io::saveGif(QFile::encodeName(path).toStdString(),
                    samplingAnimation(borrowed, seed, temperature));
        return true;
    } catch (const std::exception& e) {
        report(error,
               QCoreApplication::translate("ModelExport", "Could not save the animation “%1”: %2")
                   .arg(name, QString::fromStdString(e.what())));
        return false;
    }
}

bool exportConditionalsCsv(const DensityModel& model, const BinaryImage& image, const QString& path,
                           QString* error) {
    const QString name = QFileInfo(path).fileName();
    try {
        io::saveConditionalsCsv(QFile::encodeName(path).toStdString(), model, image);
        return true;
    } catch (const std::exception& e) {
        report(error,
               QCoreApplication::translate("ModelExport", "Could not save the table “%1”: %2")
                   .arg(name, QString::fromStdString(e.what())));
        return false;
    }
}

} // namespace pixelchain::ui
