#include "exportjob.h"

#include "catalog.h"
#include "exportline.h"
#include "prefetcher.h"
#include "selectionscanner.h"

#include <QFile>
#include <QSaveFile>

namespace rowscope {

namespace {

// What the reading thread of an export holds: its own connection and walk.
struct ReadState {
    explicit ReadState(std::unique_ptr<Catalog> opened)
        : catalog(std::move(opened))
        , scanner(catalog->workspace().db())
    {}
    std::unique_ptr<Catalog> catalog;
    SelectionScanner scanner;
};

} // namespace

ExportJob::ExportJob(ConfirmedExportPlan plan, QString workspacePath, WorkspaceOptions options)
    : m_plan(std::move(plan))
    , m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
{}

Result<ExportSummary> ExportJob::run(JobControl &control)
{
    const ExportPlan &plan = m_plan.plan();
    if (plan.toStandardOutput()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return Error{ErrorCode::Io, out.errorString()};
        }
        auto summary = write(&out, control);
        out.flush();
        return summary;
    }
    QSaveFile file(plan.destination());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io,
                     tr("Cannot write '%1': %2").arg(plan.destination(), file.errorString())};
    }
    auto summary = write(&file, control);
    if (!summary || summary->cancelled) {
        file.cancelWriting();
        return summary;
    }
    if (!file.commit()) {
        return Error{ErrorCode::Io,
                     tr("Cannot write '%1': %2").arg(plan.destination(), file.errorString())};
    }
    summary->file = plan.destination();
    return summary;
}

Result<ExportSummary> ExportJob::runTo(QIODevice *out, JobControl &control)
{
    return write(out, control);
}

Result<ExportSummary> ExportJob::write(QIODevice *out, JobControl &control)
{
    const ExportPlan &plan = m_plan.plan();
    WorkspaceOptions options = m_options;
    options.readOnly = true; // an export only reads
    auto catalog = Catalog::open(m_workspacePath, options);
    if (!catalog) {
        return catalog.error();
    }
    SelectionScanner scanner((*catalog)->workspace().db());
    if (Status started = scanner.start(plan.selection()); !started) {
        return started.error();
    }
    auto total = scanner.rowCount();
    if (!total) {
        return total.error();
    }
    control.setUnit(tr("rows"));
    ExportSummary summary;
    summary.missing = scanner.missing();

    // Rows are read on a second thread, with a connection of its own, while this one turns
    // the previous chunk into lines: reading and encoding each take about half the time.
    auto readError = std::make_shared<Error>();
    Prefetcher<QVector<ExportRecord>> reader(
        [path = m_workspacePath, options, selection = plan.selection(), params = plan.params(),
         readError, state = std::shared_ptr<ReadState>()](QVector<ExportRecord> &chunk) mutable {
            if (!state) {
                auto opened = Catalog::open(path, options);
                if (!opened) {
                    *readError = opened.error();
                    return false;
                }
                state = std::make_shared<ReadState>(std::move(opened).value());
                if (Status started = state->scanner.start(selection); !started) {
                    *readError = started.error();
                    return false;
                }
            }
            auto pks = state->scanner.next(kChunkRows);
            if (!pks) {
                *readError = pks.error();
                return false;
            }
            if (pks->isEmpty()) {
                return false;
            }
            auto records = state->catalog->exports().records(*pks, params);
            if (!records) {
                *readError = records.error();
                return false;
            }
            chunk = std::move(records).value();
            return true;
        });

    QByteArray buffer;
    buffer.reserve(1 << 21);
    while (std::optional<QVector<ExportRecord>> records = reader.take()) {
        if (control.isCancelled()) {
            summary.cancelled = true;
            control.flush();
            return summary;
        }
        for (const ExportRecord &record : *records) {
            JsonWriter writer(&buffer);
            ExportLines::write(writer, record, plan.params());
            buffer.append('\n');
        }
        if (out->write(buffer) != buffer.size()) {
            return Error{ErrorCode::Io,
                         tr("Writing the export failed: %1").arg(out->errorString())};
        }
        buffer.resize(0);
        summary.exported += records->size();
        reader.recycle(std::move(*records));
        control.progress(summary.exported, qMax(*total, summary.exported));
    }
    if (!readError->message.isNull()) {
        return *readError;
    }
    control.flush();
    return summary;
}

} // namespace rowscope
