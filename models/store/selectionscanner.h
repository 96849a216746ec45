#pragma once

#include "filtersql.h"
#include "result.h"
#include "rowselection.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QVector>

namespace rowscope {

// Walks the rows of a selection in order, a chunk at a time, so that a bulk operation never
// holds more than one chunk of a million-row dataset. Dataset selections are walked by the
// per-dataset ordering key (keyset, never OFFSET), which also stays correct while the walked
// rows are being deleted. A filter is compiled twice: as sets for counting in one statement,
// and as per-row probes for the walk, whose every chunk stops after `max` rows.
class SelectionScanner final {
    Q_DECLARE_TR_FUNCTIONS(SelectionScanner)

public:
    explicit SelectionScanner(sql::Connection &db);

    // Resolves the selection: an unknown dataset, a filter that does not parse or names an
    // unknown field or option is an error; listed or included ids or keys that do not exist
    // (in the dataset) are kept in missing(). Restarts the walk.
    Status start(const RowSelection &selection);

    // The next at most `max` row keys, in key order; empty at the end.
    Result<QVector<qint64>> next(int max);

    // For a dataset: the highest row key it held at start(); rows added later have higher
    // keys. A job that carries out a confirmed plan walks only the rows that were there when
    // the plan was made: limitTo(the plan's lastRowKey()) after start().
    qint64 lastRowKey() const { return m_lastRowKey; }
    void limitTo(qint64 lastRowKey) { m_maxPk = lastRowKey; }

    // How many rows, and how many labels on them, the selection holds now. Exact.
    Result<qint64> rowCount();
    Result<qint64> labelCount();

    // Listed ids or keys that matched no row, in input order.
    const QStringList &missing() const { return m_missing; }

    // The filter's parameters start here; the statements' own are below.
    static constexpr int kFilterParameter = 10;

private:
    enum class Mode { Listed, Dataset, Included };

    Result<QVector<qint64>> resolveIds(const QStringList &ids, QStringList *missing);
    // Rows of `pks` (a JSON list) that are in the dataset and match: count(*) of `what`.
    Result<qint64> countListed(const QByteArray &what, const QVector<qint64> &pks);
    bool isExcluded(qint64 pk) const;

    sql::Connection &m_db;
    Mode m_mode = Mode::Listed;
    qint64 m_datasetPk = 0;
    qint64 m_storedRowCount = 0;
    FilterClause m_sets;   // the filter for one-statement counts
    FilterClause m_probes; // the filter for the chunked walk
    qint64 m_lastPk = 0;
    qint64 m_lastRowKey = 0;
    qint64 m_maxPk = 0;         // walk no row key above this
    QVector<qint64> m_listed;   // listed rows in input order, or included rows by key
    QVector<qint64> m_excluded; // sorted
    qsizetype m_listedPos = 0;
    QStringList m_missing;
};

} // namespace rowscope
