#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {

// Which rows a bulk operation (export, delete) works on: a dataset, optionally narrowed by a
// filter, or an explicit list of row ids or of global keys (at most 2,000, not both).
//
// A dataset selection is a description, not a list, so that "select all" on a million rows
// costs nothing: every row matching the filter, minus `excludedIds`; or, for a selection
// picked row by row in a table, only `includedIds` (any number; those that match the filter
// when there is one).
struct RowSelection {
    QString datasetId;
    QString filter;          // the filter language (filter.h); empty: every row of the dataset
    QStringList excludedIds; // with a dataset: every matching row except these
    QStringList includedIds; // with a dataset: only these rows
    QStringList ids;
    QStringList globalKeys;

    static constexpr int kMaxListed = 2000;

    bool isDataset() const { return !datasetId.isEmpty(); }
    // Exactly one kind, lists within the limit, a filter that parses (its message names the
    // column); a message naming the problem otherwise.
    Status validate() const;

    static RowSelection dataset(const QString &datasetId, const QString &filter = {})
    {
        RowSelection selection;
        selection.datasetId = datasetId;
        selection.filter = filter;
        return selection;
    }
    // Every row of a dataset that matches `filter`, except `excludedIds`.
    static RowSelection datasetExcept(const QString &datasetId, const QString &filter,
                                      const QStringList &excludedIds)
    {
        RowSelection selection = dataset(datasetId, filter);
        selection.excludedIds = excludedIds;
        return selection;
    }
    // The rows `includedIds` of a dataset.
    static RowSelection datasetRows(const QString &datasetId, const QStringList &includedIds)
    {
        RowSelection selection = dataset(datasetId);
        selection.includedIds = includedIds;
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
