#include "ui/pages/models/models_page.h"

#include "ui/adapters/model_library.h"
#include "ui/pages/models/model_chart.h"
#include "ui/pages/models/model_style.h"
#include "ui/pages/models/model_table.h"
#include "ui/pages/models/sample_strip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pixelchain::ui {

ModelsPage::ModelsPage(ModelLibrary* models, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , table_(new ModelTable)
    , chart_(new ModelChart)
    , samples_(new SampleStrip) {
    QFont large = font();
    large.setPointSize(ModelStyle::kFontPoints);
    setFont(large);

    auto* intro = new QLabel(tr("Every model below is scored on the same 10,000 binarized test "
                                "digits. More parameters buy a lower negative log-likelihood "
                                "(NLL), until the full joint table: 2^784 − 1 numbers, which no "
                                "computer can hold, so it never appears on the chart."));
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(table_, 2);
    top->addWidget(chart_, 3);
    auto* samplesHeading = new QLabel(tr("<b>Samples</b>, one column per model, same seeds"));
    auto* again = new QPushButton(tr("New samples"));
    again->setObjectName(QStringLiteral("newSamplesButton"));
    connect(again, &QPushButton::clicked, samples_, &SampleStrip::nextSeeds);
    auto* samplesBar = new QHBoxLayout;
    samplesBar->addWidget(samplesHeading);
    samplesBar->addStretch(1);
    samplesBar->addWidget(again);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    layout->addLayout(top, 1);
    layout->addLayout(samplesBar);
    layout->addWidget(samples_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(models_, &ModelLibrary::entriesChanged, this, &ModelsPage::refresh);
    refresh();
}

void ModelsPage::refresh() {
    const auto& entries = models_->entries();
    table_->showModels(entries);
    chart_->showModels(entries);
    samples_->showModels(entries);
}

} // namespace pixelchain::ui
