#pragma once

#include "exportparams.h"
#include "exportrecord.h"
#include "result.h"

#include <QVector>

namespace rowscope {

class Workspace;

// Reads what export lines say about rows, loading only what the parameters ask for. A chunk
// of rows costs one query per table, not one per row.
class ExportReader final {
public:
    explicit ExportReader(Workspace &workspace);

    Result<ExportRecord> record(const QString &rowId, const ExportParams &params);
    Result<ExportRecord> recordByPk(qint64 rowPk, const ExportParams &params);
    // The records of the rows, in the order given; rows that no longer exist are skipped.
    Result<QVector<ExportRecord>> records(const QVector<qint64> &rowPks,
                                          const ExportParams &params);

private:
    Workspace &m_workspace;
};

} // namespace rowscope
