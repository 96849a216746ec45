#pragma once

#include "datarow.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QFlags>
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

// A row's own fields exactly as stored, so that an edit can be put back exactly: new row data
// gets its media type and attributes detected again, and undo restores what was stored.
struct DataRowFields {
    QString globalKey;  // null when none
    QString externalId; // null when none
    QString rowData;
    QString mediaType;       // as stored ("IMAGE")
    QString mediaAttributes; // the stored JSON text
};

// Which of a row's own fields an edit changes.
enum class DataRowField { GlobalKey = 0x1, ExternalId = 0x2, RowData = 0x4 };
Q_DECLARE_FLAGS(DataRowFieldSet, DataRowField)

// An editor's change to a row's own fields. Unlike DataRowUpdate, a null or empty string
// clears the external id; a null string clears the global key.
struct DataRowEdit {
    std::optional<QString> globalKey;
    std::optional<QString> externalId;
    std::optional<QString> rowData;

    DataRowFieldSet fields() const;
};

// What an edit replaced and what it wrote, for undo and redo.
struct DataRowFieldsChange {
    DataRowFieldSet fields;
    DataRowFields before;
    DataRowFields after;
    DataRow row; // afterwards
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

    // Changes a row's own fields as update() does (a new key must be valid and free, new row
    // data not empty), or clears the key or external id, in one transaction that also reads
    // what the fields held before and after.
    Result<DataRowFieldsChange> edit(const QString &rowId, const DataRowEdit &edit);
    // Puts back the named fields exactly as edit() read them (a null key or external id
    // clears it; row data with its stored media type and attributes). A key must still be
    // free. Answers the row afterwards.
    Result<DataRow> restoreFields(const QString &rowId, const DataRowFields &fields,
                                  DataRowFieldSet which);
    // The fields of a row as stored (inside a transaction of the caller's, or alone).
    static Result<DataRowFields> readFields(sql::Connection &db, qint64 rowPk);

    // "Data Row not found for global key: '<key>'"
    static QString keyNotFoundMessage(const QString &globalKey);

private:
    static Result<DataRow> restoreFieldsIn(sql::Connection &db, qint64 rowPk,
                                           const DataRowFields &fields, DataRowFieldSet which);

    Workspace &m_workspace;
};

} // namespace rowscope

Q_DECLARE_OPERATORS_FOR_FLAGS(rowscope::DataRowFieldSet)
