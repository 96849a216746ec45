#include "keyassignmentfile.h"

#include "jsontext.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

constexpr auto kDataRowId = "data_row_id"_L1;
constexpr auto kGlobalKey = "global_key"_L1;

struct CsvField {
    QString text;
    bool quoted = false;

    // Unquoted and empty: the value is not there. A quoted "" is an empty value.
    bool isMissing() const { return !quoted && text.isEmpty(); }
};

struct CsvRecord {
    int line = 0; // where the record starts, 1-based
    QVector<CsvField> fields;

    bool isBlank() const
    {
        return fields.size() == 1 && !fields[0].quoted && fields[0].text.trimmed().isEmpty();
    }
};

// RFC 4180 records, one at a time; line breaks are \r\n, \n or a lone \r.
class CsvReader final {
public:
    explicit CsvReader(const QString &text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    Result<CsvRecord> next()
    {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            const int fieldNumber = static_cast<int>(record.fields.size()) + 1;
            CsvField field;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                if (Status read = readQuoted(field, record.line); !read) {
                    return read.error();
                }
                if (!atFieldEnd()) {
                    return Error::invalid(
                        KeyAssignmentFile::tr("Line %1, field %2: text after a closing quote. A "
                                              "quote inside a quoted field is written twice "
                                              "(\"\").")
                            .arg(m_line)
                            .arg(fieldNumber));
                }
            } else {
                const qsizetype start = m_pos;
                while (!atFieldEnd()) {
                    if (m_text[m_pos] == u'"') {
                        return Error::invalid(
                            KeyAssignmentFile::tr("Line %1, field %2: a quote inside an unquoted "
                                                  "field. Quote the whole field and write the "
                                                  "quote twice (\"\").")
                                .arg(m_line)
                                .arg(fieldNumber));
                    }
                    ++m_pos;
                }
                field.text = m_text.mid(start, m_pos - start);
            }
            record.fields.append(std::move(field));
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return record;
        }
    }

private:
    bool atFieldEnd() const
    {
        if (m_pos >= m_text.size()) {
            return true;
        }
        const QChar c = m_text[m_pos];
        return c == u',' || c == u'\n' || c == u'\r';
    }

    void skipLineBreak()
    {
        if (m_pos < m_text.size() && m_text[m_pos] == u'\r') {
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u'\n') {
            ++m_pos;
        }
        ++m_line;
    }

    // From the opening quote past the closing one; "" is a quote, line breaks are kept.
    Status readQuoted(CsvField &field, int recordLine)
    {
        field.quoted = true;
        field.text = u""_s;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size()) {
                return Error::invalid(
                    KeyAssignmentFile::tr("Line %1: a quoted field is not closed.")
                        .arg(recordLine));
            }
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field.text += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return {};
            }
            field.text += c;
            ++m_pos;
            if (c == u'\r' && m_pos < m_text.size() && m_text[m_pos] == u'\n') {
                field.text += u'\n';
                ++m_pos;
            }
            if (c == u'\r' || c == u'\n') {
                ++m_line;
            }
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Error nothingToAssign()
{
    return Error::invalid(KeyAssignmentFile::tr(
        "The file holds no assignments: it needs a data_row_id and a global_key for at least "
        "one row."));
}

} // namespace

Result<QVector<GlobalKeyAssignment>> KeyAssignmentFile::parse(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        return Error{ErrorCode::Io, tr("The file cannot be read.")};
    }
    return parse(device->readAll());
}

Result<QVector<GlobalKeyAssignment>> KeyAssignmentFile::parse(QByteArray content)
{
    if (content.startsWith("\xEF\xBB\xBF")) {
        content.remove(0, 3);
    }
    qsizetype first = 0;
    while (first < content.size() && QChar::isSpace(static_cast<uchar>(content[first]))) {
        ++first;
    }
    if (first == content.size()) {
        return Error::invalid(tr("The file is empty: there is nothing to assign."));
    }
    if (content[first] == '[' || content[first] == '{') {
        return parseJson(content);
    }
    return parseCsv(QString::fromUtf8(content));
}

Result<QVector<GlobalKeyAssignment>> KeyAssignmentFile::parseCsv(const QString &text)
{
    CsvReader reader(text);
    QVector<GlobalKeyAssignment> assignments;
    qsizetype headerSize = 0;
    qsizetype idColumn = -1;
    qsizetype keyColumn = -1;
    while (!reader.atEnd()) {
        auto record = reader.next();
        if (!record) {
            return record.error();
        }
        if (record->isBlank()) {
            continue;
        }
        const QVector<CsvField> &fields = record->fields;
        if (headerSize == 0) {
            headerSize = fields.size();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QString name = fields[i].text.trimmed();
                for (auto [column, wanted] :
                     {std::pair{&idColumn, kDataRowId}, std::pair{&keyColumn, kGlobalKey}}) {
                    if (name.compare(wanted, Qt::CaseInsensitive) != 0) {
                        continue;
                    }
                    if (*column >= 0) {
                        return Error::invalid(
                            tr("The CSV header on line %1 names the column %2 twice.")
                                .arg(record->line)
                                .arg(wanted));
                    }
                    *column = i;
                }
            }
            for (auto [column, wanted] :
                 {std::pair{idColumn, kDataRowId}, std::pair{keyColumn, kGlobalKey}}) {
                if (column < 0) {
                    return Error::invalid(
                        tr("The CSV header on line %1 has no %2 column: the first line must name "
                           "the columns data_row_id and global_key.")
                            .arg(record->line)
                            .arg(wanted));
                }
            }
            continue;
        }
        if (fields.size() > headerSize) {
            return Error::invalid(tr("Line %1 has %2 fields but the header has %3. Quote a value "
                                     "that holds a comma.")
                                      .arg(record->line)
                                      .arg(fields.size())
                                      .arg(headerSize));
        }
        GlobalKeyAssignment assignment;
        for (auto [column, wanted, target] :
             {std::tuple{idColumn, kDataRowId, &assignment.dataRowId},
              std::tuple{keyColumn, kGlobalKey, &assignment.globalKey}}) {
            if (column >= fields.size() || fields[column].isMissing()) {
                return Error::invalid(
                    tr("Line %1 has no %2; nothing was assigned.").arg(record->line).arg(wanted));
            }
            *target = fields[column].text;
        }
        assignments.append(std::move(assignment));
    }
    if (assignments.isEmpty()) {
        return nothingToAssign();
    }
    return assignments;
}

Result<QVector<GlobalKeyAssignment>> KeyAssignmentFile::parseJson(const QByteArray &content)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = content.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        return Error::invalid(tr("The file is not valid JSON: %1 at line %2, column %3.")
                                  .arg(parseError.errorString())
                                  .arg(before.count('\n') + 1)
                                  .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1));
    }
    if (!document.isArray()) {
        return Error::invalid(tr("A JSON file must be a list of {\"data_row_id\": ..., "
                                 "\"global_key\": ...} objects."));
    }
    const QJsonArray items = document.array();
    QVector<GlobalKeyAssignment> assignments;
    assignments.reserve(items.size());
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QJsonValue item = items.at(index);
        if (!item.isObject()) {
            return Error::invalid(
                tr("The item at index %1 is not an object with data_row_id and global_key: %2")
                    .arg(index)
                    .arg(JsonText::shown(item)));
        }
        const QJsonObject object = item.toObject();
        GlobalKeyAssignment assignment;
        for (auto [wanted, target] : {std::pair{kDataRowId, &assignment.dataRowId},
                                      std::pair{kGlobalKey, &assignment.globalKey}}) {
            const QJsonValue value = object.value(wanted);
            if (value.isUndefined() || value.isNull()) {
                return Error::invalid(tr("The item at index %1 has no %2; nothing was assigned.")
                                          .arg(index)
                                          .arg(wanted));
            }
            if (!value.isString()) {
                return Error::invalid(tr("The item at index %1: %2 must be a string, got %3.")
                                          .arg(index)
                                          .arg(wanted, JsonText::shown(value)));
            }
            *target = value.toString();
        }
        assignments.append(std::move(assignment));
    }
    if (assignments.isEmpty()) {
        return nothingToAssign();
    }
    return assignments;
}

} // namespace rowscope
