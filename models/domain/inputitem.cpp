#include "inputitem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

constexpr qint64 kChunk = 1 << 16;

QString quoted(QByteArrayView text)
{
    QString line =
        QString::fromUtf8(text.first(qMin(text.size(), InputReader::kMaxQuotedLine * 4)));
    if (line.size() > InputReader::kMaxQuotedLine) {
        line = line.left(InputReader::kMaxQuotedLine) + u"…"_s;
    }
    return line;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

InputItem InputItem::fromJson(const QJsonValue &value, ItemPosition position, SpecMode mode,
                              const QString &baseDir, QByteArrayView rawText)
{
    InputItem item;
    item.position = position;
    item.original = value;
    if (value.isObject() && ExportLines::isExportLine(value.toObject())) {
        auto line = ExportLines::parse(value.toObject(), rawText);
        if (line) {
            item.exportLine = std::move(line).value();
        } else {
            item.error = line.error().message;
        }
        return item;
    }
    auto spec = DataRowSpecs::parse(value, mode, baseDir);
    if (spec) {
        item.spec = std::move(spec).value();
    } else {
        item.error = spec.error().message;
    }
    return item;
}

InputReader::InputReader(QIODevice *device, SpecMode mode, QString baseDir)
    : m_device(device)
    , m_mode(mode)
    , m_baseDir(std::move(baseDir))
{}

bool InputReader::fill()
{
    if (m_device->atEnd()) {
        return false;
    }
    const QByteArray chunk = m_device->read(kChunk);
    if (chunk.isEmpty()) {
        return false;
    }
    m_bytesRead += chunk.size();
    m_buffer.append(chunk);
    return true;
}

bool InputReader::detectFormat()
{
    // Peek at the first non-blank byte without consuming lines: '[' starts a JSON array.
    while (true) {
        while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos])) {
            ++m_pos;
        }
        if (m_pos == 0 && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3; // UTF-8 byte order mark
            continue;
        }
        if (m_pos < m_buffer.size()) {
            break;
        }
        if (!fill()) {
            m_format = Format::Ndjson; // empty input: no items
            return true;
        }
    }
    if (m_buffer[m_pos] == '[') {
        m_format = Format::JsonArray;
        ++m_pos;
    } else {
        m_format = Format::Ndjson;
        m_pos = m_buffer.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    }
    return true;
}

bool InputReader::next(InputItem &item)
{
    if (!m_fatalError.isNull()) {
        return false;
    }
    if (m_format == Format::Unknown && !detectFormat()) {
        return false;
    }
    return m_format == Format::JsonArray ? nextArrayElement(item) : nextLine(item);
}

// Parses the text of one item inside brackets, so that a bare string (a file path) is a JSON
// document too, and makes the item of it, handing the text on for export lines to keep theirs.
bool InputReader::readItem(QByteArrayView text, ItemPosition position, InputItem &item,
                           QJsonParseError *error, bool *manyValues)
{
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, error);
    *manyValues = error->error == QJsonParseError::NoError && doc.array().size() != 1;
    if (error->error != QJsonParseError::NoError || *manyValues) {
        return false;
    }
    item = InputItem::fromJson(doc.array().first(), position, m_mode, m_baseDir, text);
    return true;
}

bool InputReader::nextLine(InputItem &item)
{
    while (true) {
        qsizetype end = m_buffer.indexOf('\n', m_pos);
        while (end < 0) {
            if (!fill()) {
                break;
            }
            end = m_buffer.indexOf('\n', m_pos);
        }
        if (end < 0 && m_pos >= m_buffer.size()) {
            return false;
        }
        const qsizetype start = m_pos;
        const qsizetype stop = end < 0 ? m_buffer.size() : end;
        m_pos = end < 0 ? m_buffer.size() : end + 1;
        ++m_lineNumber;
        // A view into the buffer: the line is copied once, into the text the parser reads.
        QByteArrayView line = QByteArrayView(m_buffer).sliced(start, stop - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            dropConsumed();
            continue;
        }
        const ItemPosition position = ItemPosition::line(m_lineNumber);
        QJsonParseError parseError;
        bool manyValues = false;
        if (!readItem(line, position, item, &parseError, &manyValues)) {
            item = InputItem();
            item.position = position;
            item.original = quoted(line);
            item.error = !manyValues
                             ? u"Line %1 is not valid JSON: %2 at character %3"_s.arg(m_lineNumber)
                                   .arg(parseError.errorString())
                                   .arg(qMax(1, parseError.offset))
                             : u"Line %1 holds more than one JSON value"_s.arg(m_lineNumber);
        }
        dropConsumed();
        return true;
    }
}

// Drops the text read already once there is enough of it (never while a view into it lives).
void InputReader::dropConsumed()
{
    if (m_pos > kChunk) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

// Only white space may follow the array: anything more ("[...][...]", an item after the
// closing bracket) would otherwise be dropped without a word.
void InputReader::checkAfterArray()
{
    while (true) {
        while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos])) {
            ++m_pos;
        }
        if (m_pos < m_buffer.size()) {
            m_fatalError = u"The JSON array is followed by more text after its closing ']'"_s;
            return;
        }
        m_buffer.clear();
        m_pos = 0;
        if (!fill()) {
            return;
        }
    }
}

bool InputReader::nextArrayElement(InputItem &item)
{
    if (m_arrayDone) {
        if (m_missingClose) {
            m_fatalError = u"The JSON array is not closed: ']' is missing at the end"_s;
        } else {
            checkAfterArray();
        }
        return false;
    }
    // Skip to the start of the next element.
    while (true) {
        while (m_pos < m_buffer.size() && isSpace(m_buffer[m_pos])) {
            ++m_pos;
        }
        if (m_pos < m_buffer.size()) {
            break;
        }
        if (!fill()) {
            m_fatalError = u"The JSON array is not closed: ']' is missing at the end"_s;
            return false;
        }
    }
    if (m_buffer[m_pos] == ']') {
        ++m_pos;
        m_arrayDone = true;
        checkAfterArray();
        return false;
    }
    // Scan the element: up to a ',' or ']' at depth 0, outside strings.
    const qsizetype start = m_pos;
    qsizetype pos = m_pos;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool closesArray = false;
    while (true) {
        if (pos >= m_buffer.size()) {
            if (fill()) {
                continue;
            }
            if (depth != 0 || inString) {
                m_fatalError = u"The JSON array ends in the middle of item %1"_s.arg(m_index);
                return false;
            }
            // The input ends after a whole item with no closing ']': the item still counts,
            // and the missing bracket is reported once the items are read.
            m_missingClose = true;
            break;
        }
        const char c = m_buffer[pos];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                closesArray = c == ']';
                if (!closesArray) {
                    m_fatalError = u"The JSON array has an unmatched '}' in item %1"_s.arg(m_index);
                    return false;
                }
                break;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            break;
        }
        ++pos;
    }
    const QByteArrayView text = QByteArrayView(m_buffer).sliced(start, pos - start).trimmed();
    m_pos = pos + 1;
    if (closesArray || m_missingClose) {
        m_arrayDone = true;
    }
    const ItemPosition position = ItemPosition::index(m_index++);
    QJsonParseError parseError;
    bool manyValues = false;
    if (text.isEmpty() || !readItem(text, position, item, &parseError, &manyValues)) {
        item = InputItem();
        item.position = position;
        item.original = quoted(text);
        item.error = text.isEmpty()
                         ? u"Item %1 is empty"_s.arg(position.number)
                         : u"Item %1 is not valid JSON: %2 at character %3"_s.arg(position.number)
                               .arg(parseError.errorString())
                               .arg(qMax(1, parseError.offset));
    }
    dropConsumed();
    return true;
}

} // namespace rowscope
