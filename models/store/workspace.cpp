#include "workspace.h"

#include "cuid.h"
#include "schema.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

UserIdentity UserIdentity::fromEnvironment()
{
    QString login;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        login = qEnvironmentVariable(variable);
        if (!login.isEmpty()) {
            break;
        }
    }
    if (login.isEmpty()) {
        login = u"user"_s;
    }
    return {login + u"@localhost"_s, login};
}

Workspace::Workspace(std::unique_ptr<sql::Connection> db, QString path, WorkspaceOptions options)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_options(std::move(options))
{}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"rowscope/workspace.rowscope"_s);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path,
                                                   const WorkspaceOptions &options)
{
    if (path.trimmed().isEmpty()) {
        return Error::invalid(tr("No workspace file was given."));
    }
    const QFileInfo info(path);
    bool readOnly = options.readOnly;
    if (info.exists()) {
        if (info.isDir()) {
            return Error{ErrorCode::NotAWorkspace,
                         tr("'%1' is a folder, not a workspace file.").arg(path)};
        }
        if (!info.isReadable()) {
            return Error{ErrorCode::Io, tr("'%1' cannot be read: permission denied.").arg(path)};
        }
        readOnly = readOnly || !info.isWritable();
    } else {
        if (readOnly) {
            return Error::notFound(tr("The workspace '%1' does not exist.").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{ErrorCode::Io,
                         tr("The folder '%1' cannot be created.").arg(info.absolutePath())};
        }
    }

    auto connection = sql::Connection::open(
        path, readOnly ? sql::Connection::OpenMode::ReadOnly : sql::Connection::OpenMode::ReadWrite,
        options.busyTimeoutMs);
    if (!connection) {
        return connection.error();
    }
    sql::Connection &db = **connection;
    // The first read tells a database from any other file.
    if (const auto probe = db.queryInt("SELECT count(*) FROM sqlite_schema"); !probe) {
        if (probe.error().code == ErrorCode::NotAWorkspace) {
            return Error{ErrorCode::NotAWorkspace,
                         tr("'%1' is not a Rowscope workspace (it is not a database file, or "
                            "it is damaged).")
                             .arg(path)};
        }
        return probe.error();
    }
    const char *pragmas = readOnly ? "PRAGMA foreign_keys = ON; PRAGMA query_only = ON;"
                                   : "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
                                     "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
                                     "PRAGMA cache_size = -16000;";
    if (Status set = db.execute(pragmas); !set) {
        return set.error();
    }
    if (options.bulk && !readOnly) {
        if (Status set = db.execute("PRAGMA wal_autocheckpoint = 10000"); !set) {
            return set.error();
        }
    }
    if (Status migrated = Schema::migrate(db); !migrated) {
        return migrated.error();
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(connection).value(), path, options));
}

Status Workspace::checkWritable() const
{
    if (isReadOnly()) {
        return Error{ErrorCode::ReadOnly,
                     tr("The workspace '%1' is open read-only; nothing was changed.").arg(m_path)};
    }
    return {};
}

Result<qint64> Workspace::currentUserPk()
{
    return userPk(m_options.user.email);
}

Result<qint64> Workspace::userPk(const QString &email)
{
    // Not cached: a savepoint or transaction rolled back could leave a cached key dangling,
    // and the indexed lookup costs about a microsecond.
    const QString key = email.isEmpty() ? m_options.user.email : email;
    sql::Query find = m_db->prepare("SELECT pk FROM user WHERE email = ?1");
    find.bind(1, key);
    if (find.step()) {
        return find.int64(0);
    }
    if (find.failed()) {
        return find.error();
    }
    sql::Query insert =
        m_db->prepare("INSERT INTO user (id, email, name, created_at) VALUES (?1, ?2, ?3, ?4)");
    const QString name =
        key == m_options.user.email ? m_options.user.name : key.section(u'@', 0, 0);
    insert.bind(1, Cuid::generate()).bind(2, key).bind(3, name).bind(4, Timestamp::now());
    if (Status done = insert.exec(); !done) {
        return done.error();
    }
    return m_db->lastInsertRowId();
}

QString Workspace::organizationId()
{
    sql::Query query = m_db->prepare("SELECT id FROM organization ORDER BY pk LIMIT 1");
    return query.step() ? query.text(0) : QString();
}

QString Workspace::organizationName()
{
    sql::Query query = m_db->prepare("SELECT name FROM organization ORDER BY pk LIMIT 1");
    return query.step() ? query.text(0) : QString();
}

} // namespace rowscope
