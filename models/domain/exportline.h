#pragma once

#include "exportparams.h"
#include "exportrecord.h"
#include "jsonwriter.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rowscope {

// An export line read back for import. Metadata stays unresolved: the store resolves it,
// creating custom fields the workspace does not know yet.
struct ImportedLine {
    ExportRecord record;
    QVector<MetadataFieldInput> metadataFields;
    bool hasDetails = false;   // times and creator came from data_row.details
    bool hasAssetType = false; // media_attributes.asset_type gave the media type
    QStringList ignoredKeys;   // top-level keys Rowscope does not keep
};

namespace ExportLines {

// Writes one line in the Labelbox export shape and key order (no trailing newline).
void write(JsonWriter &writer, const ExportRecord &record, const ExportParams &params);
QByteArray toLine(const ExportRecord &record, const ExportParams &params);

// An NDJSON object is an export line when it has a data_row object.
bool isExportLine(const QJsonObject &object);

// Reads an export line. `rawText`, when given, is the JSON text `object` was read from (the
// NDJSON line, the array element); the line then keeps the text of each label's annotations
// and label_details.reviews as written (minified: key order and number spelling stay), and its
// projects in the order written. Without it (or when the text does not match the object),
// those values are rewritten compact with sorted keys and projects come sorted by id.
Result<ImportedLine> parse(const QJsonObject &object, QByteArrayView rawText = {});

// The kind of an exported custom metadata value: enum for {schema_id, schema_name}, number,
// embedding for lists, datetime for strings in the export's time format, else string.
MetadataKind inferKind(const QJsonValue &value);

} // namespace ExportLines

} // namespace rowscope
