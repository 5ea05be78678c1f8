#pragma once
// ClassifierResults: what the files say about classifying the 10,000 MNIST test digits, for the
// Models page's comparison of Bayes' rule with a discriminative baseline.
//
//   generative      p(x | y) and p(y), then p(y | x) = p(x | y) p(y) / p(x) (Bayes' rule): every
//                   loaded model whose classConditional() is non-null
//   discriminative  p(y | x) directly: the multinomial logistic regression shipped as a resource
//
// Every figure is the trainer's, read from the file's metadata (`test_accuracy`,
// `test_confusion`); nothing is measured or typed here. A file whose figures cannot be read gives
// a result with `problem` set instead of numbers, so the page says so and goes on.
#include "core/models/class_conditional.h"
#include "ui/adapters/model_library.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace pixelchain::ui {

struct ClassifierResult {
    QString id;   ///< the library id, or the resource path of the baseline
    QString name; ///< "Class NADE", "Naive Bayes", "Logistic regression"
    QString kind; ///< one line: generative or discriminative, and what that allows
    bool generative = true;
    double accuracy = 0; ///< metadata `test_accuracy` in [0, 1]; NaN when absent
    std::optional<ConfusionMatrix> confusion; ///< metadata `test_confusion`, row = true digit
    QString problem; ///< why the file's figures could not be read; empty when they could

    bool hasAccuracy() const;
};

class ClassifierResults {
    Q_DECLARE_TR_FUNCTIONS(ClassifierResults)
public:
    /// ":/baselines/logistic-regression-mnist.safetensors", built into the app.
    static QString baselineResource();
    /// The bytes of the baseline resource; empty when it cannot be opened.
    static QByteArray readBaseline();

    /// One result per entry whose model is class-conditional, in the library's order.
    static QVector<ClassifierResult> generative(const QVector<ModelEntry>& entries);
    /// The logistic regression read from `bytes` (io::parseClassifier); a damaged or empty file
    /// gives a result whose `problem` names what is wrong.
    static ClassifierResult discriminative(const QByteArray& bytes);

    /// "p(x) test NLL: class NADE X nats vs NADE Y nats (same 50-epoch schedule)": the
    /// class-conditional NADE against the unconditional NADE of the same ordering, both from
    /// ModelEntry::testNll, the schedules from io::trainingLength. Empty without such a pair.
    static QString nllComparison(const QVector<ModelEntry>& entries);
    /// An accuracy as the page shows it: "96.62 %" (two decimals of a percent).
    static QString percent(double accuracy);
};

} // namespace pixelchain::ui
