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
#include "ui/widgets/adaptive_row.h"
#include "ui/widgets/math_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pixelchain::ui {
namespace {

// Chart and table side by side from this width of the tab; stacked below it. The chart needs
// about 900 px to keep every label by its point, the table about 600 px for its five columns.
constexpr int kSideBySideWidth = 1500;

/// `content` in a frameless scroll area: on a small screen a tab scrolls rather than clips.
QScrollArea* scrolling(QWidget* content) {
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

ModelsPage::ModelsPage(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , table_(new ModelTable)
    , chart_(new ModelChart)
    , samples_(new SampleStrip)
    , orderings_(new OrderingExplorer)
    , hiddenUnits_(new HiddenUnitsPanel)
    , classifiers_(new ClassifierPanel)
    , continuous_(new ContinuousPanel(greyModels)) {
    QFont large = font();
    large.setPointSize(ModelStyle::kFontPoints);
    setFont(large);

    auto* intro = new QLabel;
    intro_ = intro;
    intro->setObjectName(QStringLiteral("modelsIntro"));
    intro->setWordWrap(true);
    // The chart gets the larger share and the whole height of the tab: its labels need room.
    // Below kSideBySideWidth the chart goes on top at full width and the table under it.
    auto* top = new AdaptiveRow(kSideBySideWidth);
    top->setObjectName(QStringLiteral("compareRow"));
    top->addWidget(chart_, 3);
    top->addWidget(table_, 2);
    auto* compare = new QWidget;
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->addWidget(intro);
    compareLayout->addWidget(top, 1);

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
    sampledLayout->addWidget(samples_);
    sampledLayout->addStretch(1);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("modelsTabs"));
    tabs_->setDocumentMode(true);
    for (QWidget* section :
         {compare, sampled, static_cast<QWidget*>(orderings_), static_cast<QWidget*>(hiddenUnits_),
          static_cast<QWidget*>(classifiers_), static_cast<QWidget*>(continuous_)})
        tabs_->addTab(scrolling(section), QString());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs_);

    connect(models_, &ModelLibrary::entriesChanged, this, &ModelsPage::refresh);
    setStaticTexts();
    refresh();
}

void ModelsPage::setStaticTexts() {
    intro_->setText(introText());
    samplesHeading_->setText(tr("<b>Samples</b>, one column per model, same seeds"));
    again_->setText(tr("New samples"));
    tabs_->setTabText(0, tr("Compare the models"));
    tabs_->setTabText(1, tr("Samples"));
    tabs_->setTabText(2, tr("Orderings"));
    tabs_->setTabText(3, tr("NADE's hidden units"));
    tabs_->setTabText(4, tr("Generative classifiers"));
    tabs_->setTabText(5, tr("Continuous pixels (bits/dim)"));
    tabs_->setTabToolTip(1, tr("Digits drawn from every model with the same seeds"));
    tabs_->setTabToolTip(2, tr("One digit under the orderings of the shipped NADEs (of %1! "
                               "possible)")
                                .arg(kPixels));
    tabs_->setTabToolTip(3, tr("The input weights of each hidden unit, drawn as an image"));
    tabs_->setTabToolTip(4, tr("Generative classifiers (Bayes' rule) beside a discriminative one"));
    tabs_->setTabToolTip(5, tr("RNADE on greyscale digits in bits per dimension, beside published "
                               "results"));
}

// The table and the chart name the models in words: they are filled again. The samples, the
// orderings and the hidden units keep what they drew and retranslate their own texts.
void ModelsPage::retranslate() {
    setStaticTexts();
    table_->showModels(models_->entries());
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
