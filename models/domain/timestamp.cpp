#include "timestamp.h"

#include <QDateTime>

namespace rowscope::Timestamp {

namespace {

constexpr qint64 kMsPerDay = 86400000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil {
    qint64 year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

void put(QChar *&out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(static_cast<char>('0' + value % 10));
        value /= 10;
    }
    out += width;
}

class Reader {
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool accept(char c)
    {
        if (peek() == QLatin1Char(c)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // Reads exactly n decimal digits.
    std::optional<int> digits(int n)
    {
        if (m_pos + n > m_text.size()) {
            return std::nullopt;
        }
        int value = 0;
        for (int i = 0; i < n; ++i) {
            const QChar c = m_text[m_pos + i];
            if (!c.isDigit() || c.unicode() > '9') {
                return std::nullopt;
            }
            value = value * 10 + (c.unicode() - '0');
        }
        m_pos += n;
        return value;
    }
    bool isDigitAhead() const
    {
        const QChar c = peek();
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString format(qint64 msecsSinceEpoch)
{
    qint64 days = msecsSinceEpoch / kMsPerDay;
    qint64 rest = msecsSinceEpoch % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    const Civil date = civilFromDays(days);
    QString text(29, Qt::Uninitialized);
    QChar *out = text.data();
    put(out, date.year, 4);
    *out++ = QLatin1Char('-');
    put(out, date.month, 2);
    *out++ = QLatin1Char('-');
    put(out, date.day, 2);
    *out++ = QLatin1Char('T');
    put(out, rest / 3600000, 2);
    *out++ = QLatin1Char(':');
    put(out, rest / 60000 % 60, 2);
    *out++ = QLatin1Char(':');
    put(out, rest / 1000 % 60, 2);
    *out++ = QLatin1Char('.');
    put(out, rest % 1000, 3);
    const char zone[] = "+00:00";
    for (const char c : zone) {
        if (c != '\0') {
            *out++ = QLatin1Char(c);
        }
    }
    return text;
}

std::optional<qint64> parse(QStringView text)
{
    Reader in(text.trimmed());
    const auto year = in.digits(4);
    if (!year || *year < 1 || !in.accept('-')) {
        return std::nullopt;
    }
    const auto month = in.digits(2);
    if (!month || *month < 1 || *month > 12 || !in.accept('-')) {
        return std::nullopt;
    }
    const auto day = in.digits(2);
    if (!day || *day < 1 || static_cast<unsigned>(*day) > daysInMonth(*year, *month)) {
        return std::nullopt;
    }
    qint64 msOfDay = 0;
    qint64 offsetMinutes = 0;
    if (!in.atEnd()) {
        if (!in.accept('T') && !in.accept('t') && !in.accept(' ')) {
            return std::nullopt;
        }
        const auto hour = in.digits(2);
        if (!hour || *hour > 23 || !in.accept(':')) {
            return std::nullopt;
        }
        const auto minute = in.digits(2);
        if (!minute || *minute > 59) {
            return std::nullopt;
        }
        int second = 0;
        int millis = 0;
        if (in.accept(':')) {
            const auto s = in.digits(2);
            if (!s || *s > 59) {
                return std::nullopt;
            }
            second = *s;
            if (in.accept('.') || in.accept(',')) {
                if (!in.isDigitAhead()) {
                    return std::nullopt;
                }
                int scale = 100;
                while (in.isDigitAhead()) {
                    millis += *in.digits(1) * scale;
                    scale /= 10;
                }
            }
        }
        msOfDay = ((*hour * 60LL + *minute) * 60 + second) * 1000 + millis;
        if (in.accept('Z') || in.accept('z')) {
            // UTC
        } else if (in.peek() == QLatin1Char('+') || in.peek() == QLatin1Char('-')) {
            int sign = 1;
            if (in.accept('-')) {
                sign = -1;
            } else {
                in.accept('+');
            }
            const auto oh = in.digits(2);
            if (!oh || *oh > 23) {
                return std::nullopt;
            }
            int om = 0;
            if (!in.atEnd()) {
                in.accept(':');
                const auto m = in.digits(2);
                if (!m || *m > 59) {
                    return std::nullopt;
                }
                om = *m;
            }
            offsetMinutes = sign * (*oh * 60 + om);
        }
    }
    if (!in.atEnd()) {
        return std::nullopt;
    }
    const qint64 msecs =
        daysFromCivil(*year, *month, *day) * kMsPerDay + msOfDay - offsetMinutes * 60000;
    // An offset can push a time near either end out of the years 1 to 9999 in UTC, where
    // format() cannot write it back.
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00.000Z
    constexpr qint64 kLast = 253402300799999;  // 9999-12-31T23:59:59.999Z
    if (msecs < kFirst || msecs > kLast) {
        return std::nullopt;
    }
    return msecs;
}

} // namespace rowscope::Timestamp
