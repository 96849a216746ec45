#include "rawjson.h"

#include <QtAlgorithms>

#include <array>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::RawJson {

Step Step::named(QByteArray utf8Name)
{
    Step step;
    step.kind = Kind::Key;
    step.key = std::move(utf8Name);
    return step;
}

Step Step::anyKey()
{
    Step step;
    step.kind = Kind::AnyKey;
    return step;
}

Step Step::at(qsizetype index)
{
    Step step;
    step.kind = Kind::Index;
    step.index = index;
    return step;
}

Step Step::anyIndex()
{
    Step step;
    step.kind = Kind::AnyIndex;
    return step;
}

namespace {

// Bytes that end a run of plain string content: the quote, the backslash, control characters.
constexpr std::array<bool, 256> kStringStop = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) {
        table[c] = true;
    }
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

// Whether none of 8 bytes ends a run of plain string content (no false answers either way:
// the classic "has a zero byte" test, for the quote, the backslash and bytes below 0x20).
bool plainWord(quint64 word)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const quint64 quote = word ^ (kOnes * '"');
    const quint64 backslash = word ^ (kOnes * '\\');
    const quint64 found = ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) |
                          ((word - kOnes * 0x20) & ~word);
    return (found & kHighs) == 0;
}

// Moves p past plain string content, 8 bytes at a time while it can.
const char *skipPlain(const char *p, const char *end)
{
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (!plainWord(word)) {
            break;
        }
        p += 8;
    }
    while (p < end && !kStringStop[static_cast<uchar>(*p)]) {
        ++p;
    }
    return p;
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c)) {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

// One pass over a JSON text: checks the grammar and records the values at the paths.
class Scanner {
public:
    Scanner(QByteArrayView text, const QVector<Path> &paths, QVector<Match> *matches)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_paths(paths)
        , m_matches(matches)
    {}

    Status run();

private:
    struct Frame {
        quint64 childPaths = 0; // paths that go on below this container
        quint64 valuePaths = 0; // paths that reached the current child
        qsizetype index = -1;   // the current child's index
        Span key;               // the current child's key, quoted
        bool isObject = false;
    };
    struct OpenMatch {
        qsizetype match;
        qsizetype depth;
        qint64 spaces;
    };

    Error error(const char *what) const
    {
        return Error::invalid(
            u"Invalid JSON: %1 at byte %2"_s.arg(QLatin1StringView(what)).arg(m_p - m_begin));
    }
    qsizetype offset() const { return m_p - m_begin; }

    void skipSpace()
    {
        const char *start = m_p;
        while (m_p < m_end && isSpace(*m_p)) {
            ++m_p;
        }
        m_spaces += m_p - start;
    }

    bool scanString(bool *escaped);
    bool scanNumber();
    bool scanLiteral(const char *word, qsizetype size);

    void beginValue(quint64 reached);
    void endValue();
    quint64 pathsBelow(quint64 reached, bool isObject) const;
    quint64 pathsForKey(const Frame &frame, bool escaped) const;
    quint64 pathsForIndex(const Frame &frame) const;

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const QVector<Path> &m_paths;
    QVector<Match> *m_matches;
    QVarLengthArray<Frame, 16> m_frames;
    QVarLengthArray<OpenMatch, 8> m_open;
    qint64 m_spaces = 0; // white space bytes skipped so far outside strings
    const char *m_failure = nullptr;
};

// At a '"': moves past the closing quote. Sets *escaped when the string holds escapes.
bool Scanner::scanString(bool *escaped)
{
    ++m_p;
    while (true) {
        m_p = skipPlain(m_p, m_end);
        if (m_p >= m_end) {
            m_failure = "unterminated string";
            return false;
        }
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c != '\\') {
            m_failure = "control character in a string";
            return false;
        }
        *escaped = true;
        if (m_end - m_p < 2) {
            m_failure = "unterminated string";
            return false;
        }
        switch (m_p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_p += 2;
            break;
        case 'u':
            if (m_end - m_p < 6 || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]) ||
                !isHex(m_p[5])) {
                m_failure = "bad \\u escape";
                return false;
            }
            m_p += 6;
            break;
        default:
            m_failure = "bad escape in a string";
            return false;
        }
    }
}

bool Scanner::scanNumber()
{
    if (*m_p == '-') {
        ++m_p;
    }
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (m_p < m_end && isDigit(*m_p)) {
        while (m_p < m_end && isDigit(*m_p)) {
            ++m_p;
        }
    } else {
        m_failure = "bad number";
        return false;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p)) {
            m_failure = "bad number";
            return false;
        }
        while (m_p < m_end && isDigit(*m_p)) {
            ++m_p;
        }
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
            ++m_p;
        }
        if (m_p >= m_end || !isDigit(*m_p)) {
            m_failure = "bad number";
            return false;
        }
        while (m_p < m_end && isDigit(*m_p)) {
            ++m_p;
        }
    }
    return true;
}

bool Scanner::scanLiteral(const char *word, qsizetype size)
{
    if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0) {
        m_failure = "unexpected character";
        return false;
    }
    m_p += size;
    return true;
}

// Paths among `reached` that go on below a container of this kind at the current depth.
quint64 Scanner::pathsBelow(quint64 reached, bool isObject) const
{
    const auto depth = m_frames.size();
    quint64 below = 0;
    for (quint64 bits = reached; bits != 0; bits &= bits - 1) {
        const int i = qCountTrailingZeroBits(bits);
        const Path &path = m_paths[i];
        if (path.size() <= depth) {
            continue;
        }
        const Step::Kind kind = path[depth].kind;
        const bool keyStep = kind == Step::Kind::Key || kind == Step::Kind::AnyKey;
        if (keyStep == isObject) {
            below |= quint64(1) << i;
        }
    }
    return below;
}

quint64 Scanner::pathsForKey(const Frame &frame, bool escaped) const
{
    const qsizetype step = m_frames.size() - 1;
    const QByteArrayView raw(m_begin + frame.key.begin + 1, frame.key.size() - 2);
    std::optional<QString> decoded;
    quint64 reached = 0;
    for (quint64 bits = frame.childPaths; bits != 0; bits &= bits - 1) {
        const int i = qCountTrailingZeroBits(bits);
        const Step &s = m_paths[i][step];
        bool match = s.kind == Step::Kind::AnyKey;
        if (!match && !escaped) {
            match = sameBytes(raw, s.key);
        } else if (!match) {
            if (!decoded) {
                decoded = decodeString(frame.key.in(QByteArrayView(m_begin, m_end - m_begin)));
            }
            match = decoded && *decoded == QString::fromUtf8(s.key);
        }
        if (match) {
            reached |= quint64(1) << i;
        }
    }
    return reached;
}

quint64 Scanner::pathsForIndex(const Frame &frame) const
{
    const qsizetype step = m_frames.size() - 1;
    quint64 reached = 0;
    for (quint64 bits = frame.childPaths; bits != 0; bits &= bits - 1) {
        const int i = qCountTrailingZeroBits(bits);
        const Step &s = m_paths[i][step];
        if (s.kind == Step::Kind::AnyIndex || s.index == frame.index) {
            reached |= quint64(1) << i;
        }
    }
    return reached;
}

// At the first byte of a value that the paths in `reached` have reached: records the matches.
void Scanner::beginValue(quint64 reached)
{
    const auto depth = m_frames.size();
    for (quint64 bits = reached; bits != 0; bits &= bits - 1) {
        const int i = qCountTrailingZeroBits(bits);
        const Path &path = m_paths[i];
        if (path.size() != depth) {
            continue;
        }
        Match match;
        match.path = i;
        match.value.begin = offset();
        for (qsizetype k = 0; k < depth; ++k) {
            if (path[k].kind == Step::Kind::AnyKey) {
                match.keys.append(m_frames[k].key);
            } else if (path[k].kind == Step::Kind::AnyIndex) {
                match.indices.append(m_frames[k].index);
            }
        }
        m_open.append({m_matches->size(), depth, m_spaces});
        m_matches->append(std::move(match));
    }
}

// Just past the last byte of a value: closes its matches.
void Scanner::endValue()
{
    const auto depth = m_frames.size();
    while (!m_open.isEmpty() && m_open.back().depth == depth) {
        Match &match = (*m_matches)[m_open.back().match];
        match.value.end = offset();
        match.compact = m_spaces == m_open.back().spaces;
        m_open.removeLast();
    }
}

Status Scanner::run()
{
    skipSpace();
    if (m_p >= m_end) {
        m_failure = "no value";
        return error(m_failure);
    }
    quint64 reached = m_paths.isEmpty() ? 0 : (~quint64(0) >> (64 - m_paths.size()));
    while (true) {
        // A value starts here.
        if (m_p >= m_end) {
            return error("unexpected end");
        }
        if (reached != 0) {
            beginValue(reached);
        }
        bool closed = true; // the value ended (a scalar, an empty container)
        switch (*m_p) {
        case '{':
        case '[': {
            Frame frame;
            frame.isObject = *m_p == '{';
            frame.childPaths = reached != 0 ? pathsBelow(reached, frame.isObject) : 0;
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == (frame.isObject ? '}' : ']')) {
                ++m_p;
                break;
            }
            m_frames.append(frame);
            closed = false;
            break;
        }
        case '"': {
            bool escaped = false;
            if (!scanString(&escaped)) {
                return error(m_failure);
            }
            break;
        }
        case 't':
            if (!scanLiteral("true", 4)) {
                return error(m_failure);
            }
            break;
        case 'f':
            if (!scanLiteral("false", 5)) {
                return error(m_failure);
            }
            break;
        case 'n':
            if (!scanLiteral("null", 4)) {
                return error(m_failure);
            }
            break;
        default:
            if (*m_p != '-' && !isDigit(*m_p)) {
                return error("unexpected character");
            }
            if (!scanNumber()) {
                return error(m_failure);
            }
        }
        if (closed) {
            endValue();
        }
        // After a value (closed) or at the first member of a container just opened.
        bool first = !closed;
        while (true) {
            if (m_frames.isEmpty()) {
                skipSpace();
                if (m_p != m_end) {
                    return error("text after the value");
                }
                return {};
            }
            Frame &frame = m_frames.back();
            if (!first) {
                skipSpace();
                if (m_p >= m_end) {
                    return error("unexpected end");
                }
                if (*m_p == (frame.isObject ? '}' : ']')) {
                    ++m_p;
                    m_frames.removeLast();
                    endValue();
                    continue;
                }
                if (*m_p != ',') {
                    return error(frame.isObject ? "expected ',' or '}'" : "expected ',' or ']'");
                }
                ++m_p;
                skipSpace();
            }
            first = false;
            ++frame.index;
            if (frame.isObject) {
                if (m_p >= m_end || *m_p != '"') {
                    return error("expected a key");
                }
                frame.key.begin = offset();
                bool escaped = false;
                if (!scanString(&escaped)) {
                    return error(m_failure);
                }
                frame.key.end = offset();
                skipSpace();
                if (m_p >= m_end || *m_p != ':') {
                    return error("expected ':'");
                }
                ++m_p;
                skipSpace();
                reached = frame.childPaths != 0 ? pathsForKey(frame, escaped) : 0;
            } else {
                reached = frame.childPaths != 0 ? pathsForIndex(frame) : 0;
            }
            break; // to the member's value
        }
    }
}

} // namespace

Result<QVector<Match>> find(QByteArrayView json, const QVector<Path> &paths)
{
    if (paths.size() > kMaxPaths) {
        return Error::internal(u"RawJson::find takes at most %1 paths"_s.arg(kMaxPaths));
    }
    QVector<Match> matches;
    if (!paths.isEmpty()) {
        matches.reserve(16);
    }
    Scanner scanner(json, paths, &matches);
    if (Status done = scanner.run(); !done) {
        return done.error();
    }
    return matches;
}

Result<QVector<Span>> spans(QByteArrayView json, const Path &path)
{
    auto matches = find(json, {path});
    if (!matches) {
        return matches.error();
    }
    QVector<Span> result;
    result.reserve(matches->size());
    for (const Match &match : *matches) {
        result.append(match.value);
    }
    return result;
}

Status validate(QByteArrayView json)
{
    static const QVector<Path> kNoPaths;
    QVector<Match> none;
    return Scanner(json, kNoPaths, &none).run();
}

QByteArray minified(QByteArrayView json, Span span, bool compact)
{
    const QByteArrayView text = span.in(json);
    if (compact) {
        return text.toByteArray();
    }
    QByteArray out(text.size(), Qt::Uninitialized);
    char *w = out.data();
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            // Copy the string whole: its spaces are significant.
            const char *start = p++;
            while (p < end && *p != '"') {
                p += *p == '\\' && p + 1 < end ? 2 : 1;
            }
            p = qMin(p + 1, end);
            std::memcpy(w, start, size_t(p - start));
            w += p - start;
        } else {
            if (!isSpace(c)) {
                *w++ = c;
            }
            ++p;
        }
    }
    out.truncate(w - out.data());
    return out;
}

Result<QByteArray> minify(QByteArrayView json)
{
    if (Status valid = validate(json); !valid) {
        return valid.error();
    }
    qsizetype begin = 0;
    qsizetype end = json.size();
    while (isSpace(json[begin])) {
        ++begin;
    }
    while (isSpace(json[end - 1])) {
        --end;
    }
    return minified(json, {begin, end}, false);
}

std::optional<QString> decodeString(QByteArrayView quoted)
{
    if (quoted.size() < 2 || quoted.front() != '"' || quoted.back() != '"') {
        return std::nullopt;
    }
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    QString text;
    text.reserve(inner.size());
    const char *p = inner.data();
    const char *const end = p + inner.size();
    while (p < end) {
        const char *run = p;
        while (p < end && !kStringStop[static_cast<uchar>(*p)]) {
            ++p;
        }
        if (p > run) {
            text.append(QString::fromUtf8(run, p - run));
        }
        if (p >= end) {
            break;
        }
        if (*p != '\\' || end - p < 2) {
            return std::nullopt; // a bare quote or control character, a lone backslash
        }
        const char escape = p[1];
        p += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            text.append(QLatin1Char(escape));
            break;
        case 'b':
            text.append(u'\b');
            break;
        case 'f':
            text.append(u'\f');
            break;
        case 'n':
            text.append(u'\n');
            break;
        case 'r':
            text.append(u'\r');
            break;
        case 't':
            text.append(u'\t');
            break;
        case 'u': {
            if (end - p < 4 || !isHex(p[0]) || !isHex(p[1]) || !isHex(p[2]) || !isHex(p[3])) {
                return std::nullopt;
            }
            const auto unit = char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8) |
                                       (hexValue(p[2]) << 4) | hexValue(p[3]));
            text.append(QChar(unit)); // surrogate pairs come as two escapes, one unit each
            p += 4;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return text;
}

} // namespace rowscope::RawJson
