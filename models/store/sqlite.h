#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace rowscope::sql {

// A value to bind: NULL, an integer, a real or text.
using Value = std::variant<std::monostate, qint64, double, QString>;

// A prepared statement. Text is bound and read as UTF-8; a null QString binds NULL.
class Statement final {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt, Error prepareError);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 number);
    Statement &bind(int index, int number) { return bind(index, static_cast<qint64>(number)); }
    Statement &bind(int index, double number);
    Statement &bindBlob(int index, const QByteArray &blob);
    Statement &bindUtf8(int index, const QByteArray &text);
    Statement &bindNull(int index);
    Statement &bindValue(int index, const Value &value);

    // Advances to the next row: true when a row is ready, false when done or failed.
    bool step();
    // Runs to completion (for statements that return no rows).
    Status exec();
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    // The column as whatever it holds: NULL, integer, real or text.
    Value value(int column) const;

    // Back to the start, bindings cleared; cached statements are reset before each use.
    void reset();

    // Whether a Query is using the statement (a cache must not drop it then).
    bool inUse() const { return m_inUse; }
    void setInUse(bool inUse) { m_inUse = inUse; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    bool m_failed = false;
    bool m_inUse = false;
    Error m_error;
};

// A use of a cached statement: resets it (ending its read) when it goes out of scope, so
// that no finished query keeps a read snapshot open on the connection.
class Query final {
public:
    explicit Query(Statement &statement)
        : m_statement(&statement)
    {
        m_statement->setInUse(true);
    }
    ~Query()
    {
        m_statement->reset();
        m_statement->setInUse(false);
    }
    Q_DISABLE_COPY_MOVE(Query)

    Query &bind(int index, const QString &text)
    {
        m_statement->bind(index, text);
        return *this;
    }
    Query &bind(int index, qint64 number)
    {
        m_statement->bind(index, number);
        return *this;
    }
    Query &bind(int index, int number)
    {
        m_statement->bind(index, number);
        return *this;
    }
    Query &bind(int index, double number)
    {
        m_statement->bind(index, number);
        return *this;
    }
    Query &bindBlob(int index, const QByteArray &blob)
    {
        m_statement->bindBlob(index, blob);
        return *this;
    }
    // Text already in UTF-8 (a JSON list built for json_each, say).
    Query &bindUtf8(int index, const QByteArray &text)
    {
        m_statement->bindUtf8(index, text);
        return *this;
    }
    Query &bindNull(int index)
    {
        m_statement->bindNull(index);
        return *this;
    }
    Query &bindValue(int index, const Value &value)
    {
        m_statement->bindValue(index, value);
        return *this;
    }
    bool step() { return m_statement->step(); }
    Status exec() { return m_statement->exec(); }
    bool failed() const { return m_statement->failed(); }
    const Error &error() const { return m_statement->error(); }
    QString text(int column) const { return m_statement->text(column); }
    qint64 int64(int column) const { return m_statement->int64(column); }
    double real(int column) const { return m_statement->real(column); }
    QByteArray blob(int column) const { return m_statement->blob(column); }
    bool isNull(int column) const { return m_statement->isNull(column); }
    Value value(int column) const { return m_statement->value(column); }
    // Ready for another run with new bindings.
    void reset() { m_statement->reset(); }

private:
    Statement *m_statement;
};

// One connection to one workspace file, owned by one thread. Prepared statements are cached
// (the set of statements is fixed, so the cache is bounded by the code).
class Connection final {
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Connection>> open(const QString &path, OpenMode mode,
                                                    int busyTimeoutMs);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    // The cached statement for `sql` (a string literal), ready to bind. Do not hold two
    // Querys of the same statement at once.
    Query prepare(const char *sql);
    // The same for SQL composed at run time from fixed fragments only (a sort column, a
    // filter's shape); values are never part of the text: bind them. Cached by its text,
    // the kComposedCache most recently used.
    Query prepareComposed(const QByteArray &sql);
    static constexpr size_t kComposedCache = 64;
    // Runs one or more statements that return nothing (DDL, pragmas).
    Status execute(const char *sql);
    // A single integer from a query (PRAGMA user_version and the like).
    Result<qint64> queryInt(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // The Error for SQLite's last failure on this connection, in words a user can act on.
    Error lastError() const;
    static Error errorFor(int code, const QString &detail);

private:
    Connection(sqlite3 *db, QString path, bool readOnly);

    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
    // Most recently used first; the map points into the list.
    using Composed = std::pair<std::string, std::unique_ptr<Statement>>;
    std::list<Composed> m_composed;
    std::unordered_map<std::string, std::list<Composed>::iterator> m_composedIndex;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless committed. Writers take the write lock up
// front so that a busy workspace waits at BEGIN (busy timeout) instead of failing mid-way.
class Transaction final {
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Connection &m_connection;
    Status m_begun;
    bool m_open = false;
};

// SAVEPOINT ... RELEASE inside a transaction, rolled back unless released: one item's
// writes that must go in whole or not at all.
class Savepoint final {
public:
    explicit Savepoint(Connection &connection);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    Status release();

private:
    Connection &m_connection;
    bool m_open = false;
};

} // namespace rowscope::sql
