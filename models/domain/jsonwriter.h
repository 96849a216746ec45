#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace rowscope {

// Writes compact (or indented) UTF-8 JSON with keys in the order they are given. Labelbox
// shapes have a documented key order, which QJsonObject (always sorted) cannot keep.
class JsonWriter final {
public:
    explicit JsonWriter(QByteArray *out, int indent = 0);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(QLatin1StringView name);
    JsonWriter &key(const QString &name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(const char *text) { return value(QLatin1StringView(text)); }
    JsonWriter &value(double number);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A value already in JSON form (stored annotations, say); re-indented only if compact.
    JsonWriter &raw(const QByteArray &json);
    JsonWriter &value(const QJsonValue &json);

    // A string or null when the string is null (absent optional fields).
    JsonWriter &stringOrNull(const QString &text);

    // Helpers for `"key": value` pairs.
    template<typename T>
    JsonWriter &field(QLatin1StringView name, const T &v)
    {
        key(name);
        return value(v);
    }

    static void appendEscaped(QByteArray &out, QStringView text);
    static void appendNumber(QByteArray &out, double number);

private:
    void beforeValue();
    void newline();

    QByteArray *m_out;
    int m_indent;
    QVector<bool> m_first; // per open container: nothing written into it yet
    bool m_afterKey = false;
};

} // namespace rowscope
