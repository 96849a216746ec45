#include "cuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSysInfo>

#include <atomic>

namespace rowscope::Cuid {

namespace {

constexpr int kLength = 25;
constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Writes the last `width` base-36 digits of value into out, left-padded with zeros.
void appendBase36(QChar *out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kDigits[value % 36]);
        value /= 36;
    }
}

quint64 fingerprint()
{
    static const quint64 value = [] {
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        quint64 hash = 1469598103934665603ULL; // FNV-1a
        for (const char c : host) {
            hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        hash ^= static_cast<quint64>(QCoreApplication::applicationPid()) * 2654435761ULL;
        return hash;
    }();
    return value;
}

std::atomic<quint32> s_counter{QRandomGenerator::global()->bounded(1679616U)};

} // namespace

QString generate()
{
    constexpr quint64 kFourDigits = 1679616ULL;                 // 36^4
    constexpr quint64 kEightDigits = kFourDigits * kFourDigits; // 36^8
    QString id(kLength, Qt::Uninitialized);
    QChar *out = id.data();
    out[0] = QLatin1Char('c');
    appendBase36(out + 1, static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()), 8);
    appendBase36(out + 9, s_counter.fetch_add(1, std::memory_order_relaxed) % kFourDigits, 4);
    appendBase36(out + 13, fingerprint() % kFourDigits, 4);
    appendBase36(out + 17, QRandomGenerator::global()->generate64() % kEightDigits, 8);
    return id;
}

bool isValid(QStringView id)
{
    if (id.size() != kLength || id.front() != QLatin1Char('c')) {
        return false;
    }
    for (const QChar c : id) {
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool lower = c >= QLatin1Char('a') && c <= QLatin1Char('z');
        if (!digit && !lower) {
            return false;
        }
    }
    return true;
}

} // namespace rowscope::Cuid
