#pragma once

#include "datarow.h"
#include "result.h"
#include "sqlite.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace rowscope {

// A data row's table keys.
struct RowRef {
    qint64 pk = 0;
    qint64 datasetPk = 0;
    QString id;
    QString globalKey; // null when none
};

// Row lookups and reads shared by the stores; callers own the transaction.
namespace RowTables {

// "Data row not found: '<id>'"
QString notFoundMessage(const QString &id);

Result<std::optional<RowRef>> byId(sql::Connection &db, const QString &id);
Result<RowRef> requireById(sql::Connection &db, const QString &id);
// Case-insensitive, as global keys are.
Result<std::optional<RowRef>> byGlobalKey(sql::Connection &db, const QString &key);

Result<DataRow> read(sql::Connection &db, qint64 pk);
// Several rows at once, by key; keys of rows that do not exist are absent from the answer.
Result<QHash<qint64, DataRow>> readMany(sql::Connection &db, const QVector<qint64> &pks);

// A JSON array of keys, bound to `IN (SELECT value FROM json_each(?))` to read or change a
// chunk of rows in one statement.
QString pkList(const QVector<qint64> &pks);

// Marks a row changed now (updated_at and last_activity_at).
Status touch(sql::Connection &db, qint64 pk, qint64 now);

} // namespace RowTables

} // namespace rowscope
