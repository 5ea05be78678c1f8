#include "ui/pages/training/live_panel.h"

#include "ui/adapters/hidden_unit_grid.h"
#include "ui/adapters/published_results.h"
#include "ui/pages/training/digit_grid.h"
#include "ui/pages/training/training_chart.h"
#include "ui/widgets/control_role.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace pixelchain::ui {

LivePanel::LivePanel(QWidget* parent)
    : QWidget(parent)
    , logProb_(std::nan("")) {
    setObjectName(QStringLiteral("trainingLivePanel"));
    chart_ = new TrainingChart(this);
    axis_ = new QComboBox(this);
    axis_->setObjectName(QStringLiteral("trainingAxis"));
    axis_->addItem(QString(), int(TrainingChart::Axis::Images));
    axis_->addItem(QString(), int(TrainingChart::Axis::Seconds));
    axisLabel_ = new QLabel(this);
    axisLabel_->setBuddy(axis_);
    auto* axisRow = new QHBoxLayout;
    axisRow->addWidget(axisLabel_);
    axisRow->addWidget(axis_);
    axisRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(axisRow);
    layout->addWidget(chart_, 3);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    layout->addWidget(note_);
    layout->addWidget(buildViews(), 0);
    connect(axis_, &QComboBox::currentIndexChanged, this, [this](int row) {
        chart_->setAxis(TrainingChart::Axis(axis_->itemData(row).toInt()));
    });
    retranslate();
}

QWidget* LivePanel::buildViews() {
    auto* views = new QWidget(this);
    views->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the curve takes the rest
    auto* grid = new QGridLayout(views);
    grid->setContentsMargins(0, 0, 0, 0);
    samplesTitle_ = new QLabel(views);
    digitTitle_ = new QLabel(views);
    tilesTitle_ = new QLabel(views);
    for (QLabel* title : {samplesTitle_, digitTitle_, tilesTitle_}) {
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    }
    samples_ = new DigitGrid(4, 4, views);
    samples_->setObjectName(QStringLiteral("trainingSamples"));
    digit_ = new DigitGrid(1, 1, views);
    digit_->setObjectName(QStringLiteral("trainingTestDigit"));
    digitLogProb_ = new QLabel(views);
    digitLogProb_->setObjectName(QStringLiteral("trainingDigitLogProb"));
    digitLogProb_->setWordWrap(true);
    tiles_ = new HiddenUnitGrid(views);
    tiles_->setObjectName(QStringLiteral("trainingHiddenUnits"));
    auto* digitColumn = new QVBoxLayout;
    digitColumn->addWidget(digit_, 1);
    digitColumn->addWidget(digitLogProb_);
    grid->addWidget(samplesTitle_, 0, 0);
    grid->addWidget(digitTitle_, 0, 1);
    grid->addWidget(tilesTitle_, 0, 2);
    grid->addWidget(samples_, 1, 0);
    grid->addLayout(digitColumn, 1, 1);
    grid->addWidget(tiles_, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 3);
    return views;
}

void LivePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString LivePanel::digitText() const {
    if (!hasViews_)
        return {};
    return tr("log p(x) = %1 nats").arg(QLocale().toString(logProb_, 'f', 2));
}

void LivePanel::retranslate() {
    axisLabel_->setText(tr("&Curve against"));
    note_->setText(tr("Lower is better. Validation: held-out digits the model never trains on. "
                      "* Scored on the %1, not on ours.")
                       .arg(PublishedResults::binarization()));
    axis_->setItemText(0, tr("training images seen"));
    axis_->setItemText(1, tr("wall time"));
    samplesTitle_->setText(tr("16 samples from the current weights"));
    digitTitle_->setText(tr("A real test digit"));
    tilesTitle_->setText(tr("Hidden units (strongest 30)"));
    digitLogProb_->setText(hasViews_ ? tr("%1<br>after %2 images")
                                           .arg(digitText().toHtmlEscaped(),
                                                QLocale().toString(qulonglong(viewImages_)))
                                     : tr("waiting for the first weights"));
}

void LivePanel::addPoint(const TrainingPoint& point) {
    chart_->addPoint(point);
}

void LivePanel::showViews(const LiveViews& views) {
    samples_->setImages(views.samples);
    digit_->setImages({views.digit});
    tiles_->setTiles(views.tiles);
    tiles_->setVisible(views.tiles.size() > 0);
    logProb_ = views.digitLogProb;
    viewImages_ = views.imagesSeen;
    hasViews_ = true;
    retranslate();
}

void LivePanel::clear() {
    chart_->clear();
    samples_->setImages({});
    digit_->setImages({});
    tiles_->setTiles({});
    hasViews_ = false;
    retranslate();
}

void LivePanel::setReferences(double shippedNll, double publishedNll) {
    chart_->setReferences(shippedNll, publishedNll);
}

} // namespace pixelchain::ui
