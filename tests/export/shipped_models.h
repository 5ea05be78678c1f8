#pragma once
// The models shipped in resources/models/, read with core's loader from the source folder the
// test runner names in PIXELCHAIN_SOURCE_DIR. Each file is read once per test executable.
#include "core/io/model_file.h"
#include "tests/common/shipped_ids.h"

#include <QMap>
#include <QString>
#include <QTest>
#include <memory>

namespace pixelchain::test {

/// Every shipped model file (the registry's ids): NADEs in four orderings and the baselines.
inline QStringList shippedModelFiles() {
    return shippedIds();
}

/// The model in resources/models/<name>.safetensors; fails the test run when it cannot be read.
inline std::shared_ptr<const DensityModel> shippedModel(const QString& name) {
    static QMap<QString, std::shared_ptr<const DensityModel>> cache;
    if (!cache.contains(name)) {
        const QString path = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") +
                             QStringLiteral("/resources/models/") + name +
                             QStringLiteral(".safetensors");
        try {
            cache.insert(name, io::loadModel(path.toStdString()).model);
        } catch (const std::exception& e) {
            qFatal("cannot read the shipped model %s: %s", qPrintable(path), e.what());
        }
    }
    return cache.value(name);
}

} // namespace pixelchain::test
