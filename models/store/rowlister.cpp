#include "rowlister.h"

#include "datasetstore.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

Result<RowSort> RowLister::parseSort(const QString &field)
{
    if (field == u"created"_s || field == u"created_at"_s) {
        return RowSort::Created;
    }
    if (field == u"updated"_s || field == u"updated_at"_s) {
        return RowSort::Updated;
    }
    if (field == u"global_key"_s) {
        return RowSort::GlobalKey;
    }
    if (field == u"external_id"_s) {
        return RowSort::ExternalId;
    }
    return Error::invalid(tr("Cannot sort by '%1'; sort by created, updated, global_key or "
                             "external_id, with :desc for descending.")
                              .arg(field));
}

Result<RowList> RowLister::list(sql::Connection &db, const RowListRequest &request)
{
    auto datasetPk = DatasetStore::pkOf(db, request.datasetId);
    if (!datasetPk) {
        return datasetPk.error();
    }
    // Only fixed fragments go into the text; every value is bound.
    QByteArray order;
    switch (request.sort) {
    case RowSort::Created:
        order = "created_at";
        break;
    case RowSort::Updated:
        order = "updated_at";
        break;
    case RowSort::GlobalKey:
        order = "global_key";
        break;
    case RowSort::ExternalId:
        order = "external_id";
        break;
    }
    const QByteArray direction = request.descending ? " DESC" : " ASC";
    const QByteArray countWhere = request.filter.isEmpty()
                                      ? "dataset_pk = ?1"
                                      : "dataset_pk = ?1 AND global_key LIKE ?2 ESCAPE '\\'";
    QString pattern;
    for (const QChar c : request.filter) {
        if (c == u'%' || c == u'_' || c == u'\\') {
            pattern.append(u'\\');
        }
        pattern.append(c);
    }
    pattern.append(u'%');

    RowList result;
    {
        // Without a filter the stored, exact row_count answers at once.
        sql::Query count =
            request.filter.isEmpty()
                ? db.prepareComposed("SELECT row_count FROM dataset WHERE pk = ?1")
                : db.prepareComposed("SELECT count(*) FROM data_row WHERE " + countWhere);
        count.bind(1, *datasetPk);
        if (!request.filter.isEmpty()) {
            count.bind(2, pattern);
        }
        if (!count.step()) {
            return count.failed() ? count.error() : Error::internal(u"count failed"_s);
        }
        result.total = count.int64(0);
    }
    const QByteArray pageWhere = request.filter.isEmpty()
                                     ? "dataset_pk = ?1"
                                     : "dataset_pk = ?1 AND global_key LIKE ?4 ESCAPE '\\'";
    sql::Query page =
        db.prepareComposed("SELECT pk FROM data_row WHERE " + pageWhere + " ORDER BY " + order +
                           direction + ", pk" + direction + " LIMIT ?2 OFFSET ?3");
    page.bind(1, *datasetPk).bind(2, request.limit).bind(3, request.offset);
    if (!request.filter.isEmpty()) {
        page.bind(4, pattern);
    }
    while (page.step()) {
        result.rowPks.append(page.int64(0));
    }
    if (page.failed()) {
        return page.error();
    }
    return result;
}

} // namespace rowscope
