#include "sqlite.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "rowscope.store")

namespace rowscope::sql {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, Error prepareError)
    : m_db(db)
    , m_stmt(stmt)
    , m_failed(stmt == nullptr)
    , m_error(std::move(prepareError))
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 number)
{
    sqlite3_bind_int64(m_stmt, index, number);
    return *this;
}

Statement &Statement::bind(int index, double number)
{
    sqlite3_bind_double(m_stmt, index, number);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindValue(int index, const Value &value)
{
    if (const auto *number = std::get_if<qint64>(&value)) {
        return bind(index, *number);
    }
    if (const auto *real = std::get_if<double>(&value)) {
        return bind(index, *real);
    }
    if (const auto *text = std::get_if<QString>(&value)) {
        return bind(index, *text);
    }
    return bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = Connection::errorFor(sqlite3_extended_errcode(m_db),
                                       QString::fromUtf8(sqlite3_errmsg(m_db)));
        qCWarning(lcStore) << "statement failed:" << sqlite3_sql(m_stmt) << m_error.message;
    }
    return false;
}

Status Statement::exec()
{
    while (step()) {
    }
    if (m_failed) {
        return m_error;
    }
    return {};
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Value Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return Value();
    default:
        return text(column);
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_failed = false;
        m_error = {};
    }
}

Connection::Connection(sqlite3 *db, QString path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

Connection::~Connection()
{
    m_cache.clear(); // finalize statements before closing
    m_composedIndex.clear();
    m_composed.clear();
    sqlite3_close(m_db);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, OpenMode mode,
                                                     int busyTimeoutMs)
{
    sqlite3 *db = nullptr;
    const bool readOnly = mode == OpenMode::ReadOnly;
    // NOMUTEX: a connection belongs to one thread (one connection per thread, by design).
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = errorFor(rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    return std::unique_ptr<Connection>(new Connection(db, path, readOnly));
}

Query Connection::prepare(const char *sql)
{
    auto found = m_cache.find(sql);
    if (found != m_cache.end()) {
        return Query(*found->second);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    Error error;
    if (rc != SQLITE_OK) {
        error = lastError();
        qCWarning(lcStore) << "prepare failed:" << sql << error.message;
    }
    auto statement = std::make_unique<Statement>(m_db, stmt, error);
    Statement &ref = *statement;
    // A statement that failed to prepare is cached too: it is a bug, and it keeps failing.
    m_cache.emplace(sql, std::move(statement));
    return Query(ref);
}

Query Connection::prepareComposed(const QByteArray &sql)
{
    std::string key(sql.constData(), static_cast<size_t>(sql.size()));
    auto found = m_composedIndex.find(key);
    if (found != m_composedIndex.end()) {
        m_composed.splice(m_composed.begin(), m_composed, found->second);
        return Query(*m_composed.front().second);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    Error error;
    if (rc != SQLITE_OK) {
        error = lastError();
        qCWarning(lcStore) << "prepare failed:" << sql << error.message;
    }
    m_composed.emplace_front(key, std::make_unique<Statement>(m_db, stmt, error));
    m_composedIndex.emplace(std::move(key), m_composed.begin());
    // Drop the least recently used statements that nobody is using.
    for (auto it = std::prev(m_composed.end());
         m_composed.size() > kComposedCache && it != m_composed.begin();) {
        auto victim = it--;
        if (!victim->second->inUse()) {
            m_composedIndex.erase(victim->first);
            m_composed.erase(victim);
        }
    }
    return Query(*m_composed.front().second);
}

Status Connection::execute(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFor(sqlite3_extended_errcode(m_db), detail);
    }
    return {};
}

Result<qint64> Connection::queryInt(const char *sql)
{
    Query query = prepare(sql);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"No result"_s);
    }
    return query.int64(0);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Error Connection::lastError() const
{
    return errorFor(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Error Connection::errorFor(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                QCoreApplication::translate(
                    "rowscope::sql::Connection",
                    "The workspace is busy: another program kept it locked too long. Try again.")};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly,
                QCoreApplication::translate("rowscope::sql::Connection",
                                            "The workspace is read-only; nothing was changed.")};
    case SQLITE_FULL:
        return {ErrorCode::Io, QCoreApplication::translate(
                                   "rowscope::sql::Connection",
                                   "The disk is full; nothing was changed. Free some space "
                                   "and try again.")};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::NotAWorkspace,
                QCoreApplication::translate("rowscope::sql::Connection",
                                            "The file is not a workspace or is damaged (%1).")
                    .arg(detail)};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
        return {ErrorCode::Io,
                QCoreApplication::translate("rowscope::sql::Connection",
                                            "The workspace file cannot be read or written (%1).")
                    .arg(detail)};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Conflict, detail};
    case SQLITE_INTERRUPT:
        return {ErrorCode::Cancelled,
                QCoreApplication::translate("rowscope::sql::Connection", "Cancelled.")};
    default:
        return {ErrorCode::Internal, u"SQLite error %1: %2"_s.arg(code).arg(detail)};
    }
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
    , m_begun(connection.execute("BEGIN IMMEDIATE"))
    , m_open(m_begun.ok())
{}

Transaction::~Transaction()
{
    if (m_open) {
        const Status rolledBack = m_connection.execute("ROLLBACK");
        if (!rolledBack) {
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().message;
        }
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return m_begun.ok() ? Error::internal(u"Transaction committed twice"_s) : m_begun.error();
    }
    Status committed = m_connection.execute("COMMIT");
    if (committed) {
        m_open = false;
    }
    return committed;
}

Savepoint::Savepoint(Connection &connection)
    : m_connection(connection)
    , m_open(connection.execute("SAVEPOINT item").ok())
{}

Savepoint::~Savepoint()
{
    if (m_open) {
        const Status rolledBack = m_connection.execute("ROLLBACK TO item; RELEASE item");
        if (!rolledBack) {
            qCWarning(lcStore) << "rollback to savepoint failed:" << rolledBack.error().message;
        }
    }
}

Status Savepoint::release()
{
    Status released = m_connection.execute("RELEASE item");
    if (released) {
        m_open = false;
    }
    return released;
}

} // namespace rowscope::sql
