#include "filtersql.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// "street-" -> "street-" with LIKE's own characters escaped by '\'.
QString likeEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\') {
            escaped.append(u'\\');
        }
        escaped.append(c);
    }
    return escaped;
}

// The same for GLOB, whose special characters are escaped by brackets.
QString globEscaped(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'*') {
            escaped.append(u"[*]"_s);
        } else if (c == u'?') {
            escaped.append(u"[?]"_s);
        } else if (c == u'[') {
            escaped.append(u"[[]"_s);
        } else {
            escaped.append(c);
        }
    }
    return escaped;
}

QString likePattern(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts) {
        escaped.append(likeEscaped(part));
    }
    return escaped.join(u'%');
}

QString globPattern(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts) {
        escaped.append(globEscaped(part));
    }
    return escaped.join(u'*');
}

// The smallest text above every text that starts with `prefix`, in the order SQLite compares
// text (UTF-8 bytes, which is code point order; NOCASE first folds ASCII A-Z to a-z), or
// nothing when there is no such text.
std::optional<QString> upperBound(const QString &prefix, bool noCase)
{
    QList<uint> points = prefix.toUcs4();
    if (noCase) {
        for (uint &c : points) {
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
        }
    }
    while (!points.isEmpty()) {
        uint next = points.takeLast() + 1;
        if (next == 0xD800) {
            next = 0xE000; // past the surrogates, which are not characters
        }
        if (noCase && next >= 'A' && next <= 'Z') {
            next = '['; // after '@': NOCASE never sees A-Z, so '[' is the next folded value
        }
        if (next <= 0x10FFFF) {
            points.append(next);
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()),
                                     points.size());
        }
    }
    return std::nullopt;
}

QString number(int n)
{
    return QString::number(n);
}

class Compiler {
public:
    Compiler(const SchemaIndex &schemas, int firstParameter, FilterSql::Shape shape)
        : m_schemas(schemas)
        , m_first(firstParameter)
        , m_shape(shape)
    {}

    Result<QByteArray> node(const Filter::Node &node)
    {
        switch (node.kind) {
        case Filter::Node::Kind::Term:
            return term(node.term);
        case Filter::Node::Kind::Not: {
            auto child = this->node(node.children.front());
            if (!child) {
                return child;
            }
            // A comparison with NULL (a row without a global key, say) is NULL, and NOT NULL
            // is NULL too: count it as "does not match" before negating.
            return QByteArray("NOT coalesce(" + *child + ", 0)");
        }
        case Filter::Node::Kind::And:
        case Filter::Node::Kind::Or: {
            const QByteArray glue = node.kind == Filter::Node::Kind::And ? " AND " : " OR ";
            QByteArray sql = "(";
            for (size_t i = 0; i < node.children.size(); ++i) {
                auto child = this->node(node.children[i]);
                if (!child) {
                    return child;
                }
                if (i > 0) {
                    sql += glue;
                }
                sql += *child;
            }
            return QByteArray(sql + ")");
        }
        }
        return Error::internal(u"unknown filter node"_s);
    }

    QVector<sql::Value> values;
    int errorColumn = 0;
    // The membership test the last term compiled to, if it was one.
    std::optional<FilterClause::Membership> lastMembership;

private:
    Error fail(int column, const QString &message)
    {
        errorColumn = column;
        return Error::invalid(message);
    }

    // A numbered parameter for a value.
    QByteArray bind(sql::Value value)
    {
        values.append(std::move(value));
        return "?" + QByteArray::number(m_first + values.size() - 1);
    }

    // Rows that have a row in `table` (by its data_row_pk) meeting `where`, over alias c.
    QByteArray member(const char *table, const QByteArray &where, bool repeats)
    {
        lastMembership = FilterClause::Membership{QByteArray(table), where, repeats, false};
        if (m_shape == FilterSql::Shape::Sets) {
            return "r.pk IN (SELECT c.data_row_pk FROM " + QByteArray(table) + " c" +
                   (where.isEmpty() ? QByteArray() : QByteArray(" WHERE " + where)) + ")";
        }
        return "EXISTS (SELECT 1 FROM " + QByteArray(table) + " c WHERE c.data_row_pk = r.pk" +
               (where.isEmpty() ? QByteArray() : QByteArray(" AND " + where)) + ")";
    }

    // `column` (text) matching a pattern: exactly, by a prefix range, or by LIKE (noCase) or
    // GLOB (exact case). A range uses the column's index; so does the prefix of a pattern.
    // `rangeColumn`: the same value as written in the dataset's browsing index (absent as
    // ''), so that a prefix is a range on that index, which also holds the dataset.
    QByteArray match(const QByteArray &column, const QByteArray &rangeColumn,
                     const Filter::Value &value, bool noCase)
    {
        const QStringList &parts = value.parts;
        if (!value.hasWildcard()) {
            return column + " = " + bind(parts.first());
        }
        QByteArray sql;
        const QString &prefix = parts.first();
        if (!prefix.isEmpty()) {
            sql = rangeColumn + " >= " + bind(prefix);
            if (const auto upper = upperBound(prefix, noCase)) {
                sql += " AND " + rangeColumn + " < " + bind(*upper);
            }
        } else {
            sql = column + " IS NOT NULL";
        }
        const bool prefixOnly = parts.size() == 2 && parts.last().isEmpty();
        if (!prefixOnly && noCase) {
            sql += " AND " + column + " LIKE " + bind(likePattern(parts)) + " ESCAPE '\\'";
        } else if (!prefixOnly) {
            sql += " AND " + column + " GLOB " + bind(globPattern(parts));
        }
        return "(" + sql + ")";
    }

    QByteArray timeCompare(const QByteArray &column, Filter::Op op, const Filter::Time &time)
    {
        switch (op) {
        case Filter::Op::Equals:
            return "(" + column + " >= " + bind(time.start) + " AND " + column + " < " +
                   bind(time.end) + ")";
        case Filter::Op::Greater:
            return column + " > " + bind(time.start);
        case Filter::Op::GreaterOrEqual:
            return column + " >= " + bind(time.start);
        case Filter::Op::Less:
            return column + " < " + bind(time.start);
        case Filter::Op::LessOrEqual:
            return column + " <= " + bind(time.start);
        }
        return {};
    }

    static const char *comparison(Filter::Op op)
    {
        switch (op) {
        case Filter::Op::Equals:
            return " = ";
        case Filter::Op::Greater:
            return " > ";
        case Filter::Op::GreaterOrEqual:
            return " >= ";
        case Filter::Op::Less:
            return " < ";
        case Filter::Op::LessOrEqual:
            return " <= ";
        }
        return " = ";
    }

    Result<QByteArray> term(const Filter::Term &term)
    {
        switch (term.subject) {
        case Filter::Subject::Text: {
            const QByteArray p = bind(QString(u'%' + likePattern(term.value.parts) + u'%'));
            return QByteArray("(ifnull(r.global_key LIKE " + p +
                              " ESCAPE '\\', 0) OR ifnull(r.external_id LIKE " + p +
                              " ESCAPE '\\', 0) OR r.row_data LIKE " + p + " ESCAPE '\\')");
        }
        case Filter::Subject::GlobalKey:
            return match("r.global_key", "ifnull(r.global_key, '') COLLATE NOCASE", term.value,
                         true);
        case Filter::Subject::ExternalId:
            return match("r.external_id", "ifnull(r.external_id, '')", term.value, false);
        case Filter::Subject::Media:
            return QByteArray("r.media_type = " + bind(MediaTypes::name(term.media)));
        case Filter::Subject::Has:
            switch (term.has) {
            case Filter::Has::Attachments:
                return member("attachment", {}, true);
            case Filter::Has::GlobalKey:
                return QByteArray("r.global_key IS NOT NULL");
            case Filter::Has::ExternalId:
                return QByteArray("r.external_id IS NOT NULL");
            case Filter::Has::Labels:
                return member("label", {}, true);
            case Filter::Has::Metadata:
                return member("metadata_value", {}, true);
            case Filter::Has::Embeddings:
                return member("data_row_embedding", {}, true);
            }
            break;
        case Filter::Subject::Labeled:
            if (term.labeled) {
                return member("label", {}, true);
            } else {
                const QByteArray labeled = member("label", {}, true);
                lastMembership->negated = true;
                return QByteArray("NOT " + labeled);
            }
        case Filter::Subject::Project: {
            QByteArray projects = "SELECT p.pk FROM project p WHERE ";
            if (term.value.hasWildcard()) {
                projects += "p.name LIKE " + bind(likePattern(term.value.parts)) + " ESCAPE '\\'";
            } else {
                const QByteArray p = bind(term.value.text);
                projects += "p.name = " + p + " COLLATE NOCASE OR p.id = " + p;
            }
            return member("label", "c.project_pk IN (" + projects + ")", true);
        }
        case Filter::Subject::Created:
            return timeCompare("r.created_at", term.op, term.time);
        case Filter::Subject::Updated:
            return timeCompare("r.updated_at", term.op, term.time);
        case Filter::Subject::Field:
            return field(term);
        }
        return Error::internal(u"unknown filter term"_s);
    }

    Result<QByteArray> field(const Filter::Term &term)
    {
        const MetadataSchema *schema = m_schemas.set.byName(term.name);
        if (!schema) {
            QStringList fields;
            for (const MetadataSchema &known : m_schemas.set.schemas()) {
                fields.append(known.name);
            }
            return fail(term.column,
                        FilterSql::tr("Unknown field '%1' at column %2; filter by %3 or a "
                                      "metadata field: %4")
                            .arg(term.name, number(term.column),
                                 Filter::builtInNames().join(u", "_s), fields.join(u", "_s)));
        }
        switch (schema->kind) {
        case MetadataKind::Enum:
            return enumField(term, *schema);
        case MetadataKind::Embedding:
            return fail(term.column, FilterSql::tr("Cannot filter by the embedding field '%1' "
                                                   "at column %2")
                                         .arg(term.name, number(term.column)));
        default:
            break;
        }
        if (schema->kind == MetadataKind::String && term.op != Filter::Op::Equals) {
            return compareError(term, MetadataKinds::name(schema->kind));
        }
        const QByteArray fieldPk = bind(m_schemas.pks.value(schema->id));
        switch (schema->kind) {
        case MetadataKind::Enum:
        case MetadataKind::Embedding:
            break;
        case MetadataKind::String:
            if (term.value.hasWildcard() && term.value.parts.size() == 2 &&
                term.value.parts.first().isEmpty() && term.value.parts.last().isEmpty()) {
                return member("metadata_value", "c.field_pk = " + fieldPk, false); // name:*
            }
            return member("metadata_value",
                          "c.field_pk = " + fieldPk + " AND " +
                              match("c.value", "c.value", term.value, false),
                          false);
        case MetadataKind::Number: {
            const auto value =
                term.value.hasWildcard() ? std::nullopt : Filter::parseNumber(term.value.text);
            if (!value) {
                return fail(term.valueColumn,
                            FilterSql::tr("Expected a number after '%1' at column %2")
                                .arg(term.lead(), number(term.valueColumn)));
            }
            return member("metadata_value",
                          "c.field_pk = " + fieldPk + " AND c.value" + comparison(term.op) +
                              bind(*value),
                          false);
        }
        case MetadataKind::DateTime: {
            const auto time =
                term.value.hasWildcard() ? std::nullopt : Filter::parseTime(term.value.text);
            if (!time) {
                return fail(term.valueColumn,
                            FilterSql::tr("Expected a date (YYYY-MM-DD) or a date and time "
                                          "(YYYY-MM-DDTHH:MM:SS) after '%1' at column %2")
                                .arg(term.lead(), number(term.valueColumn)));
            }
            return member("metadata_value",
                          "c.field_pk = " + fieldPk + " AND " +
                              timeCompare("c.value", term.op, *time),
                          false);
        }
        }
        return Error::internal(u"unknown metadata kind"_s);
    }

    Error compareError(const Filter::Term &term, const QString &kind)
    {
        return fail(term.opColumn,
                    FilterSql::tr("Cannot compare the %1 field '%2' with '%3' at column %4; use "
                                  "'%2:'")
                        .arg(kind, term.name, term.opText, number(term.opColumn)));
    }

    // An enum value is stored as its option's key: the term becomes a set of options.
    Result<QByteArray> enumField(const Filter::Term &term, const MetadataSchema &schema)
    {
        if (term.op != Filter::Op::Equals) {
            return compareError(term, MetadataKinds::name(schema.kind));
        }
        QVector<const MetadataOption *> options;
        if (term.value.hasWildcard()) {
            QStringList escaped;
            for (const QString &part : term.value.parts) {
                escaped.append(QRegularExpression::escape(part));
            }
            const QRegularExpression pattern(
                QRegularExpression::anchoredPattern(escaped.join(u".*"_s)),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::DotMatchesEverythingOption);
            for (const MetadataOption &option : schema.options) {
                if (pattern.match(option.name).hasMatch()) {
                    options.append(&option);
                }
            }
        } else {
            const MetadataOption *option = schema.optionByName(term.value.text);
            if (!option) {
                option = schema.optionById(term.value.text);
            }
            if (!option) {
                // Any case, when that names exactly one option.
                int matches = 0;
                for (const MetadataOption &candidate : schema.options) {
                    if (candidate.name.compare(term.value.text, Qt::CaseInsensitive) == 0) {
                        option = &candidate;
                        ++matches;
                    }
                }
                if (matches > 1) {
                    option = nullptr;
                }
            }
            if (!option) {
                QStringList names;
                for (const MetadataOption &known : schema.options) {
                    names.append(known.name);
                }
                return fail(term.valueColumn,
                            FilterSql::tr("Unknown option '%1' for '%2' at column %3; the "
                                          "options are %4")
                                .arg(term.value.text, term.name, number(term.valueColumn),
                                     names.join(u", "_s)));
            }
            options.append(option);
        }
        if (options.isEmpty()) {
            return QByteArray("0"); // a pattern that names no option matches no row
        }
        QByteArray in;
        for (const MetadataOption *option : options) {
            in += (in.isEmpty() ? "" : ", ") + bind(m_schemas.pks.value(option->id));
        }
        // A row holds each option at most once, but may hold several options of one enum.
        return options.size() == 1 ? member("metadata_value", "c.field_pk = " + in, false)
                                   : member("metadata_value", "c.field_pk IN (" + in + ")", true);
    }

    const SchemaIndex &m_schemas;
    int m_first;
    FilterSql::Shape m_shape;
};

} // namespace

QByteArray FilterClause::andClause() const
{
    return sql.isEmpty() ? QByteArray() : QByteArray(" AND (" + sql + ")");
}

void FilterClause::bind(sql::Query &query) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(firstParameter + static_cast<int>(i), values[i]);
    }
}

Result<FilterClause> FilterSql::compile(const Filter &filter, const SchemaIndex &schemas,
                                        int firstParameter, Shape shape, int *errorColumn)
{
    if (errorColumn) {
        *errorColumn = 0;
    }
    FilterClause clause;
    clause.firstParameter = firstParameter;
    if (filter.isEmpty()) {
        return clause;
    }
    Compiler compiler(schemas, firstParameter, shape);
    auto sql = compiler.node(filter.root());
    if (!sql) {
        if (errorColumn) {
            *errorColumn = compiler.errorColumn;
        }
        return sql.error();
    }
    clause.sql = *sql;
    clause.values = std::move(compiler.values);
    // One term, perhaps negated: whatever membership it compiled to stands for the filter.
    const Filter::Node *node = &filter.root();
    bool negated = false;
    while (node->kind == Filter::Node::Kind::Not) {
        negated = !negated;
        node = &node->children.front();
    }
    if (node->kind == Filter::Node::Kind::Term && compiler.lastMembership) {
        clause.membership = compiler.lastMembership;
        clause.membership->negated = clause.membership->negated != negated;
    }
    return clause;
}

Result<qint64> FilterSql::countRows(sql::Connection &db, qint64 datasetPk,
                                    const FilterClause &clause)
{
    QByteArray sql;
    if (clause.isEmpty()) {
        sql = "SELECT row_count FROM dataset WHERE pk = ?1";
    } else if (!clause.membership) {
        sql = "SELECT count(*) FROM data_row r WHERE r.dataset_pk = ?1" + clause.andClause();
    } else {
        // The dataset's rows lie between its lowest and highest key; rows of other datasets
        // may lie there too (imports that took turns), and are looked up one by one.
        const FilterClause::Membership &m = clause.membership.value();
        const QByteArray span = " BETWEEN (SELECT min(pk) FROM data_row WHERE dataset_pk = ?1) "
                                "AND (SELECT max(pk) FROM data_row WHERE dataset_pk = ?1)";
        const QByteArray where = m.where.isEmpty() ? QByteArray() : QByteArray(m.where + " AND ");
        const QByteArray inSpan = "(SELECT count(" + QByteArray(m.repeats ? "DISTINCT " : "") +
                                  "c.data_row_pk) FROM " + m.table + " c WHERE " + where +
                                  "c.data_row_pk" + span + ")";
        const QByteArray others =
            "(SELECT count(*) FROM data_row r WHERE r.dataset_pk IN (SELECT d.pk FROM dataset d "
            "WHERE d.pk != ?1) AND r.pk" +
            span + " AND EXISTS (SELECT 1 FROM " + m.table + " c WHERE " + where +
            "c.data_row_pk = r.pk))";
        const QByteArray matching = "(" + inSpan + " - " + others + ")";
        sql = m.negated
                  ? QByteArray("SELECT (SELECT row_count FROM dataset WHERE pk = ?1) - " + matching)
                  : QByteArray("SELECT " + matching);
    }
    sql::Query count = db.prepareComposed(sql);
    count.bind(1, datasetPk);
    clause.bind(count);
    if (!count.step()) {
        return count.failed() ? count.error() : Error::internal(u"count failed"_s);
    }
    return count.int64(0);
}

Result<FilterClause> FilterSql::compile(const QString &text, const SchemaIndex &schemas,
                                        int firstParameter, Shape shape, int *errorColumn)
{
    auto filter = Filter::parse(text, errorColumn);
    if (!filter) {
        return filter.error();
    }
    return compile(*filter, schemas, firstParameter, shape, errorColumn);
}

} // namespace rowscope
