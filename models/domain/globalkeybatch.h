#pragma once

#include "jsonwriter.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace rowscope {

// The answers of the batch global-key operations (assign, look up, clear), with the
// Labelbox statuses and messages.
enum class BatchStatus { Success, PartialSuccess, Failure };

namespace GlobalKeyBatch {
inline constexpr char kInvalidAssignment[] =
    "Invalid assignment. Either DataRow does not exist, or globalKey is invalid";
inline constexpr char kNotFound[] = "Data Row not found";
inline constexpr char kClearFailed[] = "Failed to find data row matching provided global key";

// SUCCESS without errors, PARTIAL SUCCESS with errors and results, else FAILURE.
BatchStatus status(qsizetype results, qsizetype errors);
QString statusName(BatchStatus status); // "SUCCESS", "PARTIAL SUCCESS", "FAILURE"
} // namespace GlobalKeyBatch

struct GlobalKeyAssignment {
    QString dataRowId;
    QString globalKey;
};

struct AssignmentError {
    QString dataRowId;
    QString globalKey;
    QString error;
};

struct AssignKeysResult {
    QVector<GlobalKeyAssignment> results;
    QVector<AssignmentError> errors;

    BatchStatus status() const { return GlobalKeyBatch::status(results.size(), errors.size()); }
    void writeJson(JsonWriter &out) const;
};

struct KeyError {
    QString globalKey;
    QString error;
};

struct LookupKeysResult {
    QStringList ids; // in input order, "" where missing
    QVector<KeyError> errors;

    qsizetype found() const { return ids.size() - errors.size(); }
    BatchStatus status() const { return GlobalKeyBatch::status(found(), errors.size()); }
    void writeJson(JsonWriter &out) const;
};

struct ClearKeysResult {
    QStringList cleared; // as stored
    QVector<KeyError> errors;

    BatchStatus status() const { return GlobalKeyBatch::status(cleared.size(), errors.size()); }
    void writeJson(JsonWriter &out) const;
};

} // namespace rowscope
