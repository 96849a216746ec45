#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rowscope::test {

// A fresh workspace file in a temporary folder, opened as a Catalog, for one test.
class TestWorkspace final {
public:
    TestWorkspace();
    Q_DISABLE_COPY_MOVE(TestWorkspace)

    bool isValid() const { return m_catalog != nullptr; }
    Catalog &catalog() { return *m_catalog; }
    Catalog *operator->() { return m_catalog.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Every row of every table, as text: compare two snapshots to prove that a failed
    // operation changed nothing.
    QByteArray snapshot();
    // A single number from SQL, for assertions about the stored state.
    qint64 count(const char *sql);

    // Closes and reopens the workspace file (to check what was really stored).
    void reopen();

    static WorkspaceOptions testOptions();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Catalog> m_catalog;
};

// Reads a file of tests/data (the example files of the spec, and our own).
QByteArray fixture(const QString &name);
QString fixturePath(const QString &name);

} // namespace rowscope::test
