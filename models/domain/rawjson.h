#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <optional>

// JSON as text, for the parts of a document that must keep their exact spelling: QJsonObject
// sorts keys and QJsonDocument rewrites numbers, so a value read through them and written
// again is equal but not the same text. These functions work on the UTF-8 bytes instead, by
// single forward passes that check the JSON grammar as they go (they do not check that the
// bytes are valid UTF-8: callers hand them text QJsonDocument has read already).
namespace rowscope::RawJson {

// The bytes [begin, end) of a value in a JSON text.
struct Span {
    qsizetype begin = -1;
    qsizetype end = -1;

    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype size() const { return end - begin; }
    QByteArrayView in(QByteArrayView text) const { return text.sliced(begin, end - begin); }
};

// One step of a path from the top of a JSON text down to a value: an object key (as text,
// escapes resolved: "a.b" is one key, never a path), any key, an array index or any index.
struct Step {
    enum class Kind { Key, AnyKey, Index, AnyIndex };

    Step(const char *name) // NOLINT(google-explicit-constructor): paths read as {"a", "b"}
        : key(name)
    {}
    static Step named(QByteArray utf8Name);
    static Step anyKey();
    static Step at(qsizetype index);
    static Step anyIndex();

    Kind kind = Kind::Key;
    QByteArray key;      // Kind::Key, UTF-8
    qsizetype index = 0; // Kind::Index

private:
    Step() = default;
};

// projects.<any key>.labels[<any index>].annotations is
// Path{"projects", Step::anyKey(), "labels", Step::anyIndex(), "annotations"}.
using Path = QVector<Step>;

// A value found at one of the paths given to find().
struct Match {
    int path = -1;                         // index of the path in the list given
    Span value;                            // the value as written, white space around it left out
    bool compact = true;                   // no white space outside strings inside the value
    QVarLengthArray<Span, 2> keys;         // keys matched by anyKey() steps, quoted as written
    QVarLengthArray<qsizetype, 2> indices; // indices matched by anyIndex() steps
};

constexpr int kMaxPaths = 64;

// Every value of the JSON text at one of the paths (at most kMaxPaths), in the order the
// values start in the text, by one forward pass. A key written twice in an object gives a
// match for each. An error (with the byte offset) when the text is not one JSON value.
Result<QVector<Match>> find(QByteArrayView json, const QVector<Path> &paths);
// The spans of every value at one path.
Result<QVector<Span>> spans(QByteArrayView json, const Path &path);

// Whether the text is one JSON value (white space around it allowed); the error says where not.
Status validate(QByteArrayView json);

// The JSON text with its insignificant white space (space, tab, CR, LF outside strings)
// removed and every other byte kept: key order, number spelling and escapes stay as written.
Result<QByteArray> minify(QByteArrayView json);
// The value at `span` of a text already checked (by find, say) as compact JSON; `compact`
// tells whether the span holds white space to remove (Match::compact).
QByteArray minified(QByteArrayView json, Span span, bool compact);

// The text of a JSON string as written, quotes included; nullopt when it is not one.
std::optional<QString> decodeString(QByteArrayView quoted);

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace rowscope::RawJson
