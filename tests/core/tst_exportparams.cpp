#include "exportparams.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestExportParams final : public QObject {
    Q_OBJECT

private slots:
    void defaultsOff();
    void names();
    void all();
    void parse_data();
    void parse();
    void unknownName_data();
    void unknownName();
};

void TestExportParams::defaultsOff()
{
    const ExportParams params;
    QVERIFY(params.enabledNames().isEmpty());
    QVERIFY(!params.attachments);
    QVERIFY(!params.embeddings);
}

void TestExportParams::names()
{
    QCOMPARE(ExportParams::names(),
             (QStringList{u"attachments"_s, u"metadata_fields"_s, u"data_row_details"_s,
                          u"project_details"_s, u"label_details"_s, u"performance_details"_s,
                          u"interpolated_frames"_s, u"embeddings"_s}));
}

void TestExportParams::all()
{
    const ExportParams params = ExportParams::all();
    QCOMPARE(params.enabledNames(), ExportParams::names());
    QVERIFY(params.attachments && params.metadataFields && params.dataRowDetails &&
            params.projectDetails && params.labelDetails && params.performanceDetails &&
            params.interpolatedFrames && params.embeddings);
}

void TestExportParams::parse_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("enabled");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << u"attachments"_s << QStringList{u"attachments"_s};
    QTest::newRow("two, in the canonical order")
        << u"embeddings,metadata_fields"_s << QStringList{u"metadata_fields"_s, u"embeddings"_s};
    QTest::newRow("spaces and empty parts")
        << u" label_details , ,performance_details,"_s
        << QStringList{u"label_details"_s, u"performance_details"_s};
    QTest::newRow("repeated") << u"attachments,attachments"_s << QStringList{u"attachments"_s};
    QTest::newRow("all") << u"all"_s << ExportParams::names();
    QTest::newRow("all with another") << u"attachments,all"_s << ExportParams::names();
    for (const QString &name : ExportParams::names()) {
        QTest::addRow("%s", qPrintable(name)) << name << QStringList{name};
    }
}

void TestExportParams::parse()
{
    QFETCH(QString, list);
    QFETCH(QStringList, enabled);
    const auto params = ExportParams::parse(list);
    QVERIFY2(params, qPrintable(params.error().message));
    QCOMPARE(params->enabledNames(), enabled);
}

void TestExportParams::unknownName_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("culprit");
    QTest::newRow("unknown") << u"attachments,colour"_s << u"colour"_s;
    QTest::newRow("camelCase") << u"metadataFields"_s << u"metadataFields"_s;
    QTest::newRow("upper-case") << u"ALL"_s << u"ALL"_s;
    QTest::newRow("singular") << u"attachment"_s << u"attachment"_s;
}

void TestExportParams::unknownName()
{
    QFETCH(QString, list);
    QFETCH(QString, culprit);
    const auto params = ExportParams::parse(list);
    QVERIFY(!params);
    QCOMPARE(params.error().code, ErrorCode::InvalidInput);
    QVERIFY2(params.error().message.contains(u"'"_s + culprit + u"'"_s),
             qPrintable(params.error().message));
}

QTEST_GUILESS_MAIN(TestExportParams)
#include "tst_exportparams.moc"
