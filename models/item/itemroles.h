#pragma once

#include <Qt>

namespace rowscope {

// Item data roles of Rowscope's models, beyond Qt's own.
enum ItemRole {
    IdRole = Qt::UserRole + 1, // the entity's id (QString)
    SortRole,                  // a value to sort by (numbers as numbers)
    EntityRole,                // the whole value type (QVariant of Dataset, DataRow ...)
    LoadingRole,               // true while the row's page has not arrived (a placeholder)
    // Roles of other models go below; append, never renumber.

    // Editing hints for delegates (MetadataTableModel, AttachmentListModel).
    KindRole,           // a metadata field's kind ("string", "number", "enum" ...)
    OptionsRole,        // the choices (QStringList): enum options, attachment types
    MinimumRole,        // the least value allowed (a double, or a QDateTime in UTC)
    MaximumRole,        // the greatest value allowed (same types)
    MaximumLengthRole,  // the most characters a string value may have (int)
    ReadOnlyRole,       // true when the value cannot be edited here (embeddings)
    ReservedRole,       // true for a reserved metadata field: its name and kind are fixed
    HasValueRole,       // true when the row holds a value
    AttachmentTypeRole, // an attachment's type ("IMAGE", "RAW_TEXT" ...)
    // LabelListModel: labels grouped by project.
    ProjectIdRole,   // the label's project id
    ProjectNameRole, // the label's project name
    WinnerRole,      // true for the winning label of its project
};

} // namespace rowscope
