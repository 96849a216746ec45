#include "globalkeystore.h"

#include "globalkey.h"
#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

GlobalKeyStore::GlobalKeyStore(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<AssignKeysResult> GlobalKeyStore::assign(const QVector<GlobalKeyAssignment> &assignments)
{
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const GlobalKeyAssignment &item = assignments[i];
        if (item.dataRowId.isNull() || item.globalKey.isNull()) {
            return Error::invalid(
                tr("Assignment %1 is missing %2; nothing was assigned.")
                    .arg(i)
                    .arg(item.dataRowId.isNull() ? u"data_row_id"_s : u"global_key"_s));
        }
    }
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    sql::Connection &db = m_workspace.db();
    sql::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = Timestamp::now();
    AssignKeysResult result;
    for (const GlobalKeyAssignment &item : assignments) {
        auto row = RowTables::byId(db, item.dataRowId);
        if (!row) {
            return row.error();
        }
        bool ok = row->has_value() && !GlobalKey::validate(item.globalKey);
        if (ok) {
            auto holder = RowTables::byGlobalKey(db, item.globalKey);
            if (!holder) {
                return holder.error();
            }
            ok = !holder->has_value() || (*holder)->pk == (*row)->pk;
        }
        if (!ok) {
            result.errors.append({item.dataRowId, item.globalKey,
                                  QString::fromLatin1(GlobalKeyBatch::kInvalidAssignment)});
            continue;
        }
        sql::Query update = db.prepare(
            "UPDATE data_row SET global_key = ?2, updated_at = ?3, last_activity_at = ?3 "
            "WHERE pk = ?1");
        update.bind(1, (*row)->pk).bind(2, item.globalKey).bind(3, now);
        if (Status done = update.exec(); !done) {
            return done.error();
        }
        result.results.append(item);
    }
    if (Status done = transaction.commit(); !done) {
        return done.error();
    }
    return result;
}

Result<LookupKeysResult> GlobalKeyStore::lookup(const QStringList &globalKeys)
{
    sql::Connection &db = m_workspace.db();
    LookupKeysResult result;
    result.ids.reserve(globalKeys.size());
    sql::Query query = db.prepare("SELECT id FROM data_row WHERE global_key = ?1");
    for (const QString &key : globalKeys) {
        query.reset();
        query.bind(1, key);
        if (query.step()) {
            result.ids.append(query.text(0));
        } else if (query.failed()) {
            return query.error();
        } else {
            result.ids.append(u""_s);
            result.errors.append({key, QString::fromLatin1(GlobalKeyBatch::kNotFound)});
        }
    }
    return result;
}

Result<ClearKeysResult> GlobalKeyStore::clear(const QStringList &globalKeys)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    sql::Connection &db = m_workspace.db();
    sql::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = Timestamp::now();
    ClearKeysResult result;
    for (const QString &key : globalKeys) {
        auto row = RowTables::byGlobalKey(db, key);
        if (!row) {
            return row.error();
        }
        if (!row->has_value()) {
            result.errors.append({key, QString::fromLatin1(GlobalKeyBatch::kClearFailed)});
            continue;
        }
        sql::Query update = db.prepare(
            "UPDATE data_row SET global_key = NULL, updated_at = ?2, last_activity_at = ?2 "
            "WHERE pk = ?1");
        update.bind(1, (*row)->pk).bind(2, now);
        if (Status done = update.exec(); !done) {
            return done.error();
        }
        result.cleared.append((*row)->globalKey);
    }
    if (Status done = transaction.commit(); !done) {
        return done.error();
    }
    return result;
}

} // namespace rowscope
