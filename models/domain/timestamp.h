#pragma once

#include <QString>

#include <optional>

namespace rowscope {

// Times are milliseconds since the Unix epoch, UTC, and are written as
// YYYY-MM-DDTHH:MM:SS.mmm+00:00 (the Labelbox export format).
namespace Timestamp {

qint64 now();

QString format(qint64 msecsSinceEpoch);

// Parses ISO-8601: a date, or a date and time with optional seconds, fraction and offset
// ('Z', +HH:MM, +HHMM, +HH). No offset means UTC. Years 1 to 9999 only.
std::optional<qint64> parse(QStringView text);

} // namespace Timestamp

} // namespace rowscope
