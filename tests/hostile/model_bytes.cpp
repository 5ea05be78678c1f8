#include "model_bytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>
#include <algorithm>
#include <cstring>

namespace pixelchain::test {
namespace {

std::uint64_t readLength(const QByteArray& bytes) {
    std::uint64_t n = 0;
    std::memcpy(&n, bytes.constData(), 8);
    return n;
}

QByteArray lengthBytes(std::uint64_t n) {
    QByteArray out(8, '\0');
    std::memcpy(out.data(), &n, 8);
    return out;
}

} // namespace

ModelBytes ModelBytes::parse(const QByteArray& bytes) {
    if (bytes.size() < 8)
        qFatal("ModelBytes: not a safetensors file");
    const auto length = static_cast<qsizetype>(readLength(bytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(8, length), &error);
    if (!document.isObject())
        qFatal("ModelBytes: header is not JSON: %s", qPrintable(error.errorString()));
    const QByteArray data = bytes.mid(8 + length);
    ModelBytes model;
    const QJsonObject header = document.object();
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            model.metadata = it.value().toObject();
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        TensorBytes tensor{it.key(), entry[QLatin1String("dtype")].toString(), {}, {}};
        for (const QJsonValue d : entry[QLatin1String("shape")].toArray())
            tensor.shape.append(d.toInteger());
        const QJsonArray offsets = entry[QLatin1String("data_offsets")].toArray();
        const qint64 begin = offsets[0].toInteger(), end = offsets[1].toInteger();
        tensor.data = data.mid(begin, end - begin);
        model.tensors.append(tensor);
    }
    // Data order as in the file, so that serialize() of an untouched model is a valid file.
    std::sort(model.tensors.begin(), model.tensors.end(), [&](const auto& a, const auto& b) {
        return header[a.name].toObject()[QLatin1String("data_offsets")].toArray()[0].toInteger() <
               header[b.name].toObject()[QLatin1String("data_offsets")].toArray()[0].toInteger();
    });
    return model;
}

ModelBytes ModelBytes::builtIn(const QString& id) {
    QFile file(QStringLiteral(":/models/%1.safetensors").arg(id));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ModelBytes: no built-in model %s", qPrintable(id));
    return parse(file.readAll());
}

TensorBytes& ModelBytes::tensor(const QString& name) {
    for (TensorBytes& t : tensors)
        if (t.name == name)
            return t;
    qFatal("ModelBytes: no tensor %s", qPrintable(name));
}

QByteArray ModelBytes::header() const {
    QJsonObject header;
    qint64 offset = 0;
    for (const TensorBytes& t : tensors) {
        QJsonArray shape;
        for (const std::int64_t d : t.shape)
            shape.append(qint64(d));
        header[t.name] = QJsonObject{
            {QStringLiteral("dtype"), t.dtype},
            {QStringLiteral("shape"), shape},
            {QStringLiteral("data_offsets"), QJsonArray{offset, offset + t.data.size()}}};
        offset += t.data.size();
    }
    if (!metadata.isEmpty())
        header[QStringLiteral("__metadata__")] = metadata;
    QByteArray text = QJsonDocument(header).toJson(QJsonDocument::Compact);
    text.append((8 - text.size() % 8) % 8, ' ');
    return text;
}

qsizetype ModelBytes::headerSize() const {
    return header().size();
}

QByteArray ModelBytes::serialize() const {
    const QByteArray text = header();
    QByteArray out = lengthBytes(headerLength.value_or(std::uint64_t(text.size()))) + text;
    for (const TensorBytes& t : tensors)
        out += t.data;
    return out + trailing;
}

void ModelBytes::setFloat(const QString& name, qsizetype index, float value) {
    TensorBytes& t = tensor(name);
    if (t.dtype != QLatin1String("F32") || (index + 1) * 4 > t.data.size())
        qFatal("ModelBytes: %s has no float %lld", qPrintable(name), qlonglong(index));
    std::memcpy(t.data.data() + index * 4, &value, 4);
}

void ModelBytes::setInt(const QString& name, qsizetype index, std::int32_t value) {
    TensorBytes& t = tensor(name);
    if (t.dtype != QLatin1String("I32") || (index + 1) * 4 > t.data.size())
        qFatal("ModelBytes: %s has no int %lld", qPrintable(name), qlonglong(index));
    std::memcpy(t.data.data() + index * 4, &value, 4);
}

} // namespace pixelchain::test
