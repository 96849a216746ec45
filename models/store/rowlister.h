#pragma once

#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QVector>

namespace rowscope {

enum class RowSort { Created, Updated, GlobalKey, ExternalId };

struct RowListRequest {
    QString datasetId;
    QString filter; // the filter language (filter.h); empty: every row
    RowSort sort = RowSort::Created;
    bool descending = false;
    qint64 offset = 0;
    int limit = 100;
};

struct RowList {
    qint64 total = 0;
    QVector<qint64> rowPks;
};

// One page of a dataset's rows for rowscope-cli `rows list`, filtered and sorted by a fixed
// set of columns, with the exact number of matching rows. Offsets walk the dataset's sort
// index; the table model's anchored paging replaces this for deep pages of huge datasets.
class RowLister final {
    Q_DECLARE_TR_FUNCTIONS(RowLister)

public:
    static Result<RowSort> parseSort(const QString &field);
    // An unknown dataset, a filter that does not parse, or one that names an unknown field
    // or option is an error; the message names the filter's column.
    static Result<RowList> list(sql::Connection &db, const RowListRequest &request);

    // The filter's parameters start here; the statements' own are below.
    static constexpr int kFilterParameter = 10;
};

} // namespace rowscope
