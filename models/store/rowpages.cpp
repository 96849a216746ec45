#include "rowpages.h"

#include "datasetstore.h"
#include "metadatavalue.h"
#include "rowtables.h"
#include "timestamp.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// Orders two sort values as SQLite does for the view's sort expression: integers by value,
// text by bytes (case-folded for global keys, as their NOCASE collation does).
int compareValues(const sql::Value &a, const sql::Value &b, bool foldCase)
{
    if (const auto *x = std::get_if<qint64>(&a)) {
        const auto *y = std::get_if<qint64>(&b);
        const qint64 other = y ? *y : 0;
        return *x < other ? -1 : (*x > other ? 1 : 0);
    }
    const auto *x = std::get_if<QString>(&a);
    const auto *y = std::get_if<QString>(&b);
    QByteArray left = x ? x->toUtf8() : QByteArray();
    QByteArray right = y ? y->toUtf8() : QByteArray();
    if (foldCase) {
        // NOCASE folds ASCII letters only.
        for (QByteArray *text : {&left, &right}) {
            for (char &c : *text) {
                if (c >= 'A' && c <= 'Z') {
                    c = static_cast<char>(c - 'A' + 'a');
                }
            }
        }
    }
    const int order = std::memcmp(left.constData(), right.constData(),
                                  static_cast<size_t>(qMin(left.size(), right.size())));
    if (order != 0) {
        return order < 0 ? -1 : 1;
    }
    return left.size() < right.size() ? -1 : (left.size() > right.size() ? 1 : 0);
}

} // namespace

RowPages::RowPages(sql::Connection &db)
    : m_db(db)
{}

Status RowPages::open(const RowView &view)
{
    m_view = view;
    restartScan();
    auto datasetPk = DatasetStore::pkOf(m_db, view.datasetId);
    if (!datasetPk) {
        return datasetPk.error();
    }
    m_datasetPk = *datasetPk;
    auto schemas = MetadataStore::loadIndex(m_db);
    if (!schemas) {
        return schemas.error();
    }
    m_schemas = std::move(schemas).value();
    m_extraFieldPks.clear();
    for (const QString &field : view.extraFields) {
        const MetadataSchema *schema = m_schemas.set.byId(field);
        if (!schema) {
            schema = m_schemas.set.byName(field);
        }
        if (!schema) {
            return Error::notFound(tr("There is no metadata field '%1' to show.").arg(field));
        }
        m_extraFieldPks.append(m_schemas.pks.value(schema->id));
    }
    m_probes = {};
    m_sets = {};
    m_count = {};
    if (!view.filter.trimmed().isEmpty()) {
        auto probes = FilterSql::compile(view.filter, m_schemas, 10, FilterSql::Shape::Probes);
        if (!probes) {
            return probes.error();
        }
        m_probes = std::move(probes).value();
        auto sets = FilterSql::compile(view.filter, m_schemas, 10, FilterSql::Shape::Sets);
        if (!sets) {
            return sets.error();
        }
        m_sets = std::move(sets).value();
        auto count = FilterSql::compile(view.filter, m_schemas, 2, FilterSql::Shape::Sets);
        if (!count) {
            return count.error();
        }
        m_count = std::move(count).value();
    }
    return {};
}

void RowPages::restartScan()
{
    m_scanFrom.reset();
    m_scanned = 0;
    m_scanDone = false;
}

QByteArray RowPages::sortExpression() const
{
    switch (m_view.sort) {
    case RowSort::Created:
        return "r.created_at";
    case RowSort::Updated:
        return "r.updated_at";
    case RowSort::GlobalKey:
        return "ifnull(r.global_key, '') COLLATE NOCASE";
    case RowSort::ExternalId:
        return "ifnull(r.external_id, '')";
    }
    return "r.created_at";
}

QByteArray RowPages::whereClause(FilterSql::Shape shape) const
{
    const FilterClause &clause = shape == FilterSql::Shape::Sets ? m_sets : m_probes;
    return "r.dataset_pk = ?1" + clause.andClause();
}

void RowPages::bindWhere(sql::Query &query, FilterSql::Shape shape) const
{
    query.bind(1, m_datasetPk);
    (shape == FilterSql::Shape::Sets ? m_sets : m_probes).bind(query);
}

bool RowPages::before(const RowAnchor &a, const RowAnchor &b) const
{
    int order = compareValues(a.sortValue, b.sortValue, m_view.sort == RowSort::GlobalKey);
    if (order == 0) {
        order = a.pk < b.pk ? -1 : (a.pk > b.pk ? 1 : 0);
    }
    return m_view.descending ? order > 0 : order < 0;
}

Result<qint64> RowPages::count()
{
    // Unfiltered, the dataset's row count (kept exact in every writing transaction): no scan
    // before the first paint. Filtered, one statement over the filter's indexes.
    auto count = FilterSql::countRows(m_db, m_datasetPk, m_count);
    if (!count && count.error().code == ErrorCode::Internal && m_count.isEmpty()) {
        return Error::notFound(DatasetStore::notFoundMessage(m_view.datasetId));
    }
    return count;
}

Result<bool> RowPages::scanAnchors(int rows, int pageSize, QVector<RowAnchor> *anchors)
{
    if (m_scanDone) {
        return true;
    }
    const QByteArray direction = m_view.descending ? " DESC" : " ASC";
    const QByteArray order = " ORDER BY " + sortExpression() + direction + ", r.pk" + direction;
    const auto sets = FilterSql::Shape::Sets;
    QByteArray sql =
        "SELECT " + sortExpression() + ", r.pk FROM data_row r WHERE " + whereClause(sets);
    if (m_scanFrom) {
        sql += " AND (" + sortExpression() + ", r.pk) " + (m_view.descending ? "<" : ">") +
               " (?2, ?3)";
    }
    sql += order + " LIMIT ?4";
    sql::Query query = m_db.prepareComposed(sql);
    bindWhere(query, sets);
    if (m_scanFrom) {
        query.bindValue(2, m_scanFrom->sortValue).bind(3, m_scanFrom->pk);
    }
    query.bind(4, rows);
    int read = 0;
    while (query.step()) {
        RowAnchor anchor{query.value(0), query.int64(1)};
        if (m_scanned % pageSize == 0) {
            anchors->append(anchor);
        }
        ++m_scanned;
        ++read;
        m_scanFrom = std::move(anchor);
    }
    if (query.failed()) {
        return query.error();
    }
    m_scanDone = read < rows;
    return m_scanDone;
}

Result<QVector<RowSummary>> RowPages::page(const std::optional<RowAnchor> &from, int limit)
{
    const QByteArray direction = m_view.descending ? " DESC" : " ASC";
    QByteArray sql = "SELECT r.pk, r.id, r.global_key, r.external_id, substr(r.row_data, 1, " +
                     QByteArray::number(kRowDataShown) +
                     "), r.media_type, r.created_at, r.updated_at, " + sortExpression() +
                     " FROM data_row r WHERE " + whereClause();
    if (from) {
        sql += " AND (" + sortExpression() + ", r.pk) " + (m_view.descending ? "<=" : ">=") +
               " (?2, ?3)";
    }
    sql += " ORDER BY " + sortExpression() + direction + ", r.pk" + direction + " LIMIT ?4";
    QVector<RowSummary> rows;
    {
        sql::Query query = m_db.prepareComposed(sql);
        bindWhere(query);
        if (from) {
            query.bindValue(2, from->sortValue).bind(3, from->pk);
        }
        query.bind(4, limit);
        rows.reserve(limit);
        while (query.step()) {
            RowSummary row;
            row.pk = query.int64(0);
            row.id = query.text(1);
            row.globalKey = query.text(2);
            row.externalId = query.text(3);
            row.rowData = query.text(4);
            row.mediaType = MediaTypes::parse(query.text(5)).value_or(MediaType::Unknown);
            row.createdAt = query.int64(6);
            row.updatedAt = query.int64(7);
            row.anchor = {query.value(8), row.pk};
            rows.append(std::move(row));
        }
        if (query.failed()) {
            return query.error();
        }
    }
    if (Status filled = fillDetails(rows); !filled) {
        return filled.error();
    }
    return rows;
}

Result<QStringList> RowPages::ids(const std::optional<RowAnchor> &from, qint64 skip, qint64 count)
{
    const QByteArray direction = m_view.descending ? " DESC" : " ASC";
    QByteArray sql = "SELECT r.id FROM data_row r WHERE " + whereClause();
    if (from) {
        sql += " AND (" + sortExpression() + ", r.pk) " + (m_view.descending ? "<=" : ">=") +
               " (?2, ?3)";
    }
    sql +=
        " ORDER BY " + sortExpression() + direction + ", r.pk" + direction + " LIMIT ?4 OFFSET ?5";
    sql::Query query = m_db.prepareComposed(sql);
    bindWhere(query);
    if (from) {
        query.bindValue(2, from->sortValue).bind(3, from->pk);
    }
    query.bind(4, count).bind(5, skip);
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(qMin<qint64>(count, 1 << 20)));
    while (query.step()) {
        ids.append(query.text(0));
    }
    if (query.failed()) {
        return query.error();
    }
    return ids;
}

Status RowPages::fillDetails(QVector<RowSummary> &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    QVector<qint64> pks;
    pks.reserve(rows.size());
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i) {
        pks.append(rows[i].pk);
        index.insert(rows[i].pk, i);
    }
    const QString list = RowTables::pkList(pks);
    {
        sql::Query query = m_db.prepare(
            "SELECT data_row_pk, count(*) FROM attachment "
            "WHERE data_row_pk IN (SELECT value FROM json_each(?1)) GROUP BY data_row_pk");
        query.bind(1, list);
        while (query.step()) {
            rows[index.value(query.int64(0))].attachments = static_cast<int>(query.int64(1));
        }
        if (query.failed()) {
            return query.error();
        }
    }
    {
        sql::Query query = m_db.prepare(
            "SELECT data_row_pk, count(*) FROM label "
            "WHERE data_row_pk IN (SELECT value FROM json_each(?1)) GROUP BY data_row_pk");
        query.bind(1, list);
        while (query.step()) {
            rows[index.value(query.int64(0))].labels = static_cast<int>(query.int64(1));
        }
        if (query.failed()) {
            return query.error();
        }
    }
    // The shown fields: tag, split and the extra columns (an enum's values are its options).
    struct Shown {
        const MetadataSchema *schema;
        const MetadataOption *option;
        int column; // -1 tag, -2 split, else the extra column
    };
    QHash<qint64, Shown> shown;
    QVector<qint64> fieldPks;
    const auto add = [&](const MetadataSchema *schema, int column) {
        if (!schema) {
            return;
        }
        if (schema->kind == MetadataKind::Enum) {
            for (const MetadataOption &option : schema->options) {
                const qint64 pk = m_schemas.pks.value(option.id);
                shown.insert(pk, {schema, &option, column});
                fieldPks.append(pk);
            }
        } else {
            const qint64 pk = m_schemas.pks.value(schema->id);
            shown.insert(pk, {schema, nullptr, column});
            fieldPks.append(pk);
        }
    };
    add(m_schemas.set.byId(QString::fromLatin1(ReservedMetadata::kTagId)), -1);
    add(m_schemas.set.byId(QString::fromLatin1(ReservedMetadata::kSplitId)), -2);
    QHash<qint64, const MetadataSchema *> extraByPk;
    for (int column = 0; column < m_extraFieldPks.size(); ++column) {
        for (const MetadataSchema &schema : m_schemas.set.schemas()) {
            if (m_schemas.pks.value(schema.id) == m_extraFieldPks[column]) {
                add(&schema, column);
            }
        }
    }
    for (RowSummary &row : rows) {
        row.extra = QStringList(m_extraFieldPks.size(), QString());
    }
    QVector<qint64> fieldList = fieldPks;
    sql::Query query = m_db.prepare("SELECT data_row_pk, field_pk, value FROM metadata_value "
                                    "WHERE data_row_pk IN (SELECT value FROM json_each(?1)) "
                                    "AND field_pk IN (SELECT value FROM json_each(?2))");
    query.bind(1, list).bind(2, RowTables::pkList(fieldList));
    while (query.step()) {
        const auto field = shown.constFind(query.int64(1));
        if (field == shown.constEnd()) {
            continue;
        }
        MetadataValue value;
        value.kind = field->schema->kind;
        switch (value.kind) {
        case MetadataKind::String:
            value.text = query.text(2);
            break;
        case MetadataKind::Number:
            value.number = query.real(2);
            break;
        case MetadataKind::DateTime:
            value.time = query.int64(2);
            break;
        case MetadataKind::Enum:
            value.optionName = field->option ? field->option->name : QString();
            break;
        case MetadataKind::Embedding:
            value.vector = QVector<double>(query.blob(2).size() / 8);
            break;
        }
        const QString text = MetadataValues::displayText(value);
        RowSummary &row = rows[index.value(query.int64(0))];
        QString *target = field->column == -1   ? &row.tag
                          : field->column == -2 ? &row.split
                                                : &row.extra[field->column];
        // An enum may hold several options: list them.
        *target = target->isEmpty() ? text : *target + u", "_s + text;
    }
    if (query.failed()) {
        return query.error();
    }
    return {};
}

Result<std::optional<RowAnchor>> RowPages::anchorWhere(const char *column, const QString &value)
{
    QByteArray sql = "SELECT " + sortExpression() + ", r.pk FROM data_row r WHERE " +
                     whereClause() + " AND r." + column + " = ?2";
    sql::Query query = m_db.prepareComposed(sql);
    bindWhere(query);
    query.bind(2, value);
    if (query.step()) {
        return std::optional<RowAnchor>(RowAnchor{query.value(0), query.int64(1)});
    }
    if (query.failed()) {
        return query.error();
    }
    return std::optional<RowAnchor>();
}

Result<std::optional<RowAnchor>> RowPages::anchorOf(const QString &rowId)
{
    return anchorWhere("id", rowId);
}

Result<std::optional<RowAnchor>> RowPages::anchorOfKey(const QString &globalKey)
{
    return anchorWhere("global_key", globalKey);
}

Result<qint64> RowPages::positionOf(const RowAnchor &anchor, const QVector<RowAnchor> &anchors,
                                    int pageSize)
{
    // The last page anchor at or before the row...
    qsizetype low = 0;
    qsizetype high = anchors.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (before(anchor, anchors[middle])) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    if (low == 0) {
        return qint64(0);
    }
    const qsizetype page = low - 1;
    // ...then the rows of that page before it.
    const QByteArray op = m_view.descending ? "<=" : ">=";
    const QByteArray opBefore = m_view.descending ? ">" : "<";
    const QByteArray sql = "SELECT count(*) FROM (SELECT 1 FROM data_row r WHERE " + whereClause() +
                           " AND (" + sortExpression() + ", r.pk) " + op + " (?2, ?3) AND (" +
                           sortExpression() + ", r.pk) " + opBefore + " (?4, ?5) LIMIT ?6)";
    sql::Query query = m_db.prepareComposed(sql);
    bindWhere(query);
    query.bindValue(2, anchors[page].sortValue)
        .bind(3, anchors[page].pk)
        .bindValue(4, anchor.sortValue)
        .bind(5, anchor.pk)
        .bind(6, pageSize);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"position failed"_s);
    }
    return qint64(page) * pageSize + query.int64(0);
}

} // namespace rowscope
