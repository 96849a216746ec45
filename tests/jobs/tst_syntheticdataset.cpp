#include "importjob.h"
#include "jobtest.h"
#include "syntheticdataset.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

// SyntheticDataset: made-up rows for demos and benchmarks that are the same for the same seed
// and valid for the workspace.
class TestSyntheticDataset final : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameRows();
    void rowDataDependsOnTheSeedAlone();
    void specsAreValidAndRealistic();
    void exportLinesCarryLabels();
};

namespace {

struct Camera {
    QString id;
    QStringList optionIds;
};

Camera cameraField(TestWorkspace &ws)
{
    Camera camera;
    auto schema = ws->metadata().createSchema(
        SyntheticDataset::cameraFieldName(), MetadataKind::Enum, SyntheticDataset::cameraOptions());
    if (!schema) {
        qWarning("no camera field: %s", qPrintable(schema.error().message));
        return camera;
    }
    camera.id = schema->id;
    for (const QString &option : SyntheticDataset::cameraOptions()) {
        camera.optionIds.append(schema->optionByName(option)->id);
    }
    return camera;
}

} // namespace

void TestSyntheticDataset::sameSeedSameRows()
{
    const SyntheticDataset first(42, u"demo"_s);
    const SyntheticDataset second(42, u"demo"_s);
    const SyntheticDataset other(43, u"demo"_s);
    int differ = 0;
    for (qint64 i = 0; i < 300; ++i) {
        QCOMPARE(first.spec(i), second.spec(i));
        QCOMPARE(first.specLine(i), second.specLine(i));
        QVERIFY(!first.specLine(i).contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(first.specLine(i)).object(), first.spec(i));
        if (first.spec(i) != other.spec(i)) {
            ++differ;
        }
    }
    QVERIFY2(differ > 290, qPrintable(QString::number(differ)));
    // Row i does not depend on which rows were asked for before.
    QCOMPARE(SyntheticDataset(42, u"demo"_s).spec(299), first.spec(299));
}

void TestSyntheticDataset::rowDataDependsOnTheSeedAlone()
{
    // `generate` gives each dataset its own key prefix (keys are unique in the workspace); the
    // same seed must still make the same rows, so only the keys may differ.
    const SyntheticDataset first(5, u"demo-abc123"_s);
    const SyntheticDataset second(5, u"demo-def456"_s);
    for (qint64 i = 0; i < 200; ++i) {
        QJsonObject a = first.spec(i);
        QJsonObject b = second.spec(i);
        QVERIFY(a.value(u"global_key"_s).toString().startsWith(u"demo-abc123/"_s));
        QVERIFY(b.value(u"global_key"_s).toString().startsWith(u"demo-def456/"_s));
        a.remove(u"global_key"_s);
        b.remove(u"global_key"_s);
        QCOMPARE(a, b);
    }
}

void TestSyntheticDataset::specsAreValidAndRealistic()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Synthetic"_s);
    QVERIFY(!cameraField(ws).id.isEmpty());
    const SyntheticDataset synthetic(9, u"synthetic"_s);
    const int rows = 400;
    QJsonArray specs;
    QSet<QString> keys;
    QVector<int> attachmentCounts(5, 0);
    int text = 0;
    for (qint64 i = 0; i < rows; ++i) {
        const QJsonObject spec = synthetic.spec(i);
        specs.append(spec);
        keys.insert(spec.value(u"global_key"_s).toString().toLower());
        const qsizetype attachments = spec.value(u"attachments"_s).toArray().size();
        QVERIFY(attachments <= 3);
        ++attachmentCounts[attachments];
        QCOMPARE(spec.value(u"metadata_fields"_s).toArray().size(), 4);
        if (spec.value(u"media_type"_s).toString() == u"TEXT"_s) {
            ++text;
        } else {
            QCOMPARE(spec.value(u"media_type"_s).toString(), u"IMAGE"_s);
        }
    }
    QCOMPARE(keys.size(), rows);
    for (int count = 0; count <= 3; ++count) {
        QVERIFY2(attachmentCounts[count] > rows / 8, qPrintable(QString::number(count)));
    }
    QVERIFY2(text > rows / 20 && text < rows / 4, qPrintable(QString::number(text)));

    // Every spec goes in, with its metadata and attachments.
    auto report = test::writeSpecs(ws, dataset, specs);
    QVERIFY(report.ok());
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(test::warningList(*report), QStringList());
    QCOMPARE(report->created, rows);
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), 4 * rows);
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"),
             attachmentCounts[1] + 2 * attachmentCounts[2] + 3 * attachmentCounts[3]);
}

void TestSyntheticDataset::exportLinesCarryLabels()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Labelled"_s);
    const Camera camera = cameraField(ws);
    const SyntheticDataset synthetic(3, u"labelled"_s);
    const int rows = 2000;
    int images = 0;
    int labelled = 0;
    for (qint64 i = 0; i < rows; ++i) {
        const QJsonObject line = synthetic.exportLine(i, camera.id, camera.optionIds);
        const QJsonObject projects = line.value(u"projects"_s).toObject();
        const bool image =
            line.value(u"media_attributes"_s).toObject().value(u"asset_type"_s) == u"image"_s;
        images += image ? 1 : 0;
        if (!projects.isEmpty()) {
            QVERIFY(image);
            QCOMPARE(projects.keys(), QStringList{synthetic.projectId()});
            const QJsonArray labels =
                projects.value(synthetic.projectId()).toObject().value(u"labels"_s).toArray();
            QVERIFY(labels.size() >= 1 && labels.size() <= 2);
            ++labelled;
        }
        QCOMPARE(line.value(u"data_row"_s).toObject().value(u"global_key"_s),
                 synthetic.spec(i).value(u"global_key"_s));
    }
    // About a quarter of the image rows.
    QVERIFY2(labelled > images / 5 && labelled < images * 3 / 10,
             qPrintable(u"%1 of %2"_s.arg(labelled).arg(images)));

    // As an import source: every line goes in with its labels.
    SyntheticItemSource source(synthetic, 300, camera.id, camera.optionIds);
    QCOMPARE(source.total(), 300);
    QCOMPARE(source.unit(), u"rows"_s);
    ImportJob job(ws.path(), TestWorkspace::testOptions(), dataset, SpecMode::Create);
    job.setChunkSize(70);
    TaskReportSpool report;
    JobControl control;
    auto summary = job.run(source, report, control);
    QVERIFY(summary.ok());
    QCOMPARE(report.errorCount(), 0);
    QCOMPARE(report.created(), 300);
    QCOMPARE(source.done(), 300);
    QVERIFY(ws.count("SELECT count(*) FROM label") > 50);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_project"),
             ws.count("SELECT count(DISTINCT data_row_pk) FROM label"));
    QCOMPARE(ws.count("SELECT count(*) FROM project"), 1);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 300);
    QVERIFY(test::rowCountsExact(ws));
}

QTEST_GUILESS_MAIN(TestSyntheticDataset)
#include "tst_syntheticdataset.moc"
