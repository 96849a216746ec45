#include "rowtables.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::RowTables {

namespace {

RowRef refFrom(const sql::Query &query)
{
    return {query.int64(0), query.int64(1), query.text(2), query.text(3)};
}

} // namespace

QString notFoundMessage(const QString &id)
{
    return u"Data row not found: '"_s + id + u"'"_s;
}

Result<std::optional<RowRef>> byId(sql::Connection &db, const QString &id)
{
    sql::Query query =
        db.prepare("SELECT pk, dataset_pk, id, global_key FROM data_row WHERE id = ?1");
    query.bind(1, id);
    if (query.step()) {
        return std::optional<RowRef>(refFrom(query));
    }
    if (query.failed()) {
        return query.error();
    }
    return std::optional<RowRef>();
}

Result<RowRef> requireById(sql::Connection &db, const QString &id)
{
    auto found = byId(db, id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error::notFound(notFoundMessage(id));
    }
    return **found;
}

Result<std::optional<RowRef>> byGlobalKey(sql::Connection &db, const QString &key)
{
    sql::Query query =
        db.prepare("SELECT pk, dataset_pk, id, global_key FROM data_row WHERE global_key = ?1");
    query.bind(1, key);
    if (query.step()) {
        return std::optional<RowRef>(refFrom(query));
    }
    if (query.failed()) {
        return query.error();
    }
    return std::optional<RowRef>();
}

QString pkList(const QVector<qint64> &pks)
{
    QString list;
    list.reserve(pks.size() * 8 + 2);
    list.append(u'[');
    for (qsizetype i = 0; i < pks.size(); ++i) {
        if (i > 0) {
            list.append(u',');
        }
        list.append(QString::number(pks[i]));
    }
    list.append(u']');
    return list;
}

Result<QHash<qint64, DataRow>> readMany(sql::Connection &db, const QVector<qint64> &pks)
{
    sql::Query query = db.prepare(
        "SELECT r.pk, r.id, d.id, r.global_key, r.external_id, r.row_data, r.media_type, "
        "r.media_attributes, r.created_at, r.updated_at, r.last_activity_at, u.email "
        "FROM data_row r JOIN dataset d ON d.pk = r.dataset_pk JOIN user u ON u.pk = r.created_by "
        "WHERE r.pk IN (SELECT value FROM json_each(?1))");
    query.bind(1, pkList(pks));
    QHash<qint64, DataRow> rows;
    rows.reserve(pks.size());
    while (query.step()) {
        DataRow row;
        row.id = query.text(1);
        row.datasetId = query.text(2);
        row.globalKey = query.text(3);
        row.externalId = query.text(4);
        row.rowData = query.text(5);
        row.mediaType = MediaTypes::parse(query.text(6)).value_or(MediaType::Unknown);
        row.mediaAttributes = QJsonDocument::fromJson(query.blob(7)).object();
        row.createdAt = query.int64(8);
        row.updatedAt = query.int64(9);
        row.lastActivityAt = query.int64(10);
        row.createdBy = query.text(11);
        rows.insert(query.int64(0), std::move(row));
    }
    if (query.failed()) {
        return query.error();
    }
    return rows;
}

Result<DataRow> read(sql::Connection &db, qint64 pk)
{
    auto rows = readMany(db, {pk});
    if (!rows) {
        return rows.error();
    }
    const auto found = rows->constFind(pk);
    if (found == rows->constEnd()) {
        return Error::notFound(u"Data row not found"_s);
    }
    return *found;
}

Status touch(sql::Connection &db, qint64 pk, qint64 now)
{
    sql::Query update =
        db.prepare("UPDATE data_row SET updated_at = ?2, last_activity_at = ?2 WHERE pk = ?1");
    update.bind(1, pk).bind(2, now);
    return update.exec();
}

} // namespace rowscope::RowTables
