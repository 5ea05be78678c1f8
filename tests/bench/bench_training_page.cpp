// bench_training_page: how late the GUI event loop runs while the Training page trains a NADE
// (H = 500, the "NADE in one minute" preset) on its worker thread. Not a pass/fail test: it prints
// figures for the README.
//
// A 5 ms precise QTimer stands for the GUI's own work; its lateness (the time between two ticks
// minus 5 ms) is what a student feels as a stutter. The page receives every curve point and live
// view meanwhile and paints them. Measured first with nothing training (the floor), then for each
// priority of the training thread asked for: QThread::IdlePriority (SCHED_IDLE on Linux: the worker
// and the threads it starts run only when no other thread wants the CPU) and NormalPriority.
//
// Usage: bench_training_page [--seconds S] [--priority idle|normal|both] [--threads T]
//                            [WIDTHxHEIGHT]
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise; the digits are the full
// set in data/mnist under the working folder, else the built-in subset.
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/pages/training/training_form.h"
#include "ui/pages/training/training_job.h"
#include "ui/pages/training/training_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pixelchain;
using namespace pixelchain::ui;

namespace {

constexpr int kTickMs = 5;

struct Spread {
    double p50 = 0, p99 = 0, max = 0;
    std::size_t ticks = 0;
};

Spread spreadOf(std::vector<double> lateness) {
    Spread s;
    if (lateness.empty())
        return s;
    std::sort(lateness.begin(), lateness.end());
    s.p50 = lateness[lateness.size() / 2];
    s.p99 = lateness[lateness.size() * 99 / 100];
    s.max = lateness.back();
    s.ticks = lateness.size();
    return s;
}

/// Lateness of a 5 ms timer over `seconds`, in milliseconds, while the event loop runs.
Spread measureLateness(double seconds) {
    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    qint64 last = -1;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateness.push_back(std::max(0.0, double(now - last) / 1e6 - kTickMs));
        last = now;
    });
    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    clock.start();
    tick.start();
    loop.exec();
    return spreadOf(lateness);
}

void print(const char* what, const Spread& s, const char* extra = "") {
    std::printf("%-34s p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%zu ticks)%s\n", what, s.p50,
                s.p99, s.max, s.ticks, extra);
    std::fflush(stdout);
}

struct Options {
    double seconds = 20;
    QString priority = QStringLiteral("both");
    int threads = 2;
    QSize size{1366, 768};
};

Options parse(const QStringList& args) {
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            o.seconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--priority") && i + 1 < args.size())
            o.priority = args[++i];
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            o.threads = args[++i].toInt();
        else if (const auto wh = args[i].split(u'x'); wh.size() == 2)
            o.size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    return o;
}

/// Trains the one-minute NADE on `page` with the worker at `priority` and measures for
/// `o.seconds`; then cancels and waits.
void measureWhileTraining(TrainingPage& page, QThread::Priority priority, const char* name,
                          const Options& o) {
    page.form()->chooseOneMinuteNade();
    page.findChild<QSpinBox*>(QStringLiteral("trainingThreads"))->setValue(o.threads);
    page.job()->setPriority(priority);
    std::size_t points = 0, views = 0;
    training::EpochReport last;
    const auto p =
        QObject::connect(page.job(), &TrainingJob::progressed, [&](const TrainingPoint& point) {
            ++points;
            last = point.report;
        });
    const auto v =
        QObject::connect(page.job(), &TrainingJob::viewsReady, [&](const LiveViews&) { ++views; });
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("trainingStart")),
                      Qt::LeftButton);
    const Spread s = measureLateness(o.seconds);
    char extra[160];
    std::snprintf(extra, sizeof extra, "  %zu curve points, %zu live views, %.0f images/s", points,
                  views,
                  last.trainingSeconds > 0 ? double(last.imagesSeen) / last.trainingSeconds : 0.0);
    print(name, s, extra);
    QObject::disconnect(p);
    QObject::disconnect(v);
    page.job()->stop(false);
    page.job()->wait();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options o = parse(app.arguments());
    ModelLibrary models;
    models.loadBuiltIn();
    GreyModelLibrary greyModels;
    TrainingPage page(&models, &greyModels);
    page.resize(o.size);
    page.show();
    QElapsedTimer waited;
    waited.start();
    while (!page.dataReady() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!page.dataReady()) {
        std::fprintf(stderr, "bench_training_page: no digits to train on\n");
        return 1;
    }
    std::printf("Training page at %dx%d, NADE H = 500, %d training threads, a %d ms timer, %.0f s "
                "each\n",
                o.size.width(), o.size.height(), o.threads, kTickMs, o.seconds);
    print("idle (nothing training)", measureLateness(std::min(o.seconds, 5.0)));
    if (o.priority != QLatin1String("normal"))
        measureWhileTraining(page, QThread::IdlePriority, "training, worker IdlePriority", o);
    if (o.priority != QLatin1String("idle"))
        measureWhileTraining(page, QThread::NormalPriority, "training, worker NormalPriority", o);
    return 0;
}
