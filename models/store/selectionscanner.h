#pragma once

#include "result.h"
#include "rowselection.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QVector>

namespace rowscope {

// Walks the rows of a selection in order, a chunk at a time, so that a bulk operation never
// holds more than one chunk of a million-row dataset. Dataset selections are walked by the
// per-dataset ordering key (keyset, never OFFSET), which also stays correct while the walked
// rows are being deleted.
class SelectionScanner final {
    Q_DECLARE_TR_FUNCTIONS(SelectionScanner)

public:
    explicit SelectionScanner(sql::Connection &db);

    // Resolves the selection: an unknown dataset is an error; listed ids or keys that do not
    // exist are kept in missing(). Restarts the walk.
    Status start(const RowSelection &selection);

    // The next at most `max` row keys; empty at the end.
    Result<QVector<qint64>> next(int max);

    // For a dataset: the highest row key it held at start(); rows added later have higher
    // keys. A job that carries out a confirmed plan walks only the rows that were there when
    // the plan was made: limitTo(the plan's lastRowKey()) after start().
    qint64 lastRowKey() const { return m_lastRowKey; }
    void limitTo(qint64 lastRowKey) { m_maxPk = lastRowKey; }

    // How many rows, and how many labels on them, the selection holds now.
    Result<qint64> rowCount();
    Result<qint64> labelCount();

    // Listed ids or keys that matched no row, in input order.
    const QStringList &missing() const { return m_missing; }

private:
    sql::Connection &m_db;
    RowSelection m_selection;
    qint64 m_datasetPk = 0;
    qint64 m_storedRowCount = 0;
    QString m_pattern; // LIKE pattern of the filter, or null
    qint64 m_lastPk = 0;
    qint64 m_lastRowKey = 0;
    qint64 m_maxPk = 0; // walk no row key above this
    QVector<qint64> m_listed;
    qsizetype m_listedPos = 0;
    QStringList m_missing;
};

} // namespace rowscope
