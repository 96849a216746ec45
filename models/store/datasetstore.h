#pragma once

#include "dataset.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>

namespace rowscope {

class Workspace;

// Datasets: each keeps an exact row_count, changed in the same transaction as every insert
// and delete of its rows.
class DatasetStore final {
    Q_DECLARE_TR_FUNCTIONS(DatasetStore)

public:
    explicit DatasetStore(Workspace &workspace);

    Result<Dataset> create(const QString &name, const QString &description = {});
    Result<Dataset> get(const QString &datasetId);
    // Every dataset, oldest first, with its row count.
    Result<QVector<Dataset>> list();
    Result<Dataset> rename(const QString &datasetId, const QString &name);
    Result<Dataset> describe(const QString &datasetId, const QString &description);
    // Deletes the dataset with its rows (their keys, metadata, attachments and labels).
    // Returns how many rows went.
    Result<qint64> remove(const QString &datasetId);

    // "Dataset not found: '<id>'"
    static QString notFoundMessage(const QString &datasetId);
    static Result<qint64> pkOf(sql::Connection &db, const QString &datasetId);
    static Status addToRowCount(sql::Connection &db, qint64 datasetPk, qint64 delta, qint64 now);

    static constexpr int kMaxNameLength = 1000;

private:
    Status checkName(const QString &name) const;

    Workspace &m_workspace;
};

} // namespace rowscope
