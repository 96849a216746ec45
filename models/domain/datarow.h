#pragma once

#include "mediatype.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace rowscope {

// One data row. Optional strings (global key, external id) are null when not set.
struct DataRow {
    QString id;
    QString datasetId;
    QString globalKey;
    QString externalId;
    QString rowData;
    MediaType mediaType = MediaType::Unknown;
    QJsonObject mediaAttributes; // snake_case keys, without asset_type (derived from mediaType)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastActivityAt = 0;
    QString createdBy; // the creator's email
};

} // namespace rowscope

Q_DECLARE_METATYPE(rowscope::DataRow)
