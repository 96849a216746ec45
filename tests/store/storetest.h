#pragma once

#include "inputitem.h"
#include "jsonwriter.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Small helpers shared by the store tests: building inputs, writing them, and reading the
// stored state back in forms that QCOMPARE can show.
namespace rowscope::test {

using namespace Qt::Literals::StringLiterals;

// A JSON value from text (any value, not only objects and arrays).
inline QJsonValue js(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        qWarning("bad JSON in a test: %s", text.constData());
        return {};
    }
    return doc.array().first();
}

inline QJsonValue js(const QString &text)
{
    return js(text.toUtf8());
}

// The items of an input as the CLI reads a file: NDJSON or a JSON array.
inline QVector<InputItem> readItems(const QByteArray &input, SpecMode mode, const QString &baseDir)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    InputReader reader(&buffer, mode, baseDir);
    QVector<InputItem> items;
    InputItem item;
    while (reader.next(item)) {
        items.append(item);
    }
    if (!reader.fatalError().isNull()) {
        qWarning("input is broken: %s", qPrintable(reader.fatalError()));
    }
    return items;
}

// Specs as NDJSON lines 1..n.
inline QVector<InputItem> lineItems(const QJsonArray &specs, SpecMode mode, const QString &baseDir)
{
    QVector<InputItem> items;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        items.append(InputItem::fromJson(specs[i], ItemPosition::line(i + 1), mode, baseDir));
    }
    return items;
}

inline Result<TaskReport> writeText(TestWorkspace &ws, const QString &datasetId,
                                    const QByteArray &input, SpecMode mode = SpecMode::Create)
{
    return ws->writer().write(datasetId, readItems(input, mode, ws.dir()), mode);
}

inline Result<TaskReport> writeSpecs(TestWorkspace &ws, const QString &datasetId,
                                     const QJsonArray &specs, SpecMode mode = SpecMode::Create)
{
    return ws->writer().write(datasetId, lineItems(specs, mode, ws.dir()), mode);
}

// Creates one row and answers its id, or a null string (with a warning) when it failed.
inline QString createRow(TestWorkspace &ws, const QString &datasetId, const QJsonValue &spec)
{
    auto report = writeSpecs(ws, datasetId, QJsonArray{spec});
    if (!report) {
        qWarning("create failed: %s", qPrintable(report.error().message));
        return {};
    }
    if (report->result.size() != 1) {
        qWarning("create failed: %s", report->errors.isEmpty()
                                          ? "no result"
                                          : qPrintable(report->errors.first().message));
        return {};
    }
    return report->result.first().id;
}

inline QString createRow(TestWorkspace &ws, const QString &datasetId, const QByteArray &spec)
{
    return createRow(ws, datasetId, js(spec));
}

inline QString newDataset(TestWorkspace &ws, const QString &name)
{
    auto dataset = ws->datasets().create(name);
    if (!dataset) {
        qWarning("cannot create dataset: %s", qPrintable(dataset.error().message));
        return {};
    }
    return dataset->id;
}

// "message @ line n" (or "@ index n") for each error, in report order.
inline QStringList errorList(const TaskReport &report)
{
    QStringList list;
    for (const TaskItemError &error : report.errors) {
        list.append(error.message + (error.position.isIndex ? u" @ index "_s : u" @ line "_s) +
                    QString::number(error.position.number));
    }
    return list;
}

inline QStringList warningList(const TaskReport &report)
{
    QStringList list;
    for (const TaskWarning &warning : report.warnings) {
        list.append(warning.message + (warning.position.isIndex ? u" @ index "_s : u" @ line "_s) +
                    QString::number(warning.position.number));
    }
    return list;
}

// Every dataset's stored row_count equals the number of its rows.
inline bool rowCountsExact(TestWorkspace &ws)
{
    return ws.count("SELECT count(*) FROM dataset d WHERE row_count != "
                    "(SELECT count(*) FROM data_row r WHERE r.dataset_pk = d.pk)") == 0;
}

// What a batch answer's writeJson produces, parsed back.
template<typename T>
QJsonObject jsonOf(const T &answer)
{
    QByteArray out;
    JsonWriter writer(&out);
    answer.writeJson(writer);
    return QJsonDocument::fromJson(out).object();
}

} // namespace rowscope::test
