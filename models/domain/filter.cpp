#include "filter.h"

#include "timestamp.h"

#include <QLocale>
#include <QVector>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

constexpr qint64 kMsPerDay = 86400000;

bool isOperatorChar(QChar c)
{
    return c == u':' || c == u'=' || c == u'<' || c == u'>';
}

// Characters that a backslash outside quotes takes literally.
bool isEscapable(QChar c)
{
    return c == u'\\' || c == u'"' || c == u'*' || c == u'(' || c == u')' || c == u' ' ||
           isOperatorChar(c);
}

struct Token {
    enum class Kind { Word, Open, Close, Not, Or, And, End };
    Kind kind = Kind::End;
    int column = 0;
    Filter::Term term; // Word
    bool quotedName = false;
};

// A value being read: its text and its parts between wildcards.
struct Accumulator {
    Filter::Value value{QString(), QStringList{QString()}};
    bool quoted = false;  // some of it was in quotes
    bool escaped = false; // some of it was escaped

    void append(QChar c)
    {
        value.text.append(c);
        value.parts.last().append(c);
    }
    void wildcard()
    {
        value.text.append(u'*');
        value.parts.append(QString());
    }
    bool isEmpty() const { return value.text.isEmpty(); }
};

class Parser {
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    Result<std::shared_ptr<const Filter::Node>> run()
    {
        if (Status lexed = lex(); !lexed) {
            return lexed.error();
        }
        if (peek().kind == Token::Kind::End) {
            return std::shared_ptr<const Filter::Node>();
        }
        auto root = parseOr(0);
        if (!root) {
            return root.error();
        }
        if (peek().kind == Token::Kind::Close) {
            return fail(peek().column,
                        QCoreApplication::translate("Filter", "Unexpected ')' at column %1")
                            .arg(peek().column));
        }
        return std::make_shared<const Filter::Node>(std::move(*root));
    }

    int errorColumn() const { return m_errorColumn; }

private:
    Error fail(int column, const QString &message)
    {
        m_errorColumn = column;
        return Error::invalid(message);
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    Token take() { return m_tokens[m_pos++]; }
    bool startsTerm() const
    {
        const Token::Kind kind = peek().kind;
        return kind == Token::Kind::Word || kind == Token::Kind::Open || kind == Token::Kind::Not;
    }

    Status lex()
    {
        const int size = static_cast<int>(m_text.size());
        int i = 0;
        while (true) {
            while (i < size && m_text[i].isSpace()) {
                ++i;
            }
            if (i >= size) {
                Token end;
                end.column = size + 1;
                m_tokens.append(end);
                return {};
            }
            const QChar c = m_text[i];
            Token token;
            token.column = i + 1;
            if (c == u'(' || c == u')') {
                token.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
                m_tokens.append(token);
                ++i;
                continue;
            }
            if (c == u'-') {
                if (i + 1 >= size || m_text[i + 1].isSpace()) {
                    return fail(i + 2, QCoreApplication::translate(
                                           "Filter", "Expected a term after '-' at column %1")
                                           .arg(i + 2));
                }
                token.kind = Token::Kind::Not;
                m_tokens.append(token);
                ++i;
                continue;
            }
            auto end = lexWord(i, token);
            if (!end) {
                return end.error();
            }
            m_tokens.append(token);
            i = *end;
            if (i < size && m_text[i] == u'(') {
                return fail(i + 1, QCoreApplication::translate(
                                       "Filter", "Unexpected '(' at column %1; put values that "
                                                 "hold parentheses in quotes")
                                       .arg(i + 1));
            }
        }
    }

    // Reads a name, operator and value, or a bare word, from `start`; answers where it ends.
    Result<int> lexWord(int start, Token &token)
    {
        const int size = static_cast<int>(m_text.size());
        Filter::Term &term = token.term;
        term.column = start + 1;
        Accumulator current;
        bool inValue = false;
        int i = start;
        while (i < size) {
            const QChar c = m_text[i];
            if (c.isSpace() || c == u'(' || c == u')') {
                break;
            }
            if (c == u'"') {
                const int open = i++;
                bool closed = false;
                while (i < size) {
                    const QChar q = m_text[i];
                    if (q == u'\\' && i + 1 < size &&
                        (m_text[i + 1] == u'"' || m_text[i + 1] == u'\\')) {
                        current.append(m_text[i + 1]);
                        i += 2;
                        continue;
                    }
                    ++i;
                    if (q == u'"') {
                        closed = true;
                        break;
                    }
                    current.append(q);
                }
                if (!closed) {
                    return fail(open + 1,
                                QCoreApplication::translate(
                                    "Filter", "Missing the closing quote for the quote at column "
                                              "%1")
                                    .arg(open + 1));
                }
                current.quoted = true;
                continue;
            }
            if (c == u'\\' && i + 1 < size && isEscapable(m_text[i + 1])) {
                current.append(m_text[i + 1]);
                current.escaped = true;
                i += 2;
                continue;
            }
            if (!inValue && isOperatorChar(c)) {
                if (current.isEmpty() && !current.quoted) {
                    return fail(i + 1, QCoreApplication::translate(
                                           "Filter", "Expected a field name before '%1' at "
                                                     "column %2")
                                           .arg(QString(c), QString::number(i + 1)));
                }
                term.name = current.value.text; // a name has no wildcards
                token.quotedName = current.quoted;
                term.opColumn = i + 1;
                const bool twoChars =
                    (c == u'<' || c == u'>') && i + 1 < size && m_text[i + 1] == u'=';
                term.opText = m_text.mid(i, twoChars ? 2 : 1);
                if (c == u'>') {
                    term.op = twoChars ? Filter::Op::GreaterOrEqual : Filter::Op::Greater;
                } else if (c == u'<') {
                    term.op = twoChars ? Filter::Op::LessOrEqual : Filter::Op::Less;
                } else {
                    term.op = Filter::Op::Equals;
                }
                i += twoChars ? 2 : 1;
                term.valueColumn = i + 1;
                inValue = true;
                current = Accumulator();
                continue;
            }
            if (c == u'*') {
                current.wildcard();
            } else {
                current.append(c);
            }
            ++i;
        }
        if (inValue) {
            if (current.isEmpty() && !current.quoted) {
                return fail(term.valueColumn,
                            QCoreApplication::translate("Filter",
                                                        "Expected a value after '%1' at column %2")
                                .arg(m_text.mid(start, term.valueColumn - 1 - start),
                                     QString::number(term.valueColumn)));
            }
            term.subject = Filter::Subject::Field; // until resolve() finds a built-in name
            term.value = current.value;
            token.kind = Token::Kind::Word;
            return i;
        }
        if (!current.quoted && !current.escaped &&
            (current.value.text == u"OR"_s || current.value.text == u"AND"_s)) {
            token.kind = current.value.text == u"OR"_s ? Token::Kind::Or : Token::Kind::And;
            return i;
        }
        if (current.isEmpty()) {
            return fail(start + 1, QCoreApplication::translate(
                                       "Filter", "Expected a word between the quotes at column "
                                                 "%1")
                                       .arg(start + 1));
        }
        term.subject = Filter::Subject::Text;
        term.value = current.value;
        term.valueColumn = term.column;
        token.kind = Token::Kind::Word;
        return i;
    }

    Result<Filter::Node> parseOr(int depth)
    {
        auto first = parseAnd(depth);
        if (!first) {
            return first;
        }
        if (peek().kind != Token::Kind::Or) {
            return first;
        }
        Filter::Node node;
        node.kind = Filter::Node::Kind::Or;
        node.column = first->column;
        node.children.push_back(std::move(*first));
        while (peek().kind == Token::Kind::Or) {
            take();
            if (!startsTerm()) {
                return fail(peek().column, QCoreApplication::translate(
                                               "Filter", "Expected a term after 'OR' at column "
                                                         "%1")
                                               .arg(peek().column));
            }
            auto next = parseAnd(depth);
            if (!next) {
                return next;
            }
            node.children.push_back(std::move(*next));
        }
        return node;
    }

    Result<Filter::Node> parseAnd(int depth)
    {
        auto first = parseUnary(depth);
        if (!first) {
            return first;
        }
        std::vector<Filter::Node> children;
        children.push_back(std::move(*first));
        while (true) {
            if (peek().kind == Token::Kind::And) {
                take();
                if (!startsTerm()) {
                    return fail(peek().column,
                                QCoreApplication::translate(
                                    "Filter", "Expected a term after 'AND' at column %1")
                                    .arg(peek().column));
                }
            } else if (!startsTerm()) {
                break;
            }
            auto next = parseUnary(depth);
            if (!next) {
                return next;
            }
            children.push_back(std::move(*next));
        }
        if (children.size() == 1) {
            return std::move(children.front());
        }
        Filter::Node node;
        node.kind = Filter::Node::Kind::And;
        node.column = children.front().column;
        node.children = std::move(children);
        return node;
    }

    Result<Filter::Node> parseUnary(int depth)
    {
        const Token &token = peek();
        if (depth > Filter::kMaxDepth) {
            return fail(token.column, QCoreApplication::translate(
                                          "Filter", "A filter nests parentheses and '-' at "
                                                    "most %1 deep; too deep at column %2")
                                          .arg(Filter::kMaxDepth)
                                          .arg(token.column));
        }
        switch (token.kind) {
        case Token::Kind::Not: {
            const int column = take().column;
            if (!startsTerm()) {
                return fail(peek().column, QCoreApplication::translate(
                                               "Filter", "Expected a term after '-' at column "
                                                         "%1")
                                               .arg(peek().column));
            }
            auto child = parseUnary(depth + 1);
            if (!child) {
                return child;
            }
            Filter::Node node;
            node.kind = Filter::Node::Kind::Not;
            node.column = column;
            node.children.push_back(std::move(*child));
            return node;
        }
        case Token::Kind::Open: {
            const int column = take().column;
            if (peek().kind == Token::Kind::Close) {
                return fail(peek().column, QCoreApplication::translate(
                                               "Filter", "Expected a term after '(' at column "
                                                         "%1")
                                               .arg(peek().column));
            }
            if (peek().kind == Token::Kind::End) {
                return fail(column, QCoreApplication::translate(
                                        "Filter", "Missing ')' for the '(' at column %1")
                                        .arg(column));
            }
            auto inner = parseOr(depth + 1);
            if (!inner) {
                return inner;
            }
            if (peek().kind != Token::Kind::Close) {
                return fail(column, QCoreApplication::translate(
                                        "Filter", "Missing ')' for the '(' at column %1")
                                        .arg(column));
            }
            take();
            return inner;
        }
        case Token::Kind::Word: {
            if (++m_terms > Filter::kMaxTerms) {
                return fail(token.column, QCoreApplication::translate(
                                              "Filter", "A filter holds at most %1 terms; one too "
                                                        "many at column %2")
                                              .arg(Filter::kMaxTerms)
                                              .arg(token.column));
            }
            Token word = take();
            if (Status resolved = resolve(word); !resolved) {
                return resolved.error();
            }
            Filter::Node node;
            node.kind = Filter::Node::Kind::Term;
            node.column = word.column;
            node.term = std::move(word.term);
            return node;
        }
        case Token::Kind::Close:
            return fail(token.column,
                        QCoreApplication::translate("Filter", "Unexpected ')' at column %1")
                            .arg(token.column));
        case Token::Kind::Or:
            return fail(token.column, QCoreApplication::translate(
                                          "Filter", "Expected a term before 'OR' at column %1")
                                          .arg(token.column));
        case Token::Kind::And:
            return fail(token.column, QCoreApplication::translate(
                                          "Filter", "Expected a term before 'AND' at column %1")
                                          .arg(token.column));
        case Token::Kind::End:
            break;
        }
        return fail(token.column,
                    QCoreApplication::translate("Filter", "Expected a term at column %1")
                        .arg(token.column));
    }

    // Works out what a built-in name means; other names are metadata fields, for the
    // compiler to find in the workspace.
    Status resolve(Token &token)
    {
        Filter::Term &term = token.term;
        if (term.subject == Filter::Subject::Text) {
            return {};
        }
        term.subject = Filter::Subject::Field;
        if (token.quotedName) {
            return {}; // a quoted name is always a metadata field, even "created"
        }
        const QString &name = term.name;
        const QString &value = term.value.text;
        if (name == u"global_key"_s || name == u"external_id"_s) {
            term.subject =
                name == u"global_key"_s ? Filter::Subject::GlobalKey : Filter::Subject::ExternalId;
            return requireEquals(term);
        }
        if (name == u"media"_s || name == u"media_type"_s) {
            term.subject = Filter::Subject::Media;
            if (Status equals = requireEquals(term); !equals) {
                return equals;
            }
            const auto media = term.value.hasWildcard() ? std::nullopt : MediaTypes::parse(value);
            if (!media) {
                QStringList names;
                for (const MediaType type : MediaTypes::all()) {
                    names.append(MediaTypes::name(type));
                }
                return fail(
                    term.valueColumn,
                    QCoreApplication::translate("Filter",
                                                "Unknown media type '%1' at column %3; the media "
                                                "types are %2")
                        .arg(value, names.join(u", "_s), QString::number(term.valueColumn)));
            }
            term.media = *media;
            return {};
        }
        if (name == u"has"_s) {
            term.subject = Filter::Subject::Has;
            if (Status equals = requireEquals(term); !equals) {
                return equals;
            }
            static const Filter::Has kHas[] = {Filter::Has::Attachments, Filter::Has::GlobalKey,
                                               Filter::Has::ExternalId,  Filter::Has::Labels,
                                               Filter::Has::Metadata,    Filter::Has::Embeddings};
            const QStringList names = Filter::hasValues();
            const qsizetype found = term.value.hasWildcard() ? -1 : names.indexOf(value.toLower());
            if (found < 0) {
                return fail(
                    term.valueColumn,
                    QCoreApplication::translate("Filter",
                                                "Unknown value '%1' after 'has:' at column %3; "
                                                "expected %2")
                        .arg(value, names.join(u", "_s), QString::number(term.valueColumn)));
            }
            term.has = kHas[found];
            return {};
        }
        if (name == u"labeled"_s) {
            term.subject = Filter::Subject::Labeled;
            if (Status equals = requireEquals(term); !equals) {
                return equals;
            }
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
                term.labeled = true;
            } else if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
                term.labeled = false;
            } else {
                return fail(term.valueColumn,
                            QCoreApplication::translate(
                                "Filter", "Expected true or false after '%1' at column %2")
                                .arg(term.lead(), QString::number(term.valueColumn)));
            }
            return {};
        }
        if (name == u"project"_s) {
            term.subject = Filter::Subject::Project;
            return requireEquals(term);
        }
        if (name == u"created"_s || name == u"created_at"_s || name == u"updated"_s ||
            name == u"updated_at"_s) {
            term.subject =
                name.startsWith(u"created"_s) ? Filter::Subject::Created : Filter::Subject::Updated;
            const auto time = term.value.hasWildcard() ? std::nullopt : Filter::parseTime(value);
            if (!time) {
                return fail(term.valueColumn,
                            QCoreApplication::translate(
                                "Filter", "Expected a date (YYYY-MM-DD) or a date and time "
                                          "(YYYY-MM-DDTHH:MM:SS) after '%1' at column %2")
                                .arg(term.lead(), QString::number(term.valueColumn)));
            }
            term.time = *time;
            return {};
        }
        return {};
    }

    Status requireEquals(const Filter::Term &term)
    {
        if (term.op == Filter::Op::Equals) {
            return {};
        }
        return fail(
            term.opColumn,
            QCoreApplication::translate("Filter", "Expected ':' after '%1' at column %3, not '%2'")
                .arg(term.name, term.opText, QString::number(term.opColumn)));
    }

    const QString &m_text;
    QVector<Token> m_tokens;
    int m_pos = 0;
    int m_errorColumn = 0;
    int m_terms = 0;
};

QString quotedIfNeeded(const QString &text)
{
    bool plain = !text.isEmpty();
    for (const QChar c : text) {
        if (c.isSpace() || c == u'(' || c == u')' || c == u'"' || c == u'\\') {
            plain = false;
        }
    }
    if (plain) {
        return text;
    }
    QString quoted = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            quoted.append(u'\\');
        }
        quoted.append(c);
    }
    return quoted + u'"';
}

void dumpNode(const Filter::Node &node, QString &out)
{
    switch (node.kind) {
    case Filter::Node::Kind::Term:
        if (node.term.subject != Filter::Subject::Text) {
            out += quotedIfNeeded(node.term.name) + node.term.opText;
        }
        out += quotedIfNeeded(node.term.value.text);
        return;
    case Filter::Node::Kind::Not:
        out += u"(not "_s;
        break;
    case Filter::Node::Kind::And:
        out += u"(and "_s;
        break;
    case Filter::Node::Kind::Or:
        out += u"(or "_s;
        break;
    }
    for (size_t i = 0; i < node.children.size(); ++i) {
        if (i > 0) {
            out += u' ';
        }
        dumpNode(node.children[i], out);
    }
    out += u')';
}

} // namespace

Result<Filter> Filter::parse(const QString &text, int *errorColumn)
{
    Parser parser(text);
    auto root = parser.run();
    if (errorColumn) {
        *errorColumn = root ? 0 : parser.errorColumn();
    }
    if (!root) {
        return root.error();
    }
    Filter filter;
    filter.m_text = text;
    filter.m_root = std::move(*root);
    return filter;
}

QString Filter::dump() const
{
    QString out;
    if (m_root) {
        dumpNode(*m_root, out);
    }
    return out;
}

QStringList Filter::builtInNames()
{
    return {u"global_key"_s, u"external_id"_s, u"media"_s,   u"has"_s,
            u"labeled"_s,    u"project"_s,     u"created"_s, u"updated"_s};
}

QStringList Filter::hasValues()
{
    return {u"attachments"_s, u"global_key"_s, u"external_id"_s,
            u"labels"_s,      u"metadata"_s,   u"embeddings"_s};
}

std::optional<Filter::Time> Filter::parseTime(QStringView text)
{
    const auto start = Timestamp::parse(text);
    if (!start) {
        return std::nullopt;
    }
    const bool dateOnly = text.trimmed().size() == 10; // YYYY-MM-DD
    return Time{*start, *start + (dateOnly ? kMsPerDay : 1)};
}

std::optional<double> Filter::parseNumber(QStringView text)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double number = c.toDouble(text, &ok);
    if (!ok || !std::isfinite(number)) {
        return std::nullopt;
    }
    return number;
}

} // namespace rowscope
