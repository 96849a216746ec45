#pragma once

#include <QJsonValue>
#include <QString>

namespace rowscope::JsonText {

// A JSON value as a user would quote it in a message: strings as they are, everything else
// as compact JSON ("null", "5", "[1,2]").
QString shown(const QJsonValue &value);

} // namespace rowscope::JsonText
