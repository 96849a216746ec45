#pragma once

#include "exportparams.h"
#include "exportrecord.h"
#include "result.h"

namespace rowscope {

class Workspace;

// Reads what an export line says about a row, loading only what the parameters ask for.
class ExportReader final {
public:
    explicit ExportReader(Workspace &workspace);

    Result<ExportRecord> record(const QString &rowId, const ExportParams &params);
    Result<ExportRecord> recordByPk(qint64 rowPk, const ExportParams &params);

private:
    Workspace &m_workspace;
};

} // namespace rowscope
