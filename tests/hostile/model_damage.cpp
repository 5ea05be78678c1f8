#include "model_damage.h"

#include "core/io/safetensors.h"

#include <QJsonValue>
#include <cmath>
#include <limits>

namespace pixelchain::test {
namespace {

QString quoted(const QString& tensor) {
    return QStringLiteral("tensor '%1'").arg(tensor);
}

/// The file cut to its first `keep` bytes.
DamagedFile cut(const ModelBytes& model, qsizetype keep, const QString& says) {
    return {model.serialize().left(keep), says};
}

/// Cuts: inside the length field, right after it, inside the header, after it, inside the data,
/// and one byte short of the end. Each cut must be caught before any tensor is read.
QVector<ModelDamage> cuts() {
    return {
        {"empty file", [](ModelBytes m) { return cut(m, 0, "too short"); }},
        {"cut inside the length field", [](ModelBytes m) { return cut(m, 5, "too short"); }},
        {"cut after the length field", [](ModelBytes m) { return cut(m, 8, "does not fit"); }},
        {"cut inside the header",
         [](ModelBytes m) { return cut(m, 8 + m.headerSize() / 2, "does not fit"); }},
        {"cut after the header",
         [](ModelBytes m) { return cut(m, 8 + m.headerSize(), "points outside"); }},
        {"cut inside the data",
         [](ModelBytes m) {
             return cut(m, (8 + m.headerSize() + m.serialize().size()) / 2, "points outside");
         }},
        {"last byte missing",
         [](ModelBytes m) { return cut(m, m.serialize().size() - 1, "points outside"); }},
    };
}

QVector<ModelDamage> headerLengths() {
    return {
        {"header length 2^63",
         [](ModelBytes m) {
             m.headerLength = std::uint64_t{1} << 63;
             return DamagedFile{m.serialize(), "does not fit"};
         }},
        {"header length past the limit, file long enough",
         [](ModelBytes m) {
             m.headerLength = io::kMaxHeaderBytes + 8;
             m.trailing = QByteArray(qsizetype(io::kMaxHeaderBytes) + 64, ' ');
             return DamagedFile{m.serialize(), "does not fit"};
         }},
        {"header length reaching into the data",
         [](ModelBytes m) {
             m.headerLength = std::uint64_t(m.headerSize()) + 8;
             return DamagedFile{m.serialize(), "not a JSON object"};
         }},
        {"bytes after the data",
         [](ModelBytes m) {
             m.trailing = "junk";
             return DamagedFile{m.serialize(), "bytes no tensor uses"};
         }},
    };
}

QVector<ModelDamage> values(const ModelFormat& f) {
    const auto poison = [](const QString& tensor, double where, float value) {
        return [=](ModelBytes m) {
            const qsizetype count = m.tensor(tensor).data.size() / 4;
            m.setFloat(tensor, std::min(count - 1, qsizetype(where * double(count))), value);
            return DamagedFile{m.serialize(), quoted(tensor) + " contains NaN or infinite"};
        };
    };
    constexpr float kInf = std::numeric_limits<float>::infinity();
    return {{"NaN first in " + f.firstFloat, poison(f.firstFloat, 0.0, std::nanf(""))},
            {"−∞ in the middle of " + f.firstFloat, poison(f.firstFloat, 0.5, -kInf)},
            {"+∞ last in " + f.lastFloat, poison(f.lastFloat, 1.0, kInf)}};
}

QVector<ModelDamage> shapes(const ModelFormat& f) {
    const QString t = f.firstFloat;
    return {
        {"shape of " + t + " reshaped",
         [t](ModelBytes m) {
             QVector<std::int64_t>& shape = m.tensor(t).shape;
             if (shape.size() == 2)
                 std::swap(shape[0], shape[1]);
             else
                 shape.prepend(1);
             return DamagedFile{m.serialize(), quoted(t) + " has shape"};
         }},
        {"shape of " + t + " larger than its bytes",
         [t](ModelBytes m) {
             m.tensor(t).shape[0] += 1;
             return DamagedFile{m.serialize(), "needs a different size"};
         }},
        {"negative dimension in " + t,
         [t](ModelBytes m) {
             m.tensor(t).shape[0] = -1;
             return DamagedFile{m.serialize(), "invalid dimension"};
         }},
        {t + " stored as I32",
         [t](ModelBytes m) {
             m.tensor(t).dtype = "I32";
             return DamagedFile{m.serialize(), quoted(t) + " is I32, expected F32"};
         }},
        {t + " stored as F64",
         [t](ModelBytes m) {
             m.tensor(t).dtype = "F64";
             return DamagedFile{m.serialize(), "needs a different size"};
         }},
        {t + " in an unknown dtype",
         [t](ModelBytes m) {
             m.tensor(t).dtype = "F4";
             return DamagedFile{m.serialize(), "unknown dtype 'F4'"};
         }},
        {t + " missing",
         [t](ModelBytes m) {
             m.tensors.removeIf([&](const TensorBytes& x) { return x.name == t; });
             return DamagedFile{m.serialize(), quoted(t) + " is missing"};
         }},
    };
}

QVector<ModelDamage> tags(const ModelFormat& f) {
    const auto metadata = [](const QString& key, const QJsonValue& value, const QString& says) {
        return [=](ModelBytes m) {
            if (value.isUndefined())
                m.metadata.remove(key);
            else
                m.metadata[key] = value;
            return DamagedFile{m.serialize(), says};
        };
    };
    return {
        {"format tag missing", metadata("format", QJsonValue::Undefined, "'format' is missing")},
        {"format tag of no model", metadata("format", "pixelchain-gan", "unknown model format")},
        {"format tag " + f.otherTag, metadata("format", f.otherTag, f.otherSays)},
        {"metadata value that is a number", metadata("epochs", 3, "'epochs' is not a string")},
        {"test percentiles out of order",
         metadata("test_ll_quantiles", "[3, 2, 1]", "test_ll_quantiles")},
        {"test NLL not a number", metadata("test_nll_nats", "lots", "test_nll_nats")},
    };
}

/// The checks that only one kind of model makes.
QVector<ModelDamage> semantics(const ModelFormat& f) {
    const auto withInt = [](qsizetype at, std::int32_t value, const char* says) {
        return [=](ModelBytes m) {
            m.setInt("ordering", at, value);
            return DamagedFile{m.serialize(), says};
        };
    };
    const auto withFloat = [](const QString& tensor, qsizetype at, float value, const char* says) {
        return [=](ModelBytes m) {
            m.setFloat(tensor, at, value);
            return DamagedFile{m.serialize(), says};
        };
    };
    const auto withMeta = [](const QString& key, const QString& value, const char* says) {
        return [=](ModelBytes m) {
            m.metadata[key] = value;
            return DamagedFile{m.serialize(), says};
        };
    };
    if (f.name == "nade")
        return {{"ordering visits a pixel twice", withInt(1, 0, "tensor 'ordering'")},
                {"ordering names pixel 784", withInt(5, 784, "tensor 'ordering'")},
                {"ordering names pixel −1", withInt(5, -1, "tensor 'ordering'")},
                {"ordering stored as F32",
                 [](ModelBytes m) {
                     m.tensor("ordering").dtype = "F32";
                     return DamagedFile{m.serialize(), "is F32, expected I32"};
                 }},
                {"0 hidden units", withMeta("hidden", "0", "metadata 'hidden'")},
                {"2^31 hidden units", withMeta("hidden", "2147483648", "metadata 'hidden'")},
                {"activation empty", withMeta("activation", "", "unknown activation")}};
    if (f.name == "independent")
        return {{"a probability of exactly 1", withFloat("p", 300, 1.0f, "outside (0, 1)")},
                {"a probability of exactly 0", withFloat("p", 0, 0.0f, "outside (0, 1)")},
                {"a negative probability", withFloat("p", 783, -0.25f, "outside (0, 1)")}};
    if (f.name == "markov")
        return {{"order 17", withMeta("order", "17", "Markov order")},
                {"order not a number", withMeta("order", "eight", "Markov order")},
                {"order 7 with the tables of order 8", withMeta("order", "7", "has shape")},
                {"a probability of exactly 1", withFloat("p", 0, 1.0f, "outside (0, 1)")}};
    const QVector<ModelDamage> prior{
        {"a prior that does not sum to 1", withFloat("log_prior", 0, -0.01f, "does not sum")},
        {"a positive log prior", withFloat("log_prior", 3, 0.5f, "not a log-probability")},
        {"11 classes with 10 priors", withMeta("classes", "11", "has shape")},
        {"0 classes", withMeta("classes", "0", "metadata 'classes'")}};
    if (f.name == "class-nade")
        return prior + QVector<ModelDamage>{
                           {"0 hidden units", withMeta("hidden", "0", "metadata 'hidden'")},
                           {"ordering names pixel 784", withInt(5, 784, "tensor 'ordering'")}};
    if (f.name == "naive-bayes")
        return prior +
               QVector<ModelDamage>{
                   {"a probability of exactly 1", withFloat("p", 0, 1.0f, "outside (0, 1)")},
                   {"a probability of exactly 0", withFloat("p", 7839, 0.0f, "outside (0, 1)")}};
    return {{"a weight on the diagonal", withFloat("W", 5 * 784 + 5, 0.5f, "on or above")},
            {"a weight above the diagonal", withFloat("W", 783, -0.5f, "on or above")}};
}

} // namespace

QVector<ModelFormat> modelFormats() {
    return {{"nade", "nade-mnist", "W", "c", "pixelchain-independent", "tensor 'p' is missing"},
            {"independent", "independent-mnist", "p", "p", "pixelchain-nade",
             "metadata 'activation' is missing"},
            {"markov", "markov8-mnist", "p", "p", "pixelchain-fvsbn", "tensor 'b' is missing"},
            {"fvsbn", "fvsbn-mnist", "b", "W", "pixelchain-markov", "metadata 'order' is missing"},
            {"class-nade", "class-nade-mnist", "W", "log_prior", "pixelchain-naive-bayes",
             "tensor 'p' is missing"},
            {"naive-bayes", "naive-bayes-mnist", "p", "log_prior", "pixelchain-class-nade",
             "metadata 'activation' is missing"}};
}

ModelFormat formatNamed(const QString& name) {
    for (const ModelFormat& f : modelFormats())
        if (f.name == name)
            return f;
    return {};
}

QVector<ModelDamage> damagesOf(const ModelFormat& format) {
    return cuts() + headerLengths() + values(format) + shapes(format) + tags(format) +
           semantics(format);
}

} // namespace pixelchain::test
