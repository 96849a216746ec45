#include "keyassignmentjob.h"

#include "catalog.h"

#include <QCoreApplication>

namespace rowscope {

KeyAssignmentJob::KeyAssignmentJob(QVector<GlobalKeyAssignment> assignments, QString workspacePath,
                                   WorkspaceOptions options)
    : m_assignments(std::move(assignments))
    , m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
{}

Result<KeyAssignmentSummary> KeyAssignmentJob::run(JobControl &control)
{
    // The whole list is checked for missing fields before the first chunk: one such item
    // refuses the whole call, not just its chunk.
    if (Status complete = GlobalKeyStore::checkComplete(m_assignments); !complete) {
        return complete.error();
    }
    WorkspaceOptions options = m_options;
    options.bulk = true;
    auto catalog = Catalog::open(m_workspacePath, options);
    if (!catalog) {
        return catalog.error();
    }
    control.setUnit(QCoreApplication::translate("rowscope::KeyAssignmentJob", "keys"));
    KeyAssignmentSummary summary;
    const qsizetype total = m_assignments.size();
    for (qsizetype first = 0; first < total; first += m_chunkSize) {
        if (first > 0 && control.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        const QVector<GlobalKeyAssignment> chunk = m_assignments.mid(first, m_chunkSize);
        auto assigned = (*catalog)->keys().assign(chunk);
        if (!assigned) {
            summary.error = assigned.error().message;
            break;
        }
        summary.result.results.append(assigned->results);
        summary.result.errors.append(assigned->errors);
        control.progress(first + chunk.size(), total);
    }
    control.flush();
    return summary;
}

} // namespace rowscope
