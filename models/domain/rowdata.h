#pragma once

#include "mediatype.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rowscope {

namespace RowData {

enum class Kind {
    Url,       // scheme://... other than file://
    LocalFile, // an absolute path or a file:// URL
    Json,      // a JSON object (conversational rows and the like)
    Text,      // anything else is inline text
};

Kind classify(QStringView rowData);

// The local path of a LocalFile row data (decoding file:// URLs).
QString localPath(const QString &rowData);

// The rule that rejects a row data outright ("row_data: s3 assets must start with 'https'."),
// or nothing.
std::optional<QString> rejection(QStringView rowData);

// A warning for URLs that break loading in browsers and in Labelbox ('#', '<', '>', '||').
std::optional<QString> warning(QStringView rowData);

// "row_data cannot be empty"
QString emptyMessage();

// The media type and media attributes (snake_case: mime_type, width, height) for a row data.
// `given` is the user's media type, if any; local files are looked at on disk.
struct Detected {
    MediaType mediaType = MediaType::Unknown;
    QJsonObject attributes;
};
Detected detect(const QString &rowData, std::optional<MediaType> given);

} // namespace RowData

} // namespace rowscope
