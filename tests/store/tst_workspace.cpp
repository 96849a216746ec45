#include "schema.h"
#include "storetest.h"
#include "testworkspace.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

class TestWorkspaceFile final : public QObject {
    Q_OBJECT

private slots:
    void freshWorkspaceHasReservedFields();
    void settingsOfTheConnection();
    void migratesAnOlderFile();
    void refusesANewerFile();
    void refusesAFileThatIsNotADatabase();
    void refusesAForeignDatabase();
    void opensAReadOnlyFileReadOnly();
    void everyWriteIsRefusedReadOnly();
};

void TestWorkspaceFile::freshWorkspaceHasReservedFields()
{
    TestWorkspace ws;
    QVERIFY(ws.isValid());
    auto schemas = ws->metadata().schemas();
    QVERIFY(schemas);
    QCOMPARE(schemas->size(), 4);
    QCOMPARE(schemas->at(0).id, u"cko8s9r5v0001h2dk9elqdidh"_s);
    QCOMPARE(schemas->at(0).name, u"tag"_s);
    QCOMPARE(schemas->at(1).name, u"split"_s);
    QCOMPARE(schemas->at(1).options.size(), 3);
    QCOMPARE(schemas->at(1).options.at(0).id, u"cko8sbscr0003h2dk04w86hof"_s);
    QCOMPARE(schemas->at(1).options.at(2).name, u"test"_s);
    QCOMPARE(schemas->at(2).id, u"cko8sdzv70006h2dk8jg64zvb"_s);
    QCOMPARE(schemas->at(3).id, u"cko8sekw10007h2dkb5c2r9mn"_s);
    for (const MetadataSchema &schema : *schemas) {
        QVERIFY(schema.reserved);
    }
    QCOMPARE(ws.count("PRAGMA user_version"), qint64(Schema::latestVersion()));
    QCOMPARE(ws.count("PRAGMA application_id"), qint64(Schema::kApplicationId));
    QVERIFY(!ws->workspace().organizationId().isEmpty());
}

void TestWorkspaceFile::settingsOfTheConnection()
{
    TestWorkspace ws;
    QCOMPARE(ws.count("PRAGMA foreign_keys"), qint64(1));
    sql::Query mode = ws->workspace().db().prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), u"wal"_s);
}

void TestWorkspaceFile::migratesAnOlderFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.rowscope"_s);
    {
        // A workspace as the first version of Rowscope left it: catalog tables only.
        auto db = sql::Connection::open(path, sql::Connection::OpenMode::ReadWrite, 1000);
        QVERIFY(db);
        QVERIFY(Schema::migrate(**db, 1));
        QVERIFY((*db)->execute(
            "INSERT INTO user (id, email, name, created_at) VALUES ('cuser', 'old@example.com', "
            "'Old', 1); "
            "INSERT INTO dataset (id, name, created_at, updated_at, created_by, row_count) "
            "VALUES ('cdataset', 'Kept', 1, 1, 1, 1); "
            "INSERT INTO data_row (id, dataset_pk, global_key, row_data, media_type, created_at, "
            "updated_at, last_activity_at, created_by) VALUES ('crow', 1, 'kept-key', "
            "'https://example.com/a.jpg', 'IMAGE', 1, 1, 1, 1);"));
        QCOMPARE(*(*db)->queryInt("PRAGMA user_version"), qint64(1));
    }
    auto catalog = Catalog::open(path, TestWorkspace::testOptions());
    QVERIFY2(catalog, qPrintable(catalog.error().message));
    auto row = (*catalog)->rows().getByGlobalKey(u"KEPT-KEY"_s);
    QVERIFY(row);
    QCOMPARE(row->id, u"crow"_s);
    QCOMPARE((*catalog)->datasets().get(u"cdataset"_s)->rowCount, qint64(1));
    QCOMPARE((*catalog)->metadata().schemas()->size(), 4);
    QVERIFY((*catalog)->labels().createProject(u"After migration"_s));
}

void TestWorkspaceFile::refusesANewerFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.rowscope"_s);
    {
        auto catalog = Catalog::open(path, TestWorkspace::testOptions());
        QVERIFY(catalog);
        QVERIFY((*catalog)->workspace().db().execute("PRAGMA user_version = 99"));
    }
    auto catalog = Catalog::open(path, TestWorkspace::testOptions());
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::NewerVersion);
    QVERIFY2(catalog.error().message.contains(u"newer Rowscope"_s),
             qPrintable(catalog.error().message));
}

void TestWorkspaceFile::refusesAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto catalog = Catalog::open(path, TestWorkspace::testOptions());
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::NotAWorkspace);
    QVERIFY2(catalog.error().message.contains(u"not a Rowscope workspace"_s),
             qPrintable(catalog.error().message));
    QCOMPARE(QFile(path).size(), qint64(8192)); // untouched
}

void TestWorkspaceFile::refusesAForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        auto db = sql::Connection::open(path, sql::Connection::OpenMode::ReadWrite, 1000);
        QVERIFY(db);
        QVERIFY((*db)->execute("CREATE TABLE notes (text TEXT)"));
    }
    auto catalog = Catalog::open(path, TestWorkspace::testOptions());
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, ErrorCode::NotAWorkspace);
}

void TestWorkspaceFile::opensAReadOnlyFileReadOnly()
{
    TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Frozen"_s));
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.readOnly = true;
    auto readOnly = Catalog::open(ws.path(), options);
    QVERIFY2(readOnly, qPrintable(readOnly.error().message));
    QVERIFY((*readOnly)->workspace().isReadOnly());
    QCOMPARE((*readOnly)->datasets().list()->size(), 1);
    auto refused = (*readOnly)->datasets().create(u"Nope"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    QCOMPARE(ws->datasets().list()->size(), 1);
}

void TestWorkspaceFile::everyWriteIsRefusedReadOnly()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Frozen"_s);
    const QString row = test::createRow(
        ws, dataset,
        QByteArray(
            R"({"row_data": "x", "global_key": "frozen", "attachments": [{"type": "RAW_TEXT", "value": "n"}]})"));
    QVERIFY(!row.isEmpty());
    auto project = ws->labels().createProject(u"P"_s);
    QVERIFY(project);
    auto label = ws->labels().addLabel(row, {project->id, {}, 1});
    QVERIFY(label);
    auto field = ws->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s});
    QVERIFY(field);
    const QString attachment = ws->attachments().list(row)->first().id;
    const QByteArray before = ws.snapshot();

    WorkspaceOptions options = TestWorkspace::testOptions();
    options.readOnly = true;
    auto opened = Catalog::open(ws.path(), options);
    QVERIFY2(opened, qPrintable(opened.error().message));
    Catalog &frozen = **opened;
    QVector<ErrorCode> codes;
    codes << frozen.datasets().create(u"New"_s).error().code
          << frozen.datasets().rename(dataset, u"New"_s).error().code
          << frozen.datasets().describe(dataset, u"New"_s).error().code
          << frozen.datasets().remove(dataset).error().code;
    DataRowUpdate change;
    change.externalId = u"e"_s;
    codes << frozen.rows().update(row, change).error().code
          << frozen.rows().remove(row).error().code;
    const QVector<InputItem> items =
        test::readItems(R"({"row_data": "y"})", SpecMode::Create, ws.dir());
    codes << frozen.writer().write(dataset, items, SpecMode::Create).error().code;
    codes << frozen.keys().assign({{row, u"other"_s}}).error().code
          << frozen.keys().clear({u"frozen"_s}).error().code;
    codes << frozen.metadata().createSchema(u"x"_s, MetadataKind::String).error().code
          << frozen.metadata().renameSchema(field->id, u"y"_s).error().code
          << frozen.metadata().addOption(field->id, u"rain"_s).error().code
          << frozen.metadata().deleteSchema(field->id).error().code
          << frozen.metadata().setRowMetadata(row, {{QString(), u"tag"_s, u"t"_s}}).error().code
          << frozen.metadata().clearRowMetadata(row, {u"tag"_s}).error().code;
    AttachmentUpdate attachmentChange;
    attachmentChange.value = u"m"_s;
    codes << frozen.attachments().add(row, u"RAW_TEXT"_s, u"v"_s).error().code
          << frozen.attachments().update(attachment, attachmentChange).error().code
          << frozen.attachments().remove(attachment).error().code;
    codes << frozen.labels().createProject(u"Q"_s).error().code
          << frozen.labels().addLabel(row, {project->id, {}, 1}).error().code
          << frozen.labels().setWinningLabel(row, project->id, label->id).error().code;
    QCOMPARE(codes, QVector<ErrorCode>(codes.size(), ErrorCode::ReadOnly));
    // Reads still work.
    QCOMPARE(frozen.rows().getByGlobalKey(u"FROZEN"_s)->id, row);
    QCOMPARE(ws.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspace.moc"
