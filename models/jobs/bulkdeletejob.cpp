#include "bulkdeletejob.h"

#include "bulkdeleter.h"
#include "catalog.h"
#include "selectionscanner.h"

#include <QCoreApplication>

namespace rowscope {

BulkDeleteJob::BulkDeleteJob(ConfirmedDeletePlan plan, QString workspacePath,
                             WorkspaceOptions options)
    : m_plan(std::move(plan))
    , m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
    , m_chunkSize(BulkDeleter::kMaxChunk)
{}

void BulkDeleteJob::setChunkSize(int rows)
{
    m_chunkSize = qBound(1, rows, BulkDeleter::kMaxChunk);
}

Result<DeleteSummary> BulkDeleteJob::run(JobControl &control)
{
    WorkspaceOptions options = m_options;
    options.bulk = true;
    auto catalog = Catalog::open(m_workspacePath, options);
    if (!catalog) {
        return catalog.error();
    }
    SelectionScanner scanner((*catalog)->workspace().db());
    if (Status started = scanner.start(m_plan.plan().selection()); !started) {
        return started.error();
    }
    scanner.limitTo(m_plan.plan().lastRowKey()); // rows added since the plan are not in it
    const qint64 total = m_plan.plan().rowCount();
    control.setUnit(QCoreApplication::translate("rowscope::BulkDeleteJob", "rows"));
    BulkDeleter deleter((*catalog)->workspace());
    DeleteSummary summary;
    summary.missing = scanner.missing();
    while (true) {
        if (control.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        auto pks = scanner.next(m_chunkSize);
        if (!pks) {
            summary.error = pks.error().message;
            break;
        }
        if (pks->isEmpty()) {
            break;
        }
        auto deleted = deleter.deleteChunk(*pks);
        if (!deleted) {
            summary.error = deleted.error().message;
            break;
        }
        summary.deleted += deleted->rows;
        summary.labelsDeleted += deleted->labels;
        ++summary.transactions;
        control.progress(summary.deleted, qMax(total, summary.deleted));
    }
    control.flush();
    return summary;
}

} // namespace rowscope
