#pragma once

#include "result.h"
#include "taskreport.h"

#include <QTemporaryFile>

#include <memory>

class QIODevice;

namespace rowscope {

// The report of a long import, collected without holding it in memory: counts stay in
// memory, and the result, error and warning entries go to temporary files in blocks of a
// megabyte. writeJson() streams the report as one document, in the shape of
// TaskReport::writeJson.
class TaskReportSpool final {
public:
    TaskReportSpool();
    ~TaskReportSpool();
    Q_DISABLE_COPY_MOVE(TaskReportSpool)

    void add(TaskReport chunk);

    qint64 created() const { return m_created; }
    qint64 updated() const { return m_updated; }
    qint64 errorCount() const { return m_errors.count; }
    qint64 warningCount() const { return m_warnings.count; }
    QString status() const { return TaskReport::status(m_created + m_updated, m_errors.count); }

    // The first errors and warnings, for display (at most kShown of each).
    const QVector<TaskItemError> &firstErrors() const { return m_firstErrors; }
    const QVector<TaskWarning> &firstWarnings() const { return m_firstWarnings; }

    Status writeJson(QIODevice *out, bool indented) const;

    // How many of the three lists went to temporary files (for tests and diagnostics).
    int spilledLists() const;

    static constexpr int kShown = 1000;

private:
    struct List {
        qint64 count = 0;
        QByteArray buffer;                    // entries as compact JSON, comma-separated
        std::unique_ptr<QTemporaryFile> file; // spilled entries
        bool full = false;                    // the file could not take more: stay in memory
    };

    static void beginEntry(List &list);
    static void endEntry(List &list);
    static Status copy(const List &list, QIODevice *out, bool indented);

    qint64 m_created = 0;
    qint64 m_updated = 0;
    List m_results;
    List m_errors;
    List m_warnings;
    QVector<TaskItemError> m_firstErrors;
    QVector<TaskWarning> m_firstWarnings;
};

} // namespace rowscope
