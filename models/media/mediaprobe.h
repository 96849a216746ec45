#pragma once

#include <QSize>
#include <QString>

namespace rowscope {

// What can be learnt about a piece of media without decoding it.
struct MediaProbe {
    bool exists = false; // a local file that exists and can be read
    QString mimeType;    // empty when unknown
    QSize imageSize;     // images read from disk only; invalid otherwise
};

namespace MediaProbes {

// The MIME type for a file name, URL path or URL by its extension alone; empty when unknown.
QString mimeTypeForName(QStringView nameOrUrl);

// Looks at a local file: its MIME type (by name, then content) and, for images, the pixel
// size from the image header.
MediaProbe probeLocalFile(const QString &path);

} // namespace MediaProbes

} // namespace rowscope
