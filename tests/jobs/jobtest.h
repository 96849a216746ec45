#pragma once

#include "../store/storetest.h"
#include "itemsource.h"
#include "jobcontrol.h"
#include "taskreportspool.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

// Helpers shared by the job tests: observing a source as a job reads it, the report of a
// spool as a document, and checks of the stored state that every bulk operation must keep.
namespace rowscope::test {

// Hands out the items of another source and calls `before(n)` before the n-th item (from 1)
// is read. Jobs read ahead on a thread of their own: `before` runs there, so it must not
// touch the test's connection.
class ObservedSource final : public ItemSource {
public:
    ObservedSource(ItemSource &inner, std::function<void(qint64)> before)
        : m_inner(inner)
        , m_before(std::move(before))
    {}

    bool next(InputItem &item) override
    {
        ++m_asked;
        if (m_before) {
            m_before(m_asked);
        }
        return m_inner.next(item);
    }
    QString fatalError() const override { return m_inner.fatalError(); }
    qint64 done() const override { return m_inner.done(); }
    qint64 total() const override { return m_inner.total(); }
    QString unit() const override { return m_inner.unit(); }
    QVector<TaskWarning> takeWarnings() override { return m_inner.takeWarnings(); }

private:
    ItemSource &m_inner;
    std::function<void(qint64)> m_before;
    qint64 m_asked = 0;
};

// The spool's document as text (compact unless asked).
inline QByteArray spoolText(const TaskReportSpool &spool, bool indented = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = spool.writeJson(&buffer, indented); !written) {
        qWarning("cannot write the spool: %s", qPrintable(written.error().message));
    }
    return buffer.data();
}

inline QJsonObject spoolJson(const TaskReportSpool &spool)
{
    return QJsonDocument::fromJson(spoolText(spool)).object();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Child rows whose data row is gone, over every table with a foreign key to data_row
// (metadata_value, attachment, label, data_row_project, data_row_embedding, and any added
// later); -1 when fewer tables than those five are found.
inline qint64 orphans(TestWorkspace &ws)
{
    QVector<QPair<QByteArray, QByteArray>> children;
    {
        sql::Query query = ws->workspace().db().prepare(
            "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
            "WHERE m.type = 'table' AND f.\"table\" = 'data_row' ORDER BY 1");
        while (query.step()) {
            children.append({query.text(0).toUtf8(), query.text(1).toUtf8()});
        }
    }
    if (children.size() < 5) {
        return -1;
    }
    qint64 total = 0;
    for (const auto &[table, column] : children) {
        // Names come from sqlite_schema, not from input; a test-only dynamic query.
        const QByteArray sql = "SELECT count(*) FROM \"" + table + "\" WHERE \"" + column +
                               "\" NOT IN (SELECT pk FROM data_row)";
        total += ws.count(sql.constData());
    }
    return total;
}

// Every foreign key holds (PRAGMA foreign_key_check finds nothing).
inline qint64 foreignKeyViolations(TestWorkspace &ws)
{
    return ws.count("SELECT count(*) FROM pragma_foreign_key_check");
}

} // namespace rowscope::test
