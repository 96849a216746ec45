#pragma once

#include "datarowspec.h"
#include "itemsource.h"
#include "jobcontrol.h"
#include "result.h"
#include "taskreportspool.h"
#include "workspace.h"

namespace rowscope {

struct ImportSummary {
    qint64 items = 0;
    bool cancelled = false;
    // Set when a chunk failed to write (disk full, workspace locked): the chunks before it
    // are in, and the report says which items.
    QString error;
};

// Creates or upserts rows from an item source into a dataset: chunks of items, each chunk
// one transaction, so that memory stays flat whatever the input's size and a cancel stops
// between chunks with every finished chunk kept. Runs on the calling thread with its own
// connection to the workspace.
class ImportJob final {
public:
    ImportJob(QString workspacePath, WorkspaceOptions options, QString datasetId, SpecMode mode);

    void setChunkSize(int items) { m_chunkSize = items; }

    Result<ImportSummary> run(ItemSource &source, TaskReportSpool &report, JobControl &control);

    static constexpr int kDefaultChunkSize = 1000;

private:
    QString m_workspacePath;
    WorkspaceOptions m_options;
    QString m_datasetId;
    SpecMode m_mode;
    int m_chunkSize = kDefaultChunkSize;
};

} // namespace rowscope
