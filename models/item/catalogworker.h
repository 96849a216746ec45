#pragma once

#include "catalog.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace rowscope {

// A thread with its own connection to a workspace, for models and editors that must never
// run SQL on the GUI thread. Tasks run one after another, in the order posted, with the
// worker's Catalog; each answer is delivered on the thread of a context object (normally the
// GUI thread), and dropped if that object is gone. The connection is opened on the worker
// thread at the first task and closed there when the worker ends.
class CatalogWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogWorker)

public:
    CatalogWorker(QString workspacePath, WorkspaceOptions options, QObject *parent = nullptr);
    ~CatalogWorker() override;

    const QString &workspacePath() const { return m_path; }

    // Runs task(Catalog *) on the worker thread (the catalog is null when the workspace
    // cannot be opened; openError() says why), then done(result) on context's thread.
    template<typename Task, typename Done>
    void post(QObject *context, Task task, Done done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_inner,
            [this, guard, task = std::move(task), done = std::move(done)]() mutable {
                auto result = task(catalog());
                if (guard) {
                    // Back to the context's thread; skipped if it was destroyed meanwhile.
                    QMetaObject::invokeMethod(
                        guard.data(),
                        [done = std::move(done), result = std::move(result)]() mutable {
                            done(std::move(result));
                        },
                        Qt::QueuedConnection);
                }
            },
            Qt::QueuedConnection); // crosses to the worker thread
    }

    // Runs task(Catalog *) on the worker thread, with no answer.
    template<typename Task>
    void run(Task task)
    {
        QMetaObject::invokeMethod(
            m_inner, [this, task = std::move(task)]() mutable { task(catalog()); },
            Qt::QueuedConnection); // crosses to the worker thread
    }

    // Why the workspace could not be opened (read on the worker thread, inside a task).
    Error openError() const { return m_openError; }

private:
    Catalog *catalog(); // on the worker thread only

    QString m_path;
    WorkspaceOptions m_options;
    QThread m_thread;
    QObject *m_inner; // lives on m_thread; tasks are queued to it
    std::unique_ptr<Catalog> m_catalog;
    bool m_openTried = false;
    Error m_openError;
};

} // namespace rowscope
