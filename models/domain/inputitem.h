#pragma once

#include "datarowspec.h"
#include "exportline.h"
#include "taskreport.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace rowscope {

// One item of a create, upsert or import input: a data row spec or an export line, or the
// reason it could not be read.
struct InputItem {
    ItemPosition position;
    QJsonValue original; // as given, for the report's failedDataRows
    std::optional<DataRowSpec> spec;
    std::optional<ImportedLine> exportLine;
    QString error;
    // The spec already checked for a new row (DataRowSpecs::prepareCreate), when a reader
    // thread did it ahead of the writer; the writer checks again when it is not set.
    std::optional<PreparedRow> prepared;

    bool failed() const { return !error.isNull(); }

    // `rawText`, when given, is the JSON text `value` was read from: an export line then keeps
    // its labels' annotations and reviews as written and its projects in the order written
    // (see ExportLines::parse).
    static InputItem fromJson(const QJsonValue &value, ItemPosition position, SpecMode mode,
                              const QString &baseDir, QByteArrayView rawText = {});
};

// Reads the items of an input file one at a time, so memory does not grow with the file: a
// JSON array of specs, or NDJSON of specs or export lines. A line that is not JSON is an
// error for that line alone.
class InputReader final {
public:
    enum class Format { Unknown, JsonArray, Ndjson };

    InputReader(QIODevice *device, SpecMode mode, QString baseDir);

    // The next item; false at the end of the input or on an error that stops reading.
    bool next(InputItem &item);

    Format format() const { return m_format; }
    // Set when the input as a whole is broken (an unclosed array, an unreadable device).
    QString fatalError() const { return m_fatalError; }
    qint64 bytesRead() const { return m_bytesRead; }

    // The longest text of a malformed line kept in a report.
    static constexpr int kMaxQuotedLine = 1000;

private:
    bool detectFormat();
    bool nextLine(InputItem &item);
    bool nextArrayElement(InputItem &item);
    // Reads one line or array element; false when it is not one JSON value (*error says why,
    // or *manyValues is set).
    bool readItem(QByteArrayView text, ItemPosition position, InputItem &item,
                  QJsonParseError *error, bool *manyValues);
    void checkAfterArray();
    void dropConsumed();
    bool fill();

    QIODevice *m_device;
    SpecMode m_mode;
    QString m_baseDir;
    Format m_format = Format::Unknown;
    QString m_fatalError;
    qint64 m_bytesRead = 0;
    qint64 m_lineNumber = 0;
    qint64 m_index = 0;
    QByteArray m_buffer; // JSON array: unread text
    qsizetype m_pos = 0;
    bool m_arrayDone = false;
    bool m_missingClose = false; // the input ended after an item instead of ']'
};

} // namespace rowscope
