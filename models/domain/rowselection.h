#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {

// Which rows a bulk operation (export, delete) works on: a dataset, optionally narrowed by a
// filter, or an explicit list of row ids or of global keys (at most 2,000, not both).
struct RowSelection {
    QString datasetId;
    QString filter; // for now a global-key prefix; the filter language replaces it
    QStringList ids;
    QStringList globalKeys;

    static constexpr int kMaxListed = 2000;

    bool isDataset() const { return !datasetId.isEmpty(); }
    // Exactly one kind, lists within the limit; a message naming the problem otherwise.
    Status validate() const;

    static RowSelection dataset(const QString &datasetId, const QString &filter = {})
    {
        RowSelection selection;
        selection.datasetId = datasetId;
        selection.filter = filter;
        return selection;
    }
    static RowSelection rows(const QStringList &ids)
    {
        RowSelection selection;
        selection.ids = ids;
        return selection;
    }
    static RowSelection keys(const QStringList &globalKeys)
    {
        RowSelection selection;
        selection.globalKeys = globalKeys;
        return selection;
    }
};

} // namespace rowscope
