#pragma once
// ModelsPage: every factorization of the lecture measured on the same binarized MNIST test set.
// A table and a chart put parameters against test NLL for the models the app ships, beside
// published results; below, samples from each model side by side. Everything is read from the
// ModelLibrary and redrawn when its models change.
#include <QWidget>

namespace pixelchain::ui {

class ModelLibrary;
class ModelTable;
class ModelChart;
class SampleStrip;

class ModelsPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelsPage(ModelLibrary* models, QWidget* parent = nullptr);

    ModelTable* table() const { return table_; }
    ModelChart* chart() const { return chart_; }
    SampleStrip* samples() const { return samples_; }

private:
    void refresh();

    ModelLibrary* models_;
    ModelTable* table_;
    ModelChart* chart_;
    SampleStrip* samples_;
};

} // namespace pixelchain::ui
