// pd-bench: the project's benchmark (./dev bench). Makes a province-sized data file and times
// what a user waits for, on it and on the built-in plan, as medians of several runs. Not a
// test: it prints figures and goals, it never fails on a number.
//
//   pd-bench generate --out FILE [--indicators N] [--figures-per M]
//   pd-bench run [--runs N] [--file50k FILE]     the whole table
//   pd-bench window --db FILE [--runs N] [--only NAME]
//                                                in-window timings (used by run); --only times
//                                                one of them (keystroke, clear, asof, refresh,
//                                                edit, add), for a profiler
//   pd-bench empty-window                        an empty QMainWindow, for the start-up ratio

#include "main/FirstPaintProbe.h"
#include "main/IndicatorPane.h"
#include "main/DateField.h"
#include "main/MainWindow.h"
#include "models/PlanFilterModel.h"
#include "store/PlanStore.h"
#include "models/PlanTreeModel.h"
#include "SyntheticPlan.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <vector>

using namespace pd;

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// With PD_BENCH_PERF_CTL=FIFO (perf record --control=fifo:FIFO -D -1), perf samples only
/// the timed operations.
void profiler(const char *command)
{
    static QFile *fifo = [] {
        const QString path = qEnvironmentVariable("PD_BENCH_PERF_CTL");
        auto *file = new QFile(path);
        if (path.isEmpty() || !file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            delete file;
            return static_cast<QFile *>(nullptr);
        }
        return file;
    }();
    if (fifo)
        fifo->write(QByteArray(command) + '\n');
}

/// Time until the window has processed its events, including the paints they asked for (Qt
/// paints what changed on the update requests the event loop delivers).
double settle(QWidget *window, const QElapsedTimer &timer)
{
    Q_UNUSED(window)
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the update requests posted by the first round
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    profiler("disable");
    return ms;
}

// ---- in-window timings ----------------------------------------------------------------

/// A key press carrying text, as an input method delivers a Chinese character.
void type(QWidget *widget, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

int windowTimings(const QString &original, int runs, const QString &only)
{
    const auto wanted = [&](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };
    // Edits go to a copy, so every run starts from the same file.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(original, db)) {
        out(QStringLiteral("error cannot copy %1").arg(original));
        return 1;
    }
    MainWindow window;
    QString error;
    if (!window.openFile(db, &error)) {
        out(QStringLiteral("error %1").arg(error));
        return 1;
    }
    window.setAsOf(QDate(2024, 6, 30));
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    PlanFilterModel *filter = window.filterModel();

    // Waits for the search to be applied (it may be deferred while typing), then paints.
    auto searched = [&](const QString &text, const QElapsedTimer &timer) {
        QElapsedTimer guard;
        guard.start();
        while (filter->searchText() != text && guard.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return settle(&window, timer);
    };
    // The clock starts, and with PD_BENCH_PERF_CTL the profiler, for a timed figure.
    const auto start = [&](QElapsedTimer &timer, const char *name) {
        if (wanted(name))
            profiler("enable");
        timer.start();
    };
    std::map<QString, std::vector<double>> times;
    for (int run = 0; run < runs; ++run) {
        search->setFocus();
        search->clear();
        searched(QString(), QElapsedTimer());
        type(search, QStringLiteral("城"));
        searched(QStringLiteral("城"), QElapsedTimer());
        QElapsedTimer t;
        start(t, "keystroke");
        type(search, QStringLiteral("市"));
        const double keystroke = searched(QStringLiteral("城市"), t);
        if (wanted("keystroke"))
            times[QStringLiteral("keystroke")].push_back(keystroke);
        start(t, "clear");
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        const double clear = searched(QString(), t);
        if (wanted("clear"))
            times[QStringLiteral("clear")].push_back(clear);

        if (wanted("asof")) {
            start(t, "asof");
            window.setAsOf(run % 2 ? QDate(2024, 6, 30) : QDate(2024, 9, 30));
            times[QStringLiteral("asof")].push_back(settle(&window, t));
        }
        if (wanted("refresh")) {
            // What F5 is for: another program has recorded a figure since the window read the
            // file (here a second connection, as `record` would).
            {
                const std::vector<qint64> all = window.treeModel()->indicatorsUnder({});
                PlanStore other;
                QString otherError;
                Measurement figure;
                figure.indicatorId = all[std::size_t(run) * 7 % all.size()];
                figure.date = QDate(2024, 6, 1).addDays(run);
                figure.value = 1;
                if (!other.open(db, &otherError) || !other.addMeasurement(figure, &otherError)) {
                    out(QStringLiteral("error %1").arg(otherError));
                    return 1;
                }
            }
            start(t, "refresh");
            refresh->trigger();
            times[QStringLiteral("refresh")].push_back(settle(&window, t));
        }
        if (!wanted("edit") && !wanted("add"))
            continue;

        // One indicator deep in the plan: edit a field, then add a figure, as a user would.
        const std::vector<qint64> ids = window.treeModel()->indicatorsUnder({});
        const qint64 id = ids[ids.size() / 2 + std::size_t(run)];
        const QString code = window.store()->indicator(id)->code;
        window.selectIndicator(code);
        QCoreApplication::processEvents();
        auto *notes = window.findChild<QLineEdit *>(QStringLiteral("indicatorLeadUnit"));
        notes->setText(QStringLiteral("省发展改革委%1").arg(run));
        start(t, "edit");
        emit notes->editingFinished();
        times[QStringLiteral("edit")].push_back(settle(&window, t));
        auto *date = window.findChild<DateField *>(QStringLiteral("newMeasurementDate"));
        auto *value = window.findChild<QLineEdit *>(QStringLiteral("newMeasurementValue"));
        date->setDate(QDate(2024, 12, 31).addDays(-run));
        // A plausible next figure, so no entry check stops the timing with a question.
        const std::vector<Measurement> history = window.store()->measurements(id);
        value->setText(QString::number(history.empty() ? 1.0 : history.back().value + 1, 'f', 2));
        start(t, "add");
        QTest::keyClick(value, Qt::Key_Return);
        times[QStringLiteral("add")].push_back(settle(&window, t));
    }
    for (const auto &[name, values] : times)
        out(QStringLiteral("%1 %2").arg(name).arg(median(values), 0, 'f', 1));
    out(QStringLiteral("rss %1").arg(peakRssKb() / 1024.0, 0, 'f', 0));
    return 0;
}

// ---- the whole table ------------------------------------------------------------------

struct Process
{
    double ms = -1;
    long rssMb = -1;
    QString output;
};

/// Runs a program, offscreen; with untilLine, the time is until it prints that line.
Process timed(const QString &program, const QStringList &args, const QString &untilLine = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PD_BENCH_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               QDir::tempPath() + QStringLiteral("/pd-bench-config"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Process result;
    if (!untilLine.isEmpty()) {
        QByteArray seen;
        while (!seen.contains(untilLine.toUtf8()) && p.waitForReadyRead(120000))
            seen += p.readAllStandardOutput();
        result.ms = double(t.nsecsElapsed()) / 1e6;
        result.output = QString::fromUtf8(seen);
        p.waitForFinished(120000);
    } else {
        p.waitForFinished(600000);
        result.ms = double(t.nsecsElapsed()) / 1e6;
        result.output = QString::fromUtf8(p.readAllStandardOutput());
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        result.ms = -1;
    struct rusage usage
    {
    };
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far, in kB
    result.rssMb = usage.ru_maxrss / 1024;
    return result;
}

QString cell(double ms, double goal)
{
    if (ms < 0)
        return QStringLiteral("failed");
    const QString figure = ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2)
                                      : QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0);
    if (goal <= 0)
        return figure;
    return figure + (ms <= goal ? QStringLiteral(" ✓") : QStringLiteral(" ✗"));
}

int runAll(const QString &self, const QString &app, const QString &file50k, int runs)
{
    QTemporaryDir dir;
    const QString builtin = dir.filePath(QStringLiteral("builtin.sqlite"));
    if (timed(app, {QStringLiteral("export-json"), QStringLiteral("--db"), builtin,
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("x.json"))})
            .ms < 0) {
        out(QStringLiteral("cannot make the built-in plan's file"));
        return 1;
    }
    if (!QFileInfo::exists(file50k)) {
        out(QStringLiteral("generating %1 (50,000 indicators, 1,000,000 figures)…").arg(file50k));
        QString error;
        if (!bench::SyntheticPlan::write(file50k, {}, &error)) {
            out(error);
            return 1;
        }
    }

    struct Row
    {
        QString what;
        double goal50k; // ms, 0 for none
        std::function<double(const QString &db)> measure;
    };
    std::map<QString, std::map<QString, double>> windowFigures;
    auto windowFigure = [&](const QString &db, const QString &name) {
        if (!windowFigures.count(db)) {
            const Process p = timed(self, {QStringLiteral("window"), QStringLiteral("--db"), db,
                                           QStringLiteral("--runs"), QString::number(runs)});
            for (const QString &line : p.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList parts = line.split(QLatin1Char(' '));
                if (parts.size() == 2)
                    windowFigures[db][parts[0]] = parts[1].toDouble();
            }
        }
        const auto &figures = windowFigures[db];
        const auto found = figures.find(name);
        return found == figures.end() ? -1.0 : found->second;
    };
    auto repeated = [&](const QString &program, const QStringList &args, const QString &until) {
        std::vector<double> values;
        for (int i = 0; i < runs; ++i) {
            const double ms = timed(program, args, until).ms;
            if (ms < 0)
                return -1.0;
            values.push_back(ms);
        }
        return median(values);
    };
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const std::vector<Row> rows{
        {QStringLiteral("window start to the plan painted"), 1000,
         [&](const QString &db) {
             return repeated(app, {QStringLiteral("--db"), db}, QStringLiteral("painted"));
         }},
        {QStringLiteral("one search keystroke (城 → 城市)"), 50,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("keystroke")); }},
        {QStringLiteral("clearing the search field"), 50,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("clear")); }},
        {QStringLiteral("change the as-of date"), 200,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("asof")); }},
        {QStringLiteral("F5 (reload)"), 200,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("refresh")); }},
        {QStringLiteral("edit one field"), 16,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("edit")); }},
        {QStringLiteral("add one figure"), 16,
         [&](const QString &db) { return windowFigure(db, QStringLiteral("add")); }},
        {QStringLiteral("export-json"), 1000,
         [&](const QString &db) {
             return repeated(app,
                             {QStringLiteral("export-json"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("o.json"))},
                             {});
         }},
        {QStringLiteral("export-pdf --area 1"), 1000,
         [&](const QString &db) {
             return repeated(app,
                             {QStringLiteral("export-pdf"), QStringLiteral("--db"), db,
                              QStringLiteral("--area"), QStringLiteral("1"),
                              QStringLiteral("--out"), pdf},
                             {});
         }},
        {QStringLiteral("whole book"), 5000,
         [&](const QString &db) {
             return repeated(app,
                             {QStringLiteral("export-pdf"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), pdf},
                             {});
         }},
    };

    const double empty =
        repeated(self, {QStringLiteral("empty-window")}, QStringLiteral("painted"));
    out(QStringLiteral("| what | 50k file | goal | built-in plan |"));
    out(QStringLiteral("|---|---|---|---|"));
    for (const Row &row : rows) {
        const double big = row.measure(file50k);
        const double small = row.measure(builtin);
        QString smallText = cell(small, 0);
        if (row.what.startsWith(QLatin1String("window start")) && empty > 0 && small > 0)
            smallText += QStringLiteral(" (empty window %1, %2×, goal ≤ 1.5× %3)")
                             .arg(cell(empty, 0))
                             .arg(small / empty, 0, 'f', 2)
                             .arg(small <= 1.5 * empty ? QStringLiteral("✓") : QStringLiteral("✗"));
        out(QStringLiteral("| %1 | %2 | < %3 | %4 |")
                .arg(row.what, cell(big, row.goal50k), cell(row.goal50k, 0), smallText));
    }
    const double rss = windowFigure(file50k, QStringLiteral("rss"));
    out(QStringLiteral("| peak RSS, window on the 50k file | %1 MB %2 | < 300 MB | %3 MB |")
            .arg(rss, 0, 'f', 0)
            .arg(rss >= 0 && rss < 300 ? QStringLiteral("✓") : QStringLiteral("✗"))
            .arg(windowFigure(builtin, QStringLiteral("rss")), 0, 'f', 0));
    out(QStringLiteral("(medians of %1 runs; offscreen; %2 cores)")
            .arg(runs)
            .arg(QThread::idealThreadCount()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProgressDashboardBench"));
    QCoreApplication::setApplicationName(QStringLiteral("pd-bench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings or data
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"),
                                 QStringLiteral("generate|run|window|empty-window"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("File to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Data file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption indicators(QStringLiteral("indicators"), QStringLiteral("Indicators."),
                                        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption figures(QStringLiteral("figures-per"),
                                     QStringLiteral("Figures per indicator."), QStringLiteral("M"),
                                     QStringLiteral("20"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption file50k(QStringLiteral("file50k"),
                                     QStringLiteral("The 50k file (made when missing)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption appOpt(QStringLiteral("app"),
                                    QStringLiteral("The progress-dashboard binary."),
                                    QStringLiteral("FILE"), QStringLiteral(PD_APP_BINARY));
    const QCommandLineOption onlyOpt(QStringLiteral("only"),
                                     QStringLiteral("Time one in-window figure only."),
                                     QStringLiteral("NAME"));
    parser.addOptions({outOpt, dbOpt, indicators, figures, runsOpt, file50k, appOpt, onlyOpt});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    if (mode == QLatin1String("generate")) {
        bench::SyntheticPlan::Size size;
        size.indicators = parser.value(indicators).toInt();
        size.figuresPerIndicator = parser.value(figures).toInt();
        QString error;
        QElapsedTimer t;
        t.start();
        if (!bench::SyntheticPlan::write(parser.value(outOpt), size, &error)) {
            out(error);
            return 1;
        }
        out(QStringLiteral("wrote %1 in %2 s").arg(parser.value(outOpt)).arg(t.elapsed() / 1000.0));
        return 0;
    }
    if (mode == QLatin1String("window"))
        return windowTimings(parser.value(dbOpt), runs, parser.value(onlyOpt));
    if (mode == QLatin1String("empty-window")) {
        // The same probe as the app's, on an empty window of the same size.
        qputenv("PD_BENCH_EXIT_AFTER_PAINT", "1");
        QMainWindow window;
        window.resize(1600, 1000);
        FirstPaintProbe::watchIfAsked(&window);
        window.show();
        return app.exec();
    }
    if (mode == QLatin1String("run")) {
        const QString big = parser.isSet(file50k)
                                ? parser.value(file50k)
                                : QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral("bench-50k.sqlite"));
        return runAll(QCoreApplication::applicationFilePath(), parser.value(appOpt), big, runs);
    }
    parser.showHelp(2);
}
