#pragma once
// The lecture, in order, as lesson steps: what a generative model learns → counting parameters →
// independence → the chain rule → Bayes' rule → conditional independence and Markov →
// autoregressive models and orderings → NADE → learning is maximum likelihood → density and anomaly
// detection. Each step is a title, a short text (translated through Qt Linguist like every other
// string) and the view that shows it.
#include "ui/adapters/view_request.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace pixelchain::ui {

class ModelLibrary;

struct LessonStep {
    QString id; ///< stable machine name, e.g. "chain-rule"
    QString title;
    QString text; ///< rich text, a few sentences
    ViewRequest view;
};

class LessonSteps {
    Q_DECLARE_TR_FUNCTIONS(LessonSteps)
public:
    /// The steps in the lecture's order, in the current language. With `models`, the steps that
    /// speak of the shipped models read them: the NADE step names the activation the shipped
    /// NADE has, the density step says per model whether a blank image beats every test digit.
    static QVector<LessonStep> all(const ModelLibrary* models = nullptr);
};

} // namespace pixelchain::ui
