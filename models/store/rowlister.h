#pragma once

#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QVector>

namespace rowscope {

enum class RowSort { Created, Updated, GlobalKey, ExternalId };

struct RowListRequest {
    QString datasetId;
    QString filter; // a global-key prefix for now
    RowSort sort = RowSort::Created;
    bool descending = false;
    qint64 offset = 0;
    int limit = 100;
};

struct RowList {
    qint64 total = 0;
    QVector<qint64> rowPks;
};

// One page of a dataset's rows for rowscope-cli `rows list`, sorted by a fixed set of
// columns. Offsets walk the dataset's index; the table model's anchored paging replaces
// this for deep pages of huge datasets.
class RowLister final {
    Q_DECLARE_TR_FUNCTIONS(RowLister)

public:
    static Result<RowSort> parseSort(const QString &field);
    static Result<RowList> list(sql::Connection &db, const RowListRequest &request);
};

} // namespace rowscope
