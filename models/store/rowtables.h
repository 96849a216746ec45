#pragma once

#include "datarow.h"
#include "result.h"
#include "sqlite.h"

#include <QString>

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

// Marks a row changed now (updated_at and last_activity_at).
Status touch(sql::Connection &db, qint64 pk, qint64 now);

} // namespace RowTables

} // namespace rowscope
