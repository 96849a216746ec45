#include "importjob.h"

#include "catalog.h"

namespace rowscope {

ImportJob::ImportJob(QString workspacePath, WorkspaceOptions options, QString datasetId,
                     SpecMode mode)
    : m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
    , m_datasetId(std::move(datasetId))
    , m_mode(mode)
{}

Result<ImportSummary> ImportJob::run(ItemSource &source, TaskReportSpool &report,
                                     JobControl &control)
{
    auto catalog = Catalog::open(m_workspacePath, m_options);
    if (!catalog) {
        return catalog.error();
    }
    if (auto dataset = (*catalog)->datasets().get(m_datasetId); !dataset) {
        return dataset.error();
    }
    control.setUnit(source.unit());
    ImportSummary summary;
    QVector<InputItem> chunk;
    chunk.reserve(m_chunkSize);
    const auto flush = [&]() -> Status {
        TaskReport notes;
        notes.warnings = source.takeWarnings();
        if (!notes.warnings.isEmpty()) {
            report.add(std::move(notes));
        }
        if (chunk.isEmpty()) {
            return {};
        }
        auto written = (*catalog)->writer().write(m_datasetId, chunk, m_mode);
        chunk.clear();
        if (!written) {
            return written.error();
        }
        report.add(std::move(written).value());
        control.progress(source.done(), source.total());
        return {};
    };
    InputItem item;
    while (source.next(item)) {
        ++summary.items;
        chunk.append(std::move(item));
        if (chunk.size() >= m_chunkSize) {
            if (Status done = flush(); !done) {
                summary.error = done.error().message;
                control.flush();
                return summary;
            }
            if (control.isCancelled()) {
                summary.cancelled = true;
                control.flush();
                return summary;
            }
        }
    }
    if (Status done = flush(); !done) {
        summary.error = done.error().message;
        control.flush();
        return summary;
    }
    if (!source.fatalError().isNull()) {
        TaskReport broken;
        broken.errors.append({source.fatalError(), ItemPosition::index(summary.items), {}});
        report.add(std::move(broken));
    }
    control.progress(source.done(), source.total());
    control.flush();
    return summary;
}

} // namespace rowscope
