#pragma once

#include <Qt>

namespace rowscope {

// Item data roles of Rowscope's models, beyond Qt's own.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the entity's id (QString)
    SortRole,                  // a value to sort by (numbers as numbers)
    EntityRole,                // the whole value type (QVariant of Dataset, DataRow ...)
};

} // namespace rowscope
