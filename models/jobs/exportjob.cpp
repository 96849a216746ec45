#include "exportjob.h"

#include "catalog.h"
#include "exportline.h"
#include "selectionscanner.h"

#include <QFile>
#include <QSaveFile>

namespace rowscope {

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
    QByteArray buffer;
    buffer.reserve(1 << 21);
    while (true) {
        if (control.isCancelled()) {
            summary.cancelled = true;
            control.flush();
            return summary;
        }
        auto pks = scanner.next(kChunkRows);
        if (!pks) {
            return pks.error();
        }
        if (pks->isEmpty()) {
            break;
        }
        auto records = (*catalog)->exports().records(*pks, plan.params());
        if (!records) {
            return records.error();
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
        buffer.clear();
        summary.exported += records->size();
        control.progress(summary.exported, qMax(*total, summary.exported));
    }
    control.flush();
    return summary;
}

} // namespace rowscope
