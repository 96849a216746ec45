#pragma once

#include "jsonwriter.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

namespace rowscope {

// Where an input item came from: a 1-based NDJSON line or a 0-based JSON array index.
struct ItemPosition {
    qint64 number = 0;
    bool isIndex = false;

    static ItemPosition line(qint64 number) { return {number, false}; }
    static ItemPosition index(qint64 number) { return {number, true}; }
};

struct TaskItemError {
    QString message;
    ItemPosition position;
    QJsonValue failedDataRow; // the item as given (a malformed line: its text)
};

struct TaskWarning {
    QString message;
    ItemPosition position;
};

struct CreatedRow {
    QString id;
    QString globalKey;
    QString externalId;
    QString rowData;
};

// The answer to a create, upsert or import: what went in, what failed and why.
struct TaskReport {
    qint64 created = 0;
    qint64 updated = 0;
    QVector<CreatedRow> result;
    QVector<TaskItemError> errors;
    QVector<TaskWarning> warnings;

    // "COMPLETE" unless items failed and none succeeded ("FAILED").
    QString status() const;
    static QString status(qint64 succeeded, qint64 failed);
    void merge(TaskReport other);
    void writeJson(JsonWriter &out) const;

    // One entry of each list, for writers that stream long reports.
    static void writeResult(JsonWriter &out, const CreatedRow &row);
    static void writeError(JsonWriter &out, const TaskItemError &error);
    static void writeWarning(JsonWriter &out, const TaskWarning &warning);
};

} // namespace rowscope
