#include "ui/pages/models/models_page.h"

#include "core/counting/parameter_count.h"
#include "core/image/binary_image.h"
#include "core/mnist/binarize.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/models/classifier_panel.h"
#include "ui/pages/models/continuous_panel.h"
#include "ui/pages/models/hidden_units_panel.h"
#include "ui/pages/models/model_chart.h"
#include "ui/pages/models/model_style.h"
#include "ui/pages/models/model_table.h"
#include "ui/pages/models/ordering_explorer.h"
#include "ui/pages/models/sample_strip.h"
#include "ui/pages/models/view_tabs.h"
#include "ui/widgets/math_text.h"
#include "ui/widgets/open_tab_sizing.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pixelchain::ui {
namespace {

/// A table under the line that says what its rows were scored on.
QWidget* tableView(QLabel* note, ModelTable* table) {
    auto* view = new QWidget;
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    note->setWordWrap(true);
    note->setContentsMargins(8, 4, 8, 0);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    return view;
}

} // namespace

ModelsPage::ModelsPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , table_(new ModelTable(ModelTable::Part::Measured))
    , publishedTable_(new ModelTable(ModelTable::Part::Published))
    , chart_(new ModelChart)
    , samples_(new SampleStrip)
    , orderings_(new OrderingExplorer)
    , hiddenUnits_(new HiddenUnitsPanel)
    , classifiers_(new ClassifierPanel)
    , continuous_(new ContinuousPanel(greyModels)) {
    QFont large = font();
    large.setPointSize(ModelStyle::kFontPoints);
    setFont(large);

    // The comparison in four views, each with the section's whole height: the chart, the figures
    // of the models measured here and the published ones in a table each, and the caveats that
    // say how far they compare.
    auto* intro = new QLabel;
    intro_ = intro;
    intro->setObjectName(QStringLiteral("modelsIntro"));
    intro->setWordWrap(true);
    auto* caveats = new QWidget;
    auto* caveatsLayout = new QVBoxLayout(caveats);
    caveatsLayout->addWidget(intro);
    caveatsLayout->addStretch(1);
    compareTabs_ = makeViewTabs(QStringLiteral("compareTabs"));
    measuredNote_ = new QLabel;
    measuredNote_->setObjectName(QStringLiteral("measuredNote"));
    publishedNote_ = new QLabel;
    publishedNote_->setObjectName(QStringLiteral("publishedNote"));
    compareTabs_->addTab(chart_, QString());
    compareTabs_->addTab(tableView(measuredNote_, table_), QString());
    compareTabs_->addTab(tableView(publishedNote_, publishedTable_), QString());
    compareTabs_->addTab(caveats, QString());
    QWidget* compare = compareTabs_;

    auto* samplesHeading = new QLabel;
    samplesHeading_ = samplesHeading;
    auto* again = new QPushButton;
    again_ = again;
    again->setObjectName(QStringLiteral("newSamplesButton"));
    connect(again, &QPushButton::clicked, samples_, &SampleStrip::nextSeeds);
    auto* samplesBar = new QHBoxLayout;
    samplesBar->addWidget(samplesHeading);
    samplesBar->addStretch(1);
    samplesBar->addWidget(again);
    auto* sampled = new QWidget;
    auto* sampledLayout = new QVBoxLayout(sampled);
    sampledLayout->addLayout(samplesBar);
    sampledLayout->addWidget(samples_, 1);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("modelsTabs"));
    tabs_->setDocumentMode(true);
    tabs_->tabBar()->setFocusPolicy(Qt::StrongFocus);
    for (QWidget* section :
         {compare, sampled, static_cast<QWidget*>(orderings_), static_cast<QWidget*>(hiddenUnits_),
          static_cast<QWidget*>(classifiers_), static_cast<QWidget*>(continuous_)})
        tabs_->addTab(section, QString());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs_);
    // The orderings need more width than the comparison, the table more height than the chart:
    // each view holds the page only to its own size while it is open.
    sizeByOpenTab(tabs_);
    sizeByOpenTab(compareTabs_);

    connect(models_, &ModelLibrary::entriesChanged, this, &ModelsPage::refresh);
    setStaticTexts();
    refresh();
}

void ModelsPage::setStaticTexts() {
    intro_->setText(introText());
    samplesHeading_->setText(tr("<b>Samples</b>, one column per model, same seeds"));
    again_->setText(tr("New samples"));
    // Short tab names, so that the six fit a projector's width in large type; the tooltips say
    // more.
    tabs_->setTabText(0, tr("Compare"));
    tabs_->setTabText(1, tr("Samples"));
    tabs_->setTabText(2, tr("Orderings"));
    tabs_->setTabText(3, tr("Hidden units"));
    tabs_->setTabText(4, tr("Classifiers"));
    tabs_->setTabText(5, tr("Greyscale (bits/dim)"));
    tabs_->setTabToolTip(0, tr("Parameters against test NLL for every model, beside published "
                               "results"));
    tabs_->setAccessibleName(tr("Sections of the Models page"));
    tabs_->tabBar()->setAccessibleName(tr("Sections of the Models page"));
    compareTabs_->setTabText(0, tr("Chart"));
    compareTabs_->setTabText(1, tr("Measured here"));
    compareTabs_->setTabText(2, tr("Published"));
    compareTabs_->setTabText(3, tr("Read with care"));
    compareTabs_->setTabToolTip(3, tr("Which test digits each row was scored on, and why the full "
                                      "joint table scores an infinite NLL"));
    measuredNote_->setText(tr("Scored here on the same MNIST test digits, binarized "
                              "stochastically with a fixed seed."));
    publishedNote_->setText(
        tr("Published results, scored on the %1.").arg(PublishedResults::binarization()));
    compareTabs_->tabBar()->setAccessibleName(tr("Views of the comparison"));
    tabs_->setTabToolTip(1, tr("Digits drawn from every model with the same seeds"));
    tabs_->setTabToolTip(2, tr("One digit under the orderings of the shipped NADEs (of %1! "
                               "possible)")
                                .arg(kPixels));
    tabs_->setTabToolTip(3, tr("NADE's hidden units: the input weights of each, drawn as an "
                               "image"));
    tabs_->setTabToolTip(4, tr("Generative classifiers (Bayes' rule) beside a discriminative one"));
    tabs_->setTabToolTip(5, tr("RNADE on greyscale digits in bits per dimension, beside published "
                               "results"));
}

// The table and the chart name the models in words: they are filled again. The samples, the
// orderings and the hidden units keep what they drew and retranslate their own texts.
void ModelsPage::retranslate() {
    setStaticTexts();
    table_->showModels(models_->entries());
    publishedTable_->showModels(models_->entries());
    chart_->showModels(models_->entries());
}

QString ModelsPage::introText() {
    // The full table's size comes from core's count, the training set's from core's split.
    counting::CountQuery digit;
    digit.variables = kPixels;
    digit.states = 2;
    const double fullLog10 = counting::log10Count(counting::Factorization::Full, digit);
    return tr("The models measured here are all scored on the same MNIST test digits, binarized "
              "stochastically with a fixed seed. The published rows were scored on the %1: a "
              "different binarization of the test digits, so compare them with care. More "
              "parameters can buy a lower negative log-likelihood (NLL), but only while the data "
              "can fit them: the full joint table has %2 numbers, and fitted by maximum likelihood "
              "to the %3 training digits it gives probability 0 to every digit it has not seen, "
              "so its test NLL is infinite. That is overfitting at its extreme.")
        .arg(PublishedResults::binarization(), math::fromLog10(fullLog10),
             QLocale().toString(qulonglong(mnist::kTrainCount)));
}

QStringList ModelsPage::sectionNames() {
    return {QStringLiteral("compare"),     QStringLiteral("samples"),
            QStringLiteral("orderings"),   QStringLiteral("hidden-units"),
            QStringLiteral("classifiers"), QStringLiteral("continuous")};
}

bool ModelsPage::showSection(const QString& name) {
    const auto index = sectionNames().indexOf(name);
    if (index < 0)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(index));
    return true;
}

QString ModelsPage::currentSection() const {
    return sectionNames().value(tabs_->currentIndex());
}

void ModelsPage::refresh() {
    const auto& entries = models_->entries();
    table_->showModels(entries);
    publishedTable_->showModels(entries);
    chart_->showModels(entries);
    samples_->showModels(entries);
    orderings_->showModels(entries);
    hiddenUnits_->showModels(entries);
    classifiers_->showModels(entries);
}

void ModelsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pixelchain::ui
