#pragma once

#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rowscope {

// Who is working: the created_by of what they make.
struct UserIdentity {
    QString email;
    QString name;

    // The OS login name as <login>@localhost.
    static UserIdentity fromEnvironment();
};

struct WorkspaceOptions {
    int busyTimeoutMs = 10000;
    bool readOnly = false;
    // A connection of a bulk job (import, delete): it lets the write-ahead log grow to
    // about 40 MB before copying it back, instead of 4 MB, so that a run of large
    // transactions is not slowed by a checkpoint (and its fsync) after nearly every one.
    bool bulk = false;
    UserIdentity user = UserIdentity::fromEnvironment();
};

// One open workspace file on one thread: the connection, its schema version, and the
// current user. Every thread that touches a workspace opens its own Workspace.
class Workspace final {
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   const WorkspaceOptions &options = {});
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // workspace.rowscope in the platform's application data folder
    // (~/.local/share/rowscope/ on Linux).
    static QString defaultPath();

    sql::Connection &db() { return *m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    const UserIdentity &currentUser() const { return m_options.user; }

    // Fails with a clear message when the workspace cannot be written.
    Status checkWritable() const;

    // Runs `body` (returning a Result or a Status) as one write transaction: refused on a
    // read-only workspace, BEGIN IMMEDIATE so that a busy workspace waits at the start,
    // rolled back when the body fails and committed when it succeeds.
    template<typename Body>
    auto write(Body &&body) -> decltype(body())
    {
        if (Status writable = checkWritable(); !writable) {
            return writable.error();
        }
        sql::Transaction transaction(*m_db);
        if (!transaction.begun()) {
            return transaction.begun().error();
        }
        auto result = body();
        if (!result.ok()) {
            return result;
        }
        if (Status committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return result;
    }

    // The current user's key, recording the user on first use (call inside a write).
    Result<qint64> currentUserPk();
    // A user's key by email, recording a user met in imported data.
    Result<qint64> userPk(const QString &email);

    QString organizationId();
    QString organizationName();

private:
    Workspace(std::unique_ptr<sql::Connection> db, QString path, WorkspaceOptions options);

    std::unique_ptr<sql::Connection> m_db;
    QString m_path;
    WorkspaceOptions m_options;
};

} // namespace rowscope
