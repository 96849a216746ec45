#include "rowselection.h"

#include "filter.h"

namespace rowscope {

Status RowSelection::validate() const
{
    if (!isDataset() && (!excludedIds.isEmpty() || !includedIds.isEmpty())) {
        return Error::invalid(QCoreApplication::translate(
            "rowscope::RowSelection", "Rows to include or exclude need a dataset."));
    }
    if (!filter.isEmpty() && !isDataset()) {
        return Error::invalid(
            QCoreApplication::translate("rowscope::RowSelection", "A filter needs a dataset."));
    }
    const int kinds =
        (isDataset() ? 1 : 0) + (ids.isEmpty() ? 0 : 1) + (globalKeys.isEmpty() ? 0 : 1);
    if (!ids.isEmpty() && !globalKeys.isEmpty()) {
        return Error::invalid(QCoreApplication::translate(
            "rowscope::RowSelection", "Give row ids or global keys, not both."));
    }
    if (kinds != 1) {
        return Error::invalid(QCoreApplication::translate(
            "rowscope::RowSelection",
            "Choose the rows: a dataset (with an optional filter), row ids, or global keys."));
    }
    if (!excludedIds.isEmpty() && !includedIds.isEmpty()) {
        return Error::invalid(QCoreApplication::translate(
            "rowscope::RowSelection", "Give rows to include or rows to exclude, not both."));
    }
    if (ids.size() > kMaxListed || globalKeys.size() > kMaxListed) {
        return Error::invalid(
            QCoreApplication::translate("rowscope::RowSelection",
                                        "At most %1 row ids or global keys per call; %2 were "
                                        "given.")
                .arg(kMaxListed)
                .arg(qMax(ids.size(), globalKeys.size())));
    }
    if (auto parsed = Filter::parse(filter); !parsed) {
        return parsed.error();
    }
    return {};
}

} // namespace rowscope
