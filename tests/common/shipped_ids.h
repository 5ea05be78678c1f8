#pragma once
// The shipped models' ids as Qt strings, read from core's ModelRegistry, for tests that make a
// row or a check per shipped model: a model added to the registry is covered without touching
// them, and no test writes the list (or its length) out by hand.
#include "core/models/model_registry.h"

#include <QString>
#include <QStringList>

namespace pixelchain::test {

inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Every shipped model's id, in registry order (sorted by id).
inline QStringList shippedIds() {
    QStringList ids;
    for (const ShippedModel& m : ModelRegistry::all())
        ids << toQString(m.id);
    return ids;
}

/// The ids of one family's shipped models, e.g. the four NADE orderings.
inline QStringList shippedIds(ModelFamily family) {
    QStringList ids;
    for (const ShippedModel* m : ModelRegistry::ofFamily(family))
        ids << toQString(m->id);
    return ids;
}

/// How many models ship.
inline int shippedCount() {
    return int(ModelRegistry::all().size());
}

} // namespace pixelchain::test
