#pragma once

#include "datarow.h"
#include "result.h"

#include <QCoreApplication>
#include <QPair>
#include <QStringList>

#include <optional>

namespace rowscope {

class Workspace;

// The fields `update` may change; at least one must be set, and none may be empty.
struct DataRowUpdate {
    std::optional<QString> globalKey;
    std::optional<QString> rowData;
    std::optional<QString> externalId;
};

// Single data rows: get, update, delete, and ids by external id.
class DataRowStore final {
    Q_DECLARE_TR_FUNCTIONS(DataRowStore)

public:
    explicit DataRowStore(Workspace &workspace);

    Result<DataRow> get(const QString &rowId);
    // Case-insensitive; a missing key is a not-found error, never an empty row.
    Result<DataRow> getByGlobalKey(const QString &globalKey);
    Result<DataRow> update(const QString &rowId, const DataRowUpdate &change);
    // Deletes the row with its metadata, attachments, vectors and labels; its key is free
    // at once and its dataset's row_count drops by one in the same transaction.
    Status remove(const QString &rowId);
    // For each external id (in input order), the ids of the rows that have it.
    Result<QVector<QPair<QString, QStringList>>> idsForExternalIds(const QStringList &externalIds);

    // "Data Row not found for global key: '<key>'"
    static QString keyNotFoundMessage(const QString &globalKey);

private:
    Workspace &m_workspace;
};

} // namespace rowscope
