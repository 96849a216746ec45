#pragma once

#include "exportplan.h"
#include "jobcontrol.h"
#include "result.h"
#include "workspace.h"

#include <QCoreApplication>

class QIODevice;

namespace rowscope {

struct ExportSummary {
    qint64 exported = 0;
    bool cancelled = false;
    QString file;        // what was written; empty when cancelled or written to a device
    QStringList missing; // listed ids or keys that matched no row
};

// Writes the rows of a confirmed plan as NDJSON export lines, reading a chunk of rows at a
// time on its own connection. A file is written through QSaveFile: it appears whole when
// the export ends, and a cancelled or failed export leaves no file (and an older file at
// that path untouched).
class ExportJob final {
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    ExportJob(ConfirmedExportPlan plan, QString workspacePath, WorkspaceOptions options);

    Result<ExportSummary> run(JobControl &control);
    // Writes to an open device instead of the plan's file (standard output).
    Result<ExportSummary> runTo(QIODevice *out, JobControl &control);

    static constexpr int kChunkRows = 1000;

private:
    Result<ExportSummary> write(QIODevice *out, JobControl &control);

    ConfirmedExportPlan m_plan;
    QString m_workspacePath;
    WorkspaceOptions m_options;
};

} // namespace rowscope
