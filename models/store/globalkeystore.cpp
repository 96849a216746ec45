#include "globalkeystore.h"

#include "globalkey.h"
#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

GlobalKeyStore::GlobalKeyStore(Workspace &workspace)
    : m_workspace(workspace)
{}

Status GlobalKeyStore::checkComplete(const QVector<GlobalKeyAssignment> &assignments)
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
    return {};
}

Result<AssignKeysResult> GlobalKeyStore::assign(const QVector<GlobalKeyAssignment> &assignments)
{
    if (Status complete = checkComplete(assignments); !complete) {
        return complete.error();
    }
    return m_workspace.write([&]() -> Result<AssignKeysResult> {
        sql::Connection &db = m_workspace.db();
        const qint64 now = Timestamp::now();
        AssignKeysResult result;
        for (const GlobalKeyAssignment &item : assignments) {
            // One statement per item: a missing row changes nothing, and a key held by another
            // row fails the statement on the UNIQUE index (SQLite undoes just that statement).
            bool ok = !GlobalKey::validate(item.globalKey);
            if (ok) {
                sql::Query update = db.prepare(
                    "UPDATE data_row SET global_key = ?2, updated_at = ?3, last_activity_at = ?3 "
                    "WHERE id = ?1");
                update.bind(1, item.dataRowId).bind(2, item.globalKey).bind(3, now);
                const Status done = update.exec();
                if (!done && done.error().code != ErrorCode::Conflict) {
                    return done.error();
                }
                ok = done.ok() && db.changes() == 1;
            }
            if (!ok) {
                result.errors.append({item.dataRowId, item.globalKey,
                                      QString::fromLatin1(GlobalKeyBatch::kInvalidAssignment)});
                continue;
            }
            result.results.append(item);
        }
        return result;
    });
}

Result<LookupKeysResult> GlobalKeyStore::lookup(const QStringList &globalKeys)
{
    sql::Connection &db = m_workspace.db();
    LookupKeysResult result;
    result.ids = QStringList(globalKeys.size(), QString());
    // The keys are probed in key order (as the index compares them, case-folded), so that
    // consecutive probes walk neighbouring index pages; a thousand per statement, so that
    // SQLite walks the list without a round trip through its API per key.
    QVector<qsizetype> order(globalKeys.size());
    std::iota(order.begin(), order.end(), 0);
    QStringList folded;
    folded.reserve(globalKeys.size());
    for (const QString &key : globalKeys) {
        folded.append(GlobalKey::folded(key));
    }
    std::sort(order.begin(), order.end(),
              [&folded](qsizetype a, qsizetype b) { return folded[a] < folded[b]; });
    constexpr qsizetype kChunk = 1000;
    for (qsizetype first = 0; first < order.size(); first += kChunk) {
        const qsizetype count = qMin(kChunk, order.size() - first);
        QByteArray list;
        JsonWriter writer(&list);
        writer.beginArray();
        for (qsizetype i = 0; i < count; ++i) {
            writer.value(globalKeys[order[first + i]]);
        }
        writer.endArray();
        sql::Query query = db.prepare(
            "SELECT j.key, r.id FROM json_each(?1) j JOIN data_row r ON r.global_key = j.value");
        query.bindUtf8(1, list);
        while (query.step()) {
            result.ids[order[first + query.int64(0)]] = query.text(1);
        }
        if (query.failed()) {
            return query.error();
        }
    }
    for (qsizetype i = 0; i < globalKeys.size(); ++i) {
        if (result.ids[i].isNull()) {
            result.ids[i] = u""_s;
            result.errors.append({globalKeys[i], QString::fromLatin1(GlobalKeyBatch::kNotFound)});
        }
    }
    return result;
}

Result<ClearKeysResult> GlobalKeyStore::clear(const QStringList &globalKeys)
{
    return m_workspace.write([&]() -> Result<ClearKeysResult> {
        sql::Connection &db = m_workspace.db();
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
        return result;
    });
}

} // namespace rowscope
