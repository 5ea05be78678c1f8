#pragma once
// ModelsPage: every factorization of the lecture measured on the same binarized MNIST test set.
// The first tab puts parameters against test NLL for the models the app ships beside published
// results: a chart, the figures measured here and the published ones in a table each, and the
// caveats, one view at a time. The second draws samples from each model side by side; the third,
// the ordering explorer, shows one digit under every NADE ordering; the fourth draws NADE's hidden
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

    /// The figures of the models measured here (and of the full joint table).
    ModelTable* table() const { return table_; }
    /// The figures of the published results.
    ModelTable* publishedTable() const { return publishedTable_; }
    ModelChart* chart() const { return chart_; }
    SampleStrip* samples() const { return samples_; }
    OrderingExplorer* orderings() const { return orderings_; }
    HiddenUnitsPanel* hiddenUnits() const { return hiddenUnits_; }
    ClassifierPanel* classifiers() const { return classifiers_; }
    ContinuousPanel* continuous() const { return continuous_; }
    QTabWidget* tabs() const { return tabs_; }
    /// The views of the comparison: the chart, the measured and the published figures, the
    /// caveats.
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
    ModelTable* publishedTable_;
    ModelChart* chart_;
    SampleStrip* samples_;
    OrderingExplorer* orderings_;
    HiddenUnitsPanel* hiddenUnits_;
    ClassifierPanel* classifiers_;
    ContinuousPanel* continuous_;
    QTabWidget* tabs_ = nullptr;
    QTabWidget* compareTabs_ = nullptr;
    QLabel* intro_ = nullptr;
    QLabel* measuredNote_ = nullptr;
    QLabel* publishedNote_ = nullptr;
    QLabel* samplesHeading_ = nullptr;
    QPushButton* again_ = nullptr;
};

} // namespace pixelchain::ui
