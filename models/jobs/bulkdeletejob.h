#pragma once

#include "deleteplan.h"
#include "jobcontrol.h"
#include "result.h"
#include "workspace.h"

namespace rowscope {

struct DeleteSummary {
    qint64 deleted = 0;
    qint64 labelsDeleted = 0;
    qint64 transactions = 0;
    bool cancelled = false;
    QStringList missing;
    // Set when a transaction failed part way: the chunks before it stay deleted, and the
    // counts above say exactly how much.
    QString error;
};

// Deletes the rows of a confirmed plan in transactions of at most 4,000 rows, on its own
// connection. Keys are free and row counts exact after every transaction; a cancel stops
// after the current transaction and the summary says exactly what was deleted.
class BulkDeleteJob final {
public:
    BulkDeleteJob(ConfirmedDeletePlan plan, QString workspacePath, WorkspaceOptions options);

    void setChunkSize(int rows);
    Result<DeleteSummary> run(JobControl &control);

private:
    ConfirmedDeletePlan m_plan;
    QString m_workspacePath;
    WorkspaceOptions m_options;
    int m_chunkSize;
};

} // namespace rowscope
