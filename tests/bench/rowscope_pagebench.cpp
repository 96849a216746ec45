// rowscope_pagebench: browsing a big dataset through DataRowTableModel, headless. One JSON
// object per line: {"bench": name, "value": x, "unit": u}.
// Usage: rowscope_pagebench [--rows N] [--plain] [--dir DIR]
//   N defaults to 1,000,000; --plain imports rows without metadata or attachments (faster to
//   make, for the 10,000,000-row scaling line; the metadata filter step is then skipped).
// The workspace is made first; the browsing is then measured in a child process of its own
// (`--browse WORKSPACE --dataset ID`), so that its peak memory is that of browsing alone.

#include "catalog.h"
#include "datarowtablemodel.h"
#include "importjob.h"
#include "syntheticdataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

void report(const char *bench, double value, const char *unit)
{
    QTextStream(stdout) << "{\"bench\": \"" << bench
                        << "\", \"value\": " << QString::number(value, 'f', value < 100 ? 2 : 0)
                        << ", \"unit\": \"" << unit << "\"}\n"
                        << Qt::flush;
}

double peakMemoryMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "rowscope_pagebench: " << what << '\n';
    ::exit(1);
}

// Create specs made on the fly: no input file, whatever the size.
class SpecSource final : public ItemSource {
public:
    SpecSource(const SyntheticDataset &dataset, qint64 rows, bool plain)
        : m_dataset(dataset)
        , m_rows(rows)
        , m_plain(plain)
    {}
    bool next(InputItem &item) override
    {
        if (m_next >= m_rows) {
            return false;
        }
        QJsonObject spec = m_dataset.spec(m_next);
        if (m_plain) {
            spec.remove(u"metadata_fields"_s);
            spec.remove(u"attachments"_s);
        }
        item = InputItem::fromJson(spec, ItemPosition::index(m_next), SpecMode::Create, {});
        ++m_next;
        return true;
    }
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_rows; }
    QString unit() const override { return u"rows"_s; }

private:
    const SyntheticDataset &m_dataset;
    qint64 m_rows;
    bool m_plain;
    qint64 m_next = 0;
};

// Runs the event loop until `done` holds (checked on every event batch) or 60 s pass.
template<typename Done>
bool waitFor(Done done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 60000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype at = qMin(values.size() - 1, static_cast<qsizetype>(p * values.size()));
    return values.at(at);
}

} // namespace

// Browses the dataset as a view would; run in a process of its own.
int browse(const QString &workspace, const WorkspaceOptions &options, const QString &datasetId,
           bool plain)
{
    DataRowTableModel model;
    model.setPollInterval(0);
    model.setWorkspace(workspace, options);
    int lastPage = -1;
    QObject::connect(&model, &DataRowTableModel::pageLoaded, [&](int page) { lastPage = page; });

    // First page.
    QElapsedTimer clock;
    clock.start();
    model.setView(RowView::of(datasetId));
    if (!waitFor([&] { return model.rowCount() > 0; })) {
        fail(u"no count"_s);
    }
    const double countMs = clock.nsecsElapsed() / 1e6;
    (void)model.index(0, 0).data();
    if (!waitFor([&] { return model.isLoaded(0); })) {
        fail(u"no first page"_s);
    }
    report("first_page_ms", clock.nsecsElapsed() / 1e6, "ms");
    report("count_ms", countMs, "ms");

    // Anchors for the whole dataset (a background scan; jumps wait for it only while it runs).
    if (!waitFor([&] { return model.anchorsComplete(); })) {
        fail(u"anchors did not complete"_s);
    }
    report("anchors_ready_ms", clock.nsecsElapsed() / 1e6, "ms");

    // Jumps to 200 random rows, each until its data is there.
    QRandomGenerator random(7);
    QVector<double> jumps;
    QVector<double> nearTop;
    QVector<double> nearBottom;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(random.bounded(model.rowCount()));
        QElapsedTimer jump;
        jump.start();
        (void)model.index(row, 0).data();
        if (!waitFor([&] { return model.isLoaded(row); })) {
            fail(u"jump did not load"_s);
        }
        jumps.append(jump.nsecsElapsed() / 1e6);
        (row < model.rowCount() / 2 ? nearTop : nearBottom).append(jumps.last());
    }
    report("jump_p50_ms", percentile(jumps, 0.50), "ms");
    report("jump_p99_ms", percentile(jumps, 0.99), "ms");
    // Flat means the second half of the rows is reached as fast as the first.
    report("jump_p50_first_half_ms", percentile(nearTop, 0.50), "ms");
    report("jump_p50_second_half_ms", percentile(nearBottom, 0.50), "ms");

    // A full scroll, page by page.
    clock.restart();
    const int pages =
        (model.rowCount() + DataRowTableModel::kPageSize - 1) / DataRowTableModel::kPageSize;
    for (int page = 0; page < pages; ++page) {
        const int row = page * DataRowTableModel::kPageSize;
        (void)model.index(row, 0).data();
        if (!waitFor([&] { return model.isLoaded(row); })) {
            fail(u"scroll stalled"_s);
        }
    }
    const double scrollSeconds = clock.elapsed() / 1000.0;
    report("full_scroll_s", scrollSeconds, "s");
    report("full_scroll_rows_per_s", model.rowCount() / scrollSeconds, "rows/s");
    report("cached_pages_after_scroll", model.cachedPages(), "pages");

    // A filter on a metadata field: time to the exact count and to the first page.
    if (!plain) {
        RowView filtered = RowView::of(datasetId);
        filtered.filter = u"split:train"_s;
        bool counted = false;
        auto connection = QObject::connect(&model, &DataRowTableModel::countChanged,
                                           [&](qint64) { counted = true; });
        QString failure;
        QObject::connect(&model, &DataRowTableModel::loadFailed,
                         [&](const QString &message) { failure = message; });
        clock.restart();
        model.setView(filtered);
        if (!waitFor([&] { return counted || !failure.isEmpty(); })) {
            fail(u"filter did not count"_s);
        }
        if (!failure.isEmpty()) {
            fail(u"filter: "_s + failure);
        }
        report("filter_count_ms", clock.nsecsElapsed() / 1e6, "ms");
        (void)model.index(0, 0).data();
        if (!waitFor([&] { return model.rowCount() == 0 || model.isLoaded(0); })) {
            fail(u"filter first page"_s);
        }
        report("filter_first_page_ms", clock.nsecsElapsed() / 1e6, "ms");
        report("filter_rows", model.rowCount(), "rows");
        QObject::disconnect(connection);
    }
    report("browse_peak_memory", peakMemoryMb(), "MB");
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows in the dataset."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption plainOption(u"plain"_s, u"Rows without metadata."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the workspace goes."_s, u"DIR"_s);
    const QCommandLineOption browseOption(u"browse"_s, u"Browse this workspace (child)."_s,
                                          u"WORKSPACE"_s);
    const QCommandLineOption datasetOption(u"dataset"_s, u"The dataset to browse."_s, u"ID"_s);
    parser.addOptions({rowsOption, plainOption, dirOption, browseOption, datasetOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const bool plain = parser.isSet(plainOption);
    WorkspaceOptions options;
    options.user = {u"bench@example.com"_s, u"Bench"_s};
    if (parser.isSet(browseOption)) {
        return browse(parser.value(browseOption), options, parser.value(datasetOption), plain);
    }
    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption) + u"/page-XXXXXX"_s
                                                    : QDir::tempPath() + u"/page-XXXXXX"_s);
    const QString workspace = temporary.filePath(u"browse.rowscope"_s);

    QString datasetId;
    {
        auto catalog = Catalog::open(workspace, options);
        if (!catalog) {
            fail(catalog.error().message);
        }
        if (!(*catalog)->metadata().createSchema(SyntheticDataset::cameraFieldName(),
                                                 MetadataKind::Enum,
                                                 SyntheticDataset::cameraOptions())) {
            fail(u"schema"_s);
        }
        datasetId = (*catalog)->datasets().create(u"Browse"_s)->id;
    }
    {
        const SyntheticDataset synthetic(11, u"browse"_s);
        SpecSource source(synthetic, rows, plain);
        ImportJob job(workspace, options, datasetId, SpecMode::Create);
        job.setChunkSize(5000);
        TaskReportSpool spool;
        JobControl control;
        QElapsedTimer clock;
        clock.start();
        auto summary = job.run(source, spool, control);
        if (!summary || spool.created() != rows) {
            fail(u"import failed"_s);
        }
        report("setup_import_rows_per_s", static_cast<double>(rows) / (clock.elapsed() / 1000.0),
               "rows/s");
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments{u"--browse"_s, workspace, u"--dataset"_s, datasetId};
    if (plain) {
        arguments.append(u"--plain"_s);
    }
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit) {
        fail(u"the browsing process failed"_s);
    }
    return child.exitCode();
}
