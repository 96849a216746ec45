#include "bulkdeleter.h"

#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

BulkDeleter::BulkDeleter(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<DeletedCount> BulkDeleter::deleteChunk(const QVector<qint64> &rowPks)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    if (rowPks.size() > kMaxChunk) {
        return Error::internal(u"A delete chunk holds at most %1 rows"_s.arg(kMaxChunk));
    }
    DeletedCount deleted;
    if (rowPks.isEmpty()) {
        return deleted;
    }
    sql::Connection &db = m_workspace.db();
    // The children of the rows are deleted explicitly below, table by table, which is much
    // faster than ON DELETE CASCADE probing five tables per row; foreign key enforcement is
    // off for this connection meanwhile (it can only change outside a transaction).
    if (Status off = db.execute("PRAGMA foreign_keys = OFF"); !off) {
        return off.error();
    }
    const auto restore = qScopeGuard([&db] { (void)db.execute("PRAGMA foreign_keys = ON"); });

    sql::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const QString list = RowTables::pkList(rowPks);
    QVector<QPair<qint64, qint64>> perDataset;
    {
        sql::Query counts =
            db.prepare("SELECT dataset_pk, count(*) FROM data_row "
                       "WHERE pk IN (SELECT value FROM json_each(?1)) GROUP BY dataset_pk");
        counts.bind(1, list);
        while (counts.step()) {
            perDataset.append({counts.int64(0), counts.int64(1)});
            deleted.rows += counts.int64(1);
        }
        if (counts.failed()) {
            return counts.error();
        }
    }
    {
        sql::Query labels = db.prepare(
            "SELECT count(*) FROM label WHERE data_row_pk IN (SELECT value FROM json_each(?1))");
        labels.bind(1, list);
        if (!labels.step()) {
            return labels.failed() ? labels.error() : Error::internal(u"count failed"_s);
        }
        deleted.labels = labels.int64(0);
    }
    for (const char *sql : {
             "DELETE FROM metadata_value WHERE data_row_pk IN (SELECT value FROM json_each(?1))",
             "DELETE FROM attachment WHERE data_row_pk IN (SELECT value FROM json_each(?1))",
             "DELETE FROM data_row_embedding WHERE data_row_pk IN "
             "(SELECT value FROM json_each(?1))",
             "DELETE FROM data_row_project WHERE data_row_pk IN (SELECT value FROM json_each(?1))",
             "DELETE FROM label WHERE data_row_pk IN (SELECT value FROM json_each(?1))",
             "DELETE FROM data_row WHERE pk IN (SELECT value FROM json_each(?1))",
         }) {
        sql::Query remove = db.prepare(sql);
        remove.bind(1, list);
        if (Status done = remove.exec(); !done) {
            return done.error();
        }
    }
    const qint64 now = Timestamp::now();
    for (const auto &[datasetPk, rows] : perDataset) {
        sql::Query update = db.prepare(
            "UPDATE dataset SET row_count = row_count - ?2, updated_at = ?3 WHERE pk = ?1");
        update.bind(1, datasetPk).bind(2, rows).bind(3, now);
        if (Status done = update.exec(); !done) {
            return done.error();
        }
    }
    if (Status done = transaction.commit(); !done) {
        return done.error();
    }
    return deleted;
}

} // namespace rowscope
