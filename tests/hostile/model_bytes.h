#pragma once
// ModelBytes: a model file taken apart into its tensors and metadata, so a hostile-input test can
// damage exactly one piece — a shape, a dtype, a value, the format tag, the header length — and
// put the file back together. It reads and writes the safetensors layout with Qt's JSON, not with
// core's reader and writer, so a mistake in core cannot cancel itself out in the test:
//   bytes = u64 little-endian N ‖ N bytes of JSON header (padded with spaces) ‖ tensor data,
//   header = {name: {dtype, shape, data_offsets: [begin, end]}, …, "__metadata__": {…}}.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <cstdint>
#include <optional>

namespace pixelchain::test {

struct TensorBytes {
    QString name;
    QString dtype; ///< "F32", "I32", …
    QVector<std::int64_t> shape;
    QByteArray data; ///< raw little-endian values
};

class ModelBytes {
public:
    /// Takes apart a well-formed file; aborts the test program on anything else (a fixture bug).
    static ModelBytes parse(const QByteArray& bytes);
    /// One of the models built into the app, e.g. "nade-mnist".
    static ModelBytes builtIn(const QString& id);

    QVector<TensorBytes> tensors;
    QJsonObject metadata;                      ///< values are strings unless a test breaks that
    std::optional<std::uint64_t> headerLength; ///< written instead of the true length
    QByteArray trailing;                       ///< bytes appended after the data

    /// The tensor called `name`; aborts when there is none.
    TensorBytes& tensor(const QString& name);
    /// Size of the JSON header as serialize() writes it (padding included).
    qsizetype headerSize() const;
    /// The whole file.
    QByteArray serialize() const;

    /// Overwrites float number `index` of tensor `name` (an F32 tensor).
    void setFloat(const QString& name, qsizetype index, float value);
    /// Overwrites int number `index` of tensor `name` (an I32 tensor).
    void setInt(const QString& name, qsizetype index, std::int32_t value);

private:
    QByteArray header() const;
};

} // namespace pixelchain::test
