#pragma once

#include "filter.h"
#include "metadatastore.h"
#include "result.h"
#include "sqlite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace rowscope {

// A filter as SQL: a condition over `data_row r`, made of fixed fragments only, and the
// values for its numbered parameters. No value the user typed is ever part of the text.
struct FilterClause {
    QByteArray sql;             // empty for the empty filter
    QVector<sql::Value> values; // for ?firstParameter, ?firstParameter + 1, ...
    int firstParameter = 1;

    // When the whole filter is one test "the row has a child row where ..." (a metadata
    // field, has:attachments, labeled:, project: ...), or its negation: the test over the
    // child table alone (alias c, same parameters), so that a count can read only the
    // child's index. `repeats`: a row may have several such child rows.
    struct Membership {
        QByteArray table;
        QByteArray where; // may be empty: any child row
        bool repeats = false;
        bool negated = false;
    };
    std::optional<Membership> membership;

    bool isEmpty() const { return sql.isEmpty(); }
    // " AND (<sql>)", or nothing for the empty filter: append it to a WHERE.
    QByteArray andClause() const;
    void bind(sql::Query &query) const;
};

// Compiles a Filter against the workspace's metadata schemas (names are resolved here, as
// stored, case-sensitively). Metadata terms become `r.pk IN (SELECT data_row_pk FROM
// metadata_value WHERE field_pk = ? AND value ...)`, which SQLite answers from the
// metadata_value_by_field index; has:, labeled: and project: use the indexed child tables;
// a global_key or external_id pattern with only a trailing '*' becomes a range on its index.
class FilterSql final {
    Q_DECLARE_TR_FUNCTIONS(FilterSql)

public:
    // How "the row has a child row that ..." is written. Sets: `r.pk IN (SELECT ...)`, one
    // pass over the child index per statement — for counts and for one-statement listings.
    // Probes: `EXISTS (SELECT ... WHERE data_row_pk = r.pk ...)`, one index look-up per row
    // tried — for walks that stop after a chunk, and for short lists of rows.
    enum class Shape { Sets, Probes };

    // An unknown field or enum option, a value of the wrong kind or an embedding field is an
    // error naming its column (also put in `errorColumn` when given).
    static Result<FilterClause> compile(const Filter &filter, const SchemaIndex &schemas,
                                        int firstParameter, Shape shape = Shape::Sets,
                                        int *errorColumn = nullptr);
    // Parses `text` and compiles it.
    static Result<FilterClause> compile(const QString &text, const SchemaIndex &schemas,
                                        int firstParameter, Shape shape = Shape::Sets,
                                        int *errorColumn = nullptr);

    // How many rows of a dataset match, exactly, read in one statement. A membership filter
    // (see FilterClause) is counted from its child index within the dataset's span of row
    // keys, less the few rows of other datasets inside that span; other filters walk the
    // dataset. The clause's parameters must start at 2 or later (?1 is the dataset).
    static Result<qint64> countRows(sql::Connection &db, qint64 datasetPk,
                                    const FilterClause &clause);
};

} // namespace rowscope
