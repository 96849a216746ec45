#pragma once

#include "mediatype.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rowscope {

// The filter language of the filter bar and of `rowscope-cli --filter`: one line of text,
// parsed here into a tree; store/FilterSql turns the tree into SQL with bound values.
//
//   filter  := [ or ]                      empty: every row
//   or      := and { "OR" and }            OR (upper case) binds looser than AND
//   and     := unary { [ "AND" ] unary }   terms side by side are ANDed; AND may be written
//   unary   := "-" unary | "(" or ")" | term       "-" directly before a term negates it
//   term    := name op value | word
//   op      := ":" | "=" | ">" | ">=" | "<" | "<="    ("=" is the same as ":")
//
// A name, value or word is a run of characters up to a space, "(" or ")". Parts of it may
// be in double quotes, which keep spaces, parentheses, operators and "*" as they are
// (inside quotes \" is a quote and \\ a backslash). Outside quotes, \ before one of
// \ " * ( ) : = < > or a space takes that character literally; any other \ is itself.
// The first unquoted operator character ends the name; a word without one is a bare word,
// and the unquoted words OR and AND are the keywords. An unquoted "*" in a value or bare
// word is a wildcard for any run of characters. A "(" right after a word is an error (quote
// values that hold parentheses); "-" followed by a space or nothing is one too.
//
// Names (unquoted, lower case) that are built in:
//   global_key:P    the key, case-insensitively; P may hold wildcards ("street-*")
//   external_id:P   the external id, exactly; P may hold wildcards
//   media:T         the media type (IMAGE, VIDEO, ..., case-insensitive); also media_type
//   has:X           X is attachments, global_key, external_id, labels, metadata or embeddings
//   labeled:B       B is true (the row has a label) or false
//   project:N       the row has a label in the project named N (any case; wildcards) or
//                   with id N
//   created OP D    created_at; D is a date (YYYY-MM-DD) or a date and time (ISO-8601,
//   updated OP D    UTC unless an offset is given); also created_at, updated_at. With ":" a
//                   date means that whole day; with a comparison it means the day's start.
// Any other name (and any quoted name) is a metadata field, matched by its exact name when
// the filter is compiled against the workspace: enum fields by option name or id, number
// fields with all operators, datetime fields like created, string fields exactly (case
// matters) or with wildcards; name:* is any value. Built-in names other than created and
// updated, and enum and string fields, take only ":" (or "=").
// A bare word matches rows whose global key, external id or row data holds it (ASCII
// letters in any case); "*" in it stands for any run of characters.
//
// Parse errors name what was expected and the 1-based column where it went wrong:
// "Expected a value after 'split:' at column 7".
class Filter final {
    Q_DECLARE_TR_FUNCTIONS(Filter)

public:
    enum class Op { Equals, Greater, GreaterOrEqual, Less, LessOrEqual };
    enum class Subject {
        Text, // a bare word
        GlobalKey,
        ExternalId,
        Media,
        Has,
        Labeled,
        Project,
        Created,
        Updated,
        Field, // a metadata field, by name
    };
    enum class Has { Attachments, GlobalKey, ExternalId, Labels, Metadata, Embeddings };

    // A value as typed, without its quotes and escapes. `parts` is the text split at the
    // wildcards: one part when there is none, ["street-", ""] for street-*.
    struct Value {
        QString text; // every character, wildcards written as '*'
        QStringList parts;

        bool hasWildcard() const { return parts.size() > 1; }
    };

    // A span of time in ms since the epoch, UTC: [start, end). A date is its whole day; a
    // date and time is one millisecond.
    struct Time {
        qint64 start = 0;
        qint64 end = 0;
    };

    struct Term {
        Subject subject = Subject::Text;
        QString name;   // as typed, without quotes; empty for a bare word
        QString opText; // ":", "=", ">", ">=", "<", "<="; empty for a bare word
        Op op = Op::Equals;
        Value value;         // the bare word itself for Text
        int column = 0;      // where the term starts
        int opColumn = 0;    // where its operator is
        int valueColumn = 0; // where its value starts
        // Worked out while parsing, for the built-in names:
        Has has = Has::Attachments;
        bool labeled = true;
        MediaType media = MediaType::Unknown;
        Time time;

        // "split:" — the name and operator as typed, for messages.
        QString lead() const { return name + opText; }
    };

    struct Node {
        enum class Kind { Term, Not, And, Or };
        Kind kind = Kind::Term;
        int column = 0;
        Term term;                  // Term only
        std::vector<Node> children; // Not: one; And, Or: two or more
    };

    static constexpr int kMaxTerms = 256;
    static constexpr int kMaxDepth = 64;

    // The empty filter: every row.
    Filter() = default;

    // Parses one line. An error's message names the column; `errorColumn` (when given)
    // receives it too, for a filter bar that puts the cursor there.
    static Result<Filter> parse(const QString &text, int *errorColumn = nullptr);

    bool isEmpty() const { return !m_root; }
    const QString &text() const { return m_text; }
    // The tree; only when !isEmpty().
    const Node &root() const { return *m_root; }

    // The tree as an S-expression, e.g. (or (and split:train tag:night) (not "a b")).
    QString dump() const;

    // The names a filter knows without the workspace, for messages and completion.
    static QStringList builtInNames();
    // The values has: takes.
    static QStringList hasValues();
    // A date (its whole day) or a date and time (one ms), as created and updated take them.
    static std::optional<Time> parseTime(QStringView text);
    // A number as number fields take it ("0.8", "-3", "1e6"); not NaN or infinite.
    static std::optional<double> parseNumber(QStringView text);

private:
    QString m_text;
    std::shared_ptr<const Node> m_root; // shared: a Filter is copied freely and never changed
};

} // namespace rowscope
