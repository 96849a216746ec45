#pragma once

#include <QMetaType>
#include <QString>

namespace rowscope {

struct Dataset {
    QString id;
    QString name;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString createdBy; // the creator's email
    qint64 rowCount = 0;

    friend bool operator==(const Dataset &a, const Dataset &b)
    {
        return a.id == b.id && a.name == b.name && a.description == b.description &&
               a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
               a.createdBy == b.createdBy && a.rowCount == b.rowCount;
    }
    friend bool operator!=(const Dataset &a, const Dataset &b) { return !(a == b); }
};

} // namespace rowscope

Q_DECLARE_METATYPE(rowscope::Dataset)
