#pragma once

#include <QString>

#include <optional>

namespace rowscope {

namespace GlobalKey {

constexpr int kMaxLength = 200;

// Why a key is invalid ("too long: 201 characters, at most 200"), or nothing if it is valid.
std::optional<QString> invalidReason(QStringView key);

// "Invalid global key: '<key>' (<reason>)"
QString invalidMessage(const QString &key, const QString &reason);

// The key's validation message, or nothing if it is valid.
std::optional<QString> validate(const QString &key);

// "Duplicate global key: '<key>'"
QString duplicateMessage(const QString &key);

// Keys compare case-insensitively (they are ASCII by rule); this is the form to compare.
QString folded(const QString &key);

} // namespace GlobalKey

} // namespace rowscope
