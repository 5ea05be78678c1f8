#pragma once
// ModelsPage: every factorization of the lecture measured on the same binarized MNIST test set.
// The first tab puts parameters against test NLL for the models the app ships, in a chart and a
// table (one view at a time, with the caveats as a third), beside published results; the second
// draws samples from each model side by side. The second tab,
// the ordering explorer, shows one digit under every NADE ordering; the third draws NADE's hidden
// units as images; the fifth sets the generative classifiers (Bayes' rule) beside a discriminative
// one. Everything is read from the ModelLibrary and redrawn when its models change. The last tab,
// on greyscale digits, reads the GreyModelLibrary: RNADE and the independent mixtures in test
// bits per dimension beside published figures (ContinuousPanel).
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pixelchain::ui {

class ContinuousPanel;
class GreyModelLibrary;
class ModelLibrary;
class ModelTable;
class ModelChart;
class SampleStrip;
class OrderingExplorer;
class HiddenUnitsPanel;
class ClassifierPanel;

class ModelsPage : public QWidget {
    Q_OBJECT
public:
    /// `greyModels` may be nullptr: the continuous tab then says that none are loaded.
    ModelsPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent = nullptr);

    ModelTable* table() const { return table_; }
    ModelChart* chart() const { return chart_; }
    SampleStrip* samples() const { return samples_; }
    OrderingExplorer* orderings() const { return orderings_; }
    HiddenUnitsPanel* hiddenUnits() const { return hiddenUnits_; }
    ClassifierPanel* classifiers() const { return classifiers_; }
    ContinuousPanel* continuous() const { return continuous_; }
    QTabWidget* tabs() const { return tabs_; }
    /// The views of the comparison: the chart, the table and the caveats.
    QTabWidget* compareTabs() const { return compareTabs_; }

    /// Machine names of the sections (tabs), in order: "compare", "samples", "orderings",
    /// "hidden-units", "classifiers", "continuous".
    static QStringList sectionNames();
    /// The comparison's caveats: which test digits each row was scored on, and why the fitted
    /// full joint table scores an infinite test NLL.
    static QString introText();
    /// Shows a section by machine name; false for an unknown name.
    bool showSection(const QString& name);
    QString currentSection() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void setStaticTexts();
    void refresh();

    ModelLibrary* models_;
    ModelTable* table_;
    ModelChart* chart_;
    SampleStrip* samples_;
    OrderingExplorer* orderings_;
    HiddenUnitsPanel* hiddenUnits_;
    ClassifierPanel* classifiers_;
    ContinuousPanel* continuous_;
    QTabWidget* tabs_ = nullptr;
    QTabWidget* compareTabs_ = nullptr;
    QLabel* intro_ = nullptr;
    QLabel* samplesHeading_ = nullptr;
    QPushButton* again_ = nullptr;
};

} // namespace pixelchain::ui
