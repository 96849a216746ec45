#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::test {

WorkspaceOptions TestWorkspace::testOptions()
{
    WorkspaceOptions options;
    options.user = {u"tester@example.com"_s, u"Tester"_s};
    options.busyTimeoutMs = 2000;
    return options;
}

TestWorkspace::TestWorkspace()
    : m_path(m_dir.filePath(u"test.rowscope"_s))
{
    auto catalog = Catalog::open(m_path, testOptions());
    if (catalog) {
        m_catalog = std::move(catalog).value();
    } else {
        qWarning("cannot open test workspace: %s", qPrintable(catalog.error().message));
    }
}

void TestWorkspace::reopen()
{
    m_catalog.reset();
    auto catalog = Catalog::open(m_path, testOptions());
    if (catalog) {
        m_catalog = std::move(catalog).value();
    } else {
        qWarning("cannot reopen test workspace: %s", qPrintable(catalog.error().message));
    }
}

QByteArray TestWorkspace::snapshot()
{
    sql::Connection &db = m_catalog->workspace().db();
    QByteArray dump;
    QStringList tables;
    {
        sql::Query list =
            db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (list.step()) {
            tables.append(list.text(0));
        }
    }
    for (const QString &table : tables) {
        dump += "== " + table.toUtf8() + '\n';
        // Table names come from sqlite_schema, not from input; a test-only dynamic query.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            dump += "(cannot read)\n";
            continue;
        }
        const int columns = sqlite3_column_count(stmt);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                dump += text ? QByteArray(text, sqlite3_column_bytes(stmt, c)) : "NULL";
                dump += '|';
            }
            dump += '\n';
        }
        sqlite3_finalize(stmt);
    }
    return dump;
}

qint64 TestWorkspace::count(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(m_catalog->workspace().db().handle(), sql, -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return value;
}

QString fixturePath(const QString &name)
{
    QString dir = qEnvironmentVariable("ROWSCOPE_FIXTURES");
    if (dir.isEmpty()) {
        dir = QStringLiteral(ROWSCOPE_TEST_DATA);
    }
    return QDir(dir).filePath(name);
}

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace rowscope::test
