#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace rowscope {

JsonWriter::JsonWriter(QByteArray *out, int indent)
    : m_out(out)
    , m_indent(indent)
{}

void JsonWriter::newline()
{
    if (m_indent > 0) {
        m_out->append('\n');
        m_out->append(QByteArray(m_first.size() * m_indent, ' '));
    }
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.back()) {
            m_out->append(',');
        }
        m_first.back() = false;
        newline();
    }
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out->append('{');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    const bool empty = m_first.back();
    m_first.removeLast();
    if (!empty) {
        newline();
    }
    m_out->append('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out->append('[');
    m_first.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    const bool empty = m_first.back();
    m_first.removeLast();
    if (!empty) {
        newline();
    }
    m_out->append(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append(m_indent > 0 ? "\": " : "\":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    beforeValue();
    appendEscaped(*m_out, name);
    m_out->append(m_indent > 0 ? ": " : ":");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(*m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    return value(QString(text));
}

JsonWriter &JsonWriter::value(double number)
{
    beforeValue();
    appendNumber(*m_out, number);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out->append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out->append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out->append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(const QByteArray &json)
{
    if (m_indent > 0) {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isArray()) {
            return value(QJsonValue(doc.array()));
        }
        if (doc.isObject()) {
            return value(QJsonValue(doc.object()));
        }
    }
    beforeValue();
    m_out->append(json);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double:
        return value(json.toDouble());
    case QJsonValue::String:
        return value(QStringView(json.toString()));
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array) {
            value(item);
        }
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        return endObject();
    }
    }
    return null();
}

JsonWriter &JsonWriter::stringOrNull(const QString &text)
{
    return text.isNull() ? null() : value(QStringView(text));
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Writes straight from UTF-16: runs of plain ASCII are copied in one go, escapes are
    // written as JSON needs them, and only runs of other characters go through the UTF-8
    // encoder.
    out.append('"');
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        qsizetype end = i;
        while (end < size && data[end] >= 0x20 && data[end] < 0x80 && data[end] != '"' &&
               data[end] != '\\') {
            ++end;
        }
        if (end > i) {
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            char *dst = out.data() + at;
            for (qsizetype k = i; k < end; ++k) {
                *dst++ = static_cast<char>(data[k]);
            }
            i = end;
            continue;
        }
        const char16_t c = data[i];
        if (c >= 0x80) {
            while (end < size && data[end] >= 0x80) {
                ++end;
            }
            out.append(text.mid(i, end - i).toUtf8());
            i = end;
            continue;
        }
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escape, 6);
        }
        }
        ++i;
    }
    out.append('"');
}

void JsonWriter::appendNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number)) {
        out.append("null"); // JSON has no NaN or infinity; inputs reject them before this
        return;
    }
    constexpr double kExactInteger = 9007199254740992.0; // 2^53
    if (number == std::floor(number) && std::fabs(number) < kExactInteger) {
        out.append(QByteArray::number(static_cast<qint64>(number)));
        return;
    }
    out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

} // namespace rowscope
