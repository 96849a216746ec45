#include "rowlister.h"

#include "datasetstore.h"
#include "filtersql.h"
#include "metadatastore.h"

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
    FilterClause filter;
    if (!request.filter.trimmed().isEmpty()) {
        auto schemas = MetadataStore::loadIndex(db);
        if (!schemas) {
            return schemas.error();
        }
        auto compiled = FilterSql::compile(request.filter, *schemas, kFilterParameter);
        if (!compiled) {
            return compiled.error();
        }
        filter = std::move(*compiled);
    }
    // Only fixed fragments go into the text; every value is bound. The sort expressions are
    // those of the dataset's sort indexes, so that a page walks an index instead of sorting.
    QByteArray order;
    switch (request.sort) {
    case RowSort::Created:
        order = "r.created_at";
        break;
    case RowSort::Updated:
        order = "r.updated_at";
        break;
    case RowSort::GlobalKey:
        order = "ifnull(r.global_key, '') COLLATE NOCASE";
        break;
    case RowSort::ExternalId:
        order = "ifnull(r.external_id, '')";
        break;
    }
    const QByteArray direction = request.descending ? " DESC" : " ASC";

    RowList result;
    auto total = FilterSql::countRows(db, *datasetPk, filter);
    if (!total) {
        return total.error();
    }
    result.total = *total;
    sql::Query page = db.prepareComposed("SELECT r.pk FROM data_row r WHERE r.dataset_pk = ?1" +
                                         filter.andClause() + " ORDER BY " + order + direction +
                                         ", r.pk" + direction + " LIMIT ?2 OFFSET ?3");
    page.bind(1, *datasetPk).bind(2, request.limit).bind(3, request.offset);
    filter.bind(page);
    while (page.step()) {
        result.rowPks.append(page.int64(0));
    }
    if (page.failed()) {
        return page.error();
    }
    return result;
}

} // namespace rowscope
