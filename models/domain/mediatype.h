#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace rowscope {

enum class MediaType {
    Unknown,
    Image,
    Video,
    Text,
    Audio,
    Pdf,
    Html,
    Conversational,
    Dicom,
    TmsGeo,
    TmsSimple,
    PointCloud,
    LlmPromptCreation,
    LlmPromptResponseCreation,
};

namespace MediaTypes {

// Every type a user may give, in the spec's order (UNKNOWN last).
const QVector<MediaType> &all();

// The upper-case name ("IMAGE", "TMS_GEO", "UNKNOWN").
QString name(MediaType type);

// The export's media_attributes.asset_type: the name in lower case.
QString assetType(MediaType type);

// Case-insensitive; also accepts asset types ("image", "tms_geo").
std::optional<MediaType> parse(QStringView text);

// "Found invalid media type: '<given>'"
QString invalidMessage(const QString &given);

// The media type a MIME type stands for, or Unknown.
MediaType fromMimeType(const QString &mimeType);

} // namespace MediaTypes

} // namespace rowscope
