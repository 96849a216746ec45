// rowscope_bench: the speed and memory of Rowscope's bulk work, one JSON object per line:
//   {"bench": name, "value": x, "unit": u}
// Usage: rowscope_bench [--rows N] [--dir DIR] [--steps LIST]   (N defaults to 1,000,000;
// LIST of import,import_full,upsert,lookup,export,assign,delete; all by default; the steps
// after import_full need it)
// Peak memory is the process's resident high-water mark during each step (Linux).

#include "bulkdeletejob.h"
#include "catalog.h"
#include "deleteplan.h"
#include "exportjob.h"
#include "exportplan.h"
#include "fileitemsource.h"
#include "importjob.h"
#include "syntheticdataset.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

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

// Starts a new peak: the kernel resets VmHWM to the current resident size.
void resetPeakMemory()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
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

void fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "rowscope_bench: " << what << ": " << error.message << '\n';
    ::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows to import and export."_s, u"N"_s,
                                        u"1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the workspace goes."_s, u"DIR"_s);
    const QCommandLineOption stepsOption(
        u"steps"_s, u"The steps to measure."_s, u"LIST"_s,
        u"import,import_full,upsert,lookup,export,assign,delete"_s);
    parser.addOptions({rowsOption, dirOption, stepsOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const QStringList steps = parser.value(stepsOption).split(u',');
    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption) + u"/bench-XXXXXX"_s
                                                    : QDir::tempPath() + u"/bench-XXXXXX"_s);
    const QString workspace = temporary.filePath(u"bench.rowscope"_s);
    WorkspaceOptions options;
    options.user = {u"bench@example.com"_s, u"Bench"_s};

    auto catalog = Catalog::open(workspace, options);
    if (!catalog) {
        fail(u"open"_s, catalog.error());
    }
    auto camera = (*catalog)->metadata().createSchema(
        SyntheticDataset::cameraFieldName(), MetadataKind::Enum, SyntheticDataset::cameraOptions());
    if (!camera) {
        fail(u"schema"_s, camera.error());
    }
    auto dataset = (*catalog)->datasets().create(u"Bench"_s);
    if (!dataset) {
        fail(u"dataset"_s, dataset.error());
    }

    // The inputs, made before any clock starts: N plain create specs (row data, global key,
    // external id, media type: what most uploads carry) and N full ones (plus tag, split,
    // captureDateTime, camera and 0-3 attachments).
    const SyntheticDataset synthetic(42, u"bench"_s);
    const SyntheticDataset plain(43, u"plain"_s);
    const auto writeSpecs = [&](const QString &path, const auto &line) {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        QByteArray block;
        for (qint64 i = 0; i < rows; ++i) {
            block += line(i);
            block += '\n';
            if (block.size() > (1 << 22)) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
    };
    const QString plainSpecs = temporary.filePath(u"plain.ndjson"_s);
    const QString fullSpecs = temporary.filePath(u"full.ndjson"_s);
    writeSpecs(plainSpecs, [&](qint64 i) {
        QJsonObject spec = plain.spec(i);
        spec.remove(u"metadata_fields"_s);
        spec.remove(u"attachments"_s);
        return QJsonDocument(spec).toJson(QJsonDocument::Compact);
    });
    writeSpecs(fullSpecs, [&](qint64 i) { return synthetic.specLine(i); });

    const auto import = [&](const QString &path, const QString &datasetId, const char *name) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        FileItemSource source(&file, SpecMode::Create, temporary.path());
        ImportJob job(workspace, options, datasetId, SpecMode::Create);
        TaskReportSpool spool;
        JobControl control;
        resetPeakMemory();
        QElapsedTimer clock;
        clock.start();
        auto summary = job.run(source, spool, control);
        const double seconds = clock.elapsed() / 1000.0;
        if (!summary || spool.errorCount() > 0 || spool.created() != rows) {
            fail(QString::fromLatin1(name),
                 summary ? Error::internal(spool.firstErrors().value(0).message) : summary.error());
        }
        report(QByteArray(name + QByteArray("_rows_per_s")).constData(),
               static_cast<double>(rows) / seconds, "rows/s");
        report(QByteArray(name + QByteArray("_peak_memory")).constData(), peakMemoryMb(), "MB");
    };
    // The plain import goes to a dataset of its own; the later steps use the full one.
    if (steps.contains(u"import"_s)) {
        auto plainDataset = (*catalog)->datasets().create(u"Plain"_s);
        if (!plainDataset) {
            fail(u"dataset"_s, plainDataset.error());
        }
        import(plainSpecs, plainDataset->id, "import");
    }
    if (!steps.contains(u"import_full"_s)) {
        return 0; // the later steps work on the rows of the full import
    }
    import(fullSpecs, dataset->id, "import_full");

    // Upsert of 100,000 rows by global key (a new external id and split each).
    if (steps.contains(u"upsert"_s)) {
        const qint64 upserts = qMin<qint64>(100000, rows);
        QByteArray input;
        for (qint64 i = 0; i < upserts; ++i) {
            const QJsonObject spec = synthetic.spec(i);
            input += R"({"key": {"type": "GKEY", "value": ")" +
                     spec.value(u"global_key"_s).toString().toUtf8() +
                     R"("}, "external_id": "upserted-)" + QByteArray::number(i) +
                     R"(", "metadata_fields": [{"name": "split", "value": "valid"}]})" + '\n';
        }
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        FileItemSource source(&buffer, SpecMode::Upsert, temporary.path());
        ImportJob job(workspace, options, dataset->id, SpecMode::Upsert);
        TaskReportSpool spool;
        JobControl control;
        resetPeakMemory();
        QElapsedTimer clock;
        clock.start();
        auto summary = job.run(source, spool, control);
        const double seconds = clock.elapsed() / 1000.0;
        if (!summary || spool.errorCount() > 0 || spool.updated() != upserts) {
            fail(u"upsert"_s,
                 summary ? Error::internal(u"not every row updated"_s) : summary.error());
        }
        report("upsert_rows_per_s", static_cast<double>(upserts) / seconds, "rows/s");
        report("upsert_peak_memory", peakMemoryMb(), "MB");
    }

    // Look up 10,000 keys in a scattered order; the median of seven runs, as one run of
    // 20 ms is at the mercy of whatever else the machine does.
    if (steps.contains(u"lookup"_s)) {
        QStringList keys;
        for (qint64 i = 0; i < 10000; ++i) {
            keys.append(synthetic.spec((i * 7919) % rows).value(u"global_key"_s).toString());
        }
        resetPeakMemory();
        QVector<double> runs;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer clock;
            clock.start();
            auto found = (*catalog)->keys().lookup(keys);
            runs.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
            if (!found || !found->errors.isEmpty()) {
                fail(u"lookup"_s, found ? Error::internal(u"keys missing"_s) : found.error());
            }
        }
        std::sort(runs.begin(), runs.end());
        report("lookup_10000_keys", runs.at(runs.size() / 2), "ms");
    }

    // Export every row with every parameter.
    if (steps.contains(u"export"_s)) {
        const QString out = temporary.filePath(u"export.ndjson"_s);
        auto plan = ExportPlan::make(**catalog, RowSelection::dataset(dataset->id),
                                     ExportParams::all(), out);
        if (!plan) {
            fail(u"export plan"_s, plan.error());
        }
        ExportJob job(plan->confirm(), workspace, options);
        JobControl control;
        resetPeakMemory();
        QElapsedTimer clock;
        clock.start();
        auto summary = job.run(control);
        const double seconds = clock.elapsed() / 1000.0;
        if (!summary || summary->exported != rows) {
            fail(u"export"_s, summary ? Error::internal(u"rows missing"_s) : summary.error());
        }
        report("export_rows_per_s", static_cast<double>(rows) / seconds, "rows/s");
        report("export_mb_per_s", static_cast<double>(QFileInfo(out).size()) / 1e6 / seconds,
               "MB/s");
        report("export_peak_memory", peakMemoryMb(), "MB");
        QFile::remove(out);
    }

    // Assign new keys to 100,000 rows.
    if (steps.contains(u"assign"_s)) {
        const qint64 count = qMin<qint64>(100000, rows);
        QVector<GlobalKeyAssignment> assignments;
        assignments.reserve(count);
        const QStringList keys = [&] {
            QStringList list;
            for (qint64 i = 0; i < count; ++i) {
                list.append(synthetic.spec(i).value(u"global_key"_s).toString());
            }
            return list;
        }();
        auto ids = (*catalog)->keys().lookup(keys);
        if (!ids) {
            fail(u"assign lookup"_s, ids.error());
        }
        for (qint64 i = 0; i < count; ++i) {
            assignments.append({ids->ids.at(i), u"renamed/%1"_s.arg(i)});
        }
        resetPeakMemory();
        QElapsedTimer clock;
        clock.start();
        auto assigned = (*catalog)->keys().assign(assignments);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (!assigned || !assigned->errors.isEmpty()) {
            fail(u"assign"_s,
                 assigned ? Error::internal(u"assignments failed"_s) : assigned.error());
        }
        report("assign_100000_keys", ms, "ms");
        report("assign_peak_memory", peakMemoryMb(), "MB");
    }

    // Bulk delete of 100,000 rows that carry labels (made as export lines, labels included).
    if (steps.contains(u"delete"_s)) {
        const qint64 count = qMin<qint64>(100000, rows);
        auto labelled = (*catalog)->datasets().create(u"Labelled"_s);
        if (!labelled) {
            fail(u"dataset"_s, labelled.error());
        }
        QStringList optionIds;
        for (const MetadataOption &option : camera->options) {
            optionIds.append(option.id);
        }
        const SyntheticDataset withLabels(7, u"labelled"_s);
        SyntheticItemSource source(withLabels, count, camera->id, optionIds);
        ImportJob job(workspace, options, labelled->id, SpecMode::Create);
        TaskReportSpool spool;
        JobControl importControl;
        if (auto done = job.run(source, spool, importControl); !done || spool.errorCount() > 0) {
            fail(u"labelled import"_s, done ? Error::internal(u"items failed"_s) : done.error());
        }
        auto plan = DeletePlan::make(**catalog, RowSelection::dataset(labelled->id));
        if (!plan) {
            fail(u"delete plan"_s, plan.error());
        }
        const qint64 labels = plan->labelCount();
        BulkDeleteJob deleteJob(plan->confirm(), workspace, options);
        JobControl control;
        resetPeakMemory();
        QElapsedTimer clock;
        clock.start();
        auto summary = deleteJob.run(control);
        const double seconds = clock.elapsed() / 1000.0;
        if (!summary || summary->deleted != count || summary->labelsDeleted != labels) {
            fail(u"delete"_s, summary ? Error::internal(u"counts differ"_s) : summary.error());
        }
        report("delete_rows_per_s", static_cast<double>(count) / seconds, "rows/s");
        report("delete_labels", static_cast<double>(labels), "labels");
        report("delete_peak_memory", peakMemoryMb(), "MB");
    }
    return 0;
}
