#include "globalkey.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope::GlobalKey {

namespace {

bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
        return true;
    }
    switch (u) {
    case ' ':
    case '!':
    case '_':
    case '.':
    case '*':
    case '\'':
    case '(':
    case ')':
    case '&':
    case '$':
    case '@':
    case '=':
    case ';':
    case '/':
    case ':':
    case '+':
    case ',':
    case '?':
    case '-':
        return true;
    default:
        return false;
    }
}

QString describeCharacter(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace()) {
        return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
    }
    return u"'"_s + c + u"'"_s;
}

} // namespace

std::optional<QString> invalidReason(QStringView key)
{
    if (key.isEmpty()) {
        return u"empty"_s;
    }
    if (key.size() > kMaxLength) {
        return u"too long: %1 characters, at most %2"_s.arg(key.size()).arg(kMaxLength);
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!isAllowed(key[i])) {
            return u"not allowed character %1 at position %2"_s.arg(describeCharacter(key[i]))
                .arg(i + 1);
        }
    }
    if (key.front() == QLatin1Char(' ')) {
        return u"spaces: leading space"_s;
    }
    if (key.back() == QLatin1Char(' ')) {
        return u"spaces: trailing space"_s;
    }
    if (key.contains(u"  "_s)) {
        return u"spaces: two spaces in a row"_s;
    }
    return std::nullopt;
}

QString invalidMessage(const QString &key, const QString &reason)
{
    return u"Invalid global key: '"_s + key + u"' ("_s + reason + u")"_s;
}

std::optional<QString> validate(const QString &key)
{
    if (const auto reason = invalidReason(key)) {
        return invalidMessage(key, *reason);
    }
    return std::nullopt;
}

QString duplicateMessage(const QString &key)
{
    return u"Duplicate global key: '"_s + key + u"'"_s;
}

QString folded(const QString &key)
{
    return key.toLower();
}

} // namespace rowscope::GlobalKey
