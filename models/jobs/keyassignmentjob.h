#pragma once

#include "globalkeybatch.h"
#include "jobcontrol.h"
#include "result.h"
#include "workspace.h"

#include <QVector>

namespace rowscope {

struct KeyAssignmentSummary {
    AssignKeysResult result; // every item so far, in input order
    bool cancelled = false;
    QString error; // a transaction failed part way; the chunks before it stand
};

// Gives rows global keys from a list already read (KeyAssignmentFile checks that no item
// lacks a field, which refuses the whole list before anything changes). Runs in
// transactions of kChunk items on its own connection, reports progress, and stops between
// chunks when cancelled.
class KeyAssignmentJob final {
public:
    KeyAssignmentJob(QVector<GlobalKeyAssignment> assignments, QString workspacePath,
                     WorkspaceOptions options);

    void setChunkSize(int items) { m_chunkSize = qMax(1, items); }
    Result<KeyAssignmentSummary> run(JobControl &control);

    static constexpr int kChunk = 10000;

private:
    QVector<GlobalKeyAssignment> m_assignments;
    QString m_workspacePath;
    WorkspaceOptions m_options;
    int m_chunkSize = kChunk;
};

} // namespace rowscope
