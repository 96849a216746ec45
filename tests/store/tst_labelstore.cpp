#include "cuid.h"
#include "storetest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kMissingRow = u"cnosuchrow000000000000000"_s;
const QString kMissingProject = u"cnosuchproject00000000000"_s;

QStringList idsOf(const QVector<Label> &labels)
{
    QStringList ids;
    for (const Label &label : labels) {
        ids.append(label.id);
    }
    return ids;
}

} // namespace

class TestLabelStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void projects();
    void projectNeedsAName();
    void missingProjectIsNotFound();
    void addLabel();
    void annotationsMustBeAJsonObject_data();
    void annotationsMustBeAJsonObject();
    void addLabelIsRefused();
    void labelsByRowAndProjectInSubmissionOrder();
    void winnerDefaultsToTheFirstSubmitted();
    void setAnotherWinner();
    void winnerMustBeALabelOfTheRowInTheProject();
    void rowDeleteTakesItsLabels();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_row;
    QString m_other;
    Project m_boxes;
    Project m_tags;
};

void TestLabelStore::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    const QString dataset = test::newDataset(*m_ws, u"Labels"_s);
    m_row =
        test::createRow(*m_ws, dataset, QByteArray(R"({"row_data": "https://example.com/a.jpg"})"));
    m_other =
        test::createRow(*m_ws, dataset, QByteArray(R"({"row_data": "https://example.com/b.jpg"})"));
    QVERIFY(!m_row.isEmpty() && !m_other.isEmpty());
    auto boxes = (*m_ws)->labels().createProject(u"Boxes"_s);
    auto tags = (*m_ws)->labels().createProject(u"Tags"_s);
    QVERIFY(boxes && tags);
    m_boxes = *boxes;
    m_tags = *tags;
}

void TestLabelStore::cleanup()
{
    m_ws.reset();
}

void TestLabelStore::projects()
{
    QVERIFY(Cuid::isValid(m_boxes.id));
    QCOMPARE(m_boxes.name, u"Boxes"_s);
    QVERIFY(m_boxes.createdAt > 0);
    // Names need not be unique.
    auto again = (*m_ws)->labels().createProject(u"Boxes"_s);
    QVERIFY(again);
    QVERIFY(again->id != m_boxes.id);
    auto list = (*m_ws)->labels().projects();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, m_boxes.id);
    QCOMPARE(list->at(1).id, m_tags.id);
    QCOMPARE(list->at(2).id, again->id);
    auto one = (*m_ws)->labels().project(m_tags.id);
    QVERIFY(one);
    QCOMPARE(one->name, u"Tags"_s);
    QCOMPARE(one->createdAt, m_tags.createdAt);
}

void TestLabelStore::projectNeedsAName()
{
    const QByteArray before = m_ws->snapshot();
    for (const QString &name : {u""_s, u"   "_s}) {
        auto refused = (*m_ws)->labels().createProject(name);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().message, u"A project needs a name."_s);
    }
    QCOMPARE(m_ws->snapshot(), before);
}

void TestLabelStore::missingProjectIsNotFound()
{
    const QString message = u"Project not found: '%1'"_s.arg(kMissingProject);
    auto project = (*m_ws)->labels().project(kMissingProject);
    QVERIFY(!project);
    QCOMPARE(project.error().code, ErrorCode::NotFound);
    QCOMPARE(project.error().message, message);
    QCOMPARE((*m_ws)->labels().labels(m_row, kMissingProject).error().message, message);
    QCOMPARE((*m_ws)->labels().winningLabelId(m_row, kMissingProject).error().message, message);
    const QByteArray before = m_ws->snapshot();
    auto label = (*m_ws)->labels().addLabel(m_row, {kMissingProject, {}, 1});
    QVERIFY(!label);
    QCOMPARE(label.error().code, ErrorCode::NotFound);
    QCOMPARE(label.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestLabelStore::addLabel()
{
    const QByteArray annotations =
        R"({"objects": [{"name": "car", "bounding_box": {"top": 1, "left": 2, "height": 3, "width": 4}}], "classifications": [], "relationships": []})";
    auto label = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, annotations, 12.5});
    QVERIFY2(label, qPrintable(label.error().message));
    QVERIFY(Cuid::isValid(label->id));
    QCOMPARE(label->dataRowId, m_row);
    QCOMPARE(label->projectId, m_boxes.id);
    QCOMPARE(label->createdBy, u"tester@example.com"_s);
    QVERIFY(label->createdAt > 0);
    QCOMPARE(label->secondsToCreate, 12.5);
    QCOMPARE(QJsonDocument::fromJson(label->annotationsJson), QJsonDocument::fromJson(annotations));

    auto stored = (*m_ws)->labels().labels(m_row, m_boxes.id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const Label &read = stored->first();
    QCOMPARE(read.id, label->id);
    QCOMPARE(read.dataRowId, m_row);
    QCOMPARE(read.createdBy, u"tester@example.com"_s);
    QCOMPARE(read.createdAt, label->createdAt);
    QCOMPARE(read.secondsToCreate, 12.5);
    QCOMPARE(QJsonDocument::fromJson(read.annotationsJson), QJsonDocument::fromJson(annotations));
    // Labelling is activity on the row.
    QVERIFY((*m_ws)->rows().get(m_row)->lastActivityAt >= label->createdAt);

    // No annotations yet: an empty annotations object.
    auto empty = (*m_ws)->labels().addLabel(m_row, {m_tags.id, {}, 0});
    QVERIFY(empty);
    QCOMPARE(QJsonDocument::fromJson(empty->annotationsJson).object(),
             (QJsonObject{{u"objects"_s, QJsonArray()},
                          {u"classifications"_s, QJsonArray()},
                          {u"relationships"_s, QJsonArray()}}));
}

void TestLabelStore::annotationsMustBeAJsonObject_data()
{
    QTest::addColumn<QByteArray>("annotations");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("string") << QByteArray("\"text\"");
    QTest::newRow("number") << QByteArray("5");
    QTest::newRow("not JSON") << QByteArray("{objects: ]");
}

void TestLabelStore::annotationsMustBeAJsonObject()
{
    QFETCH(QByteArray, annotations);
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, annotations, 1});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.startsWith(u"A label's annotations must be a JSON object"_s),
             qPrintable(refused.error().message));
    QCOMPARE(m_ws->snapshot(), before);
}

void TestLabelStore::addLabelIsRefused()
{
    const QByteArray before = m_ws->snapshot();
    auto missingRow = (*m_ws)->labels().addLabel(kMissingRow, {m_boxes.id, {}, 1});
    QVERIFY(!missingRow);
    QCOMPARE(missingRow.error().code, ErrorCode::NotFound);
    QCOMPARE(missingRow.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
    auto negative = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, -1});
    QVERIFY(!negative);
    QCOMPARE(negative.error().code, ErrorCode::InvalidInput);
    QCOMPARE(negative.error().message,
             u"Seconds to label must be a finite number of at least 0."_s);
    auto infinite = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, qInf()});
    QVERIFY(!infinite);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestLabelStore::labelsByRowAndProjectInSubmissionOrder()
{
    // Interleaved over two projects and two rows.
    QStringList boxes;
    QStringList tags;
    for (int i = 0; i < 3; ++i) {
        auto box = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, double(i)});
        auto tag = (*m_ws)->labels().addLabel(m_row, {m_tags.id, {}, double(i)});
        auto other = (*m_ws)->labels().addLabel(m_other, {m_boxes.id, {}, double(i)});
        QVERIFY(box && tag && other);
        boxes.append(box->id);
        tags.append(tag->id);
    }
    QCOMPARE(idsOf(*(*m_ws)->labels().labels(m_row, m_boxes.id)), boxes);
    QCOMPARE(idsOf(*(*m_ws)->labels().labels(m_row, m_tags.id)), tags);
    // All projects: by project, then in submission order.
    QCOMPARE(idsOf(*(*m_ws)->labels().labels(m_row)), boxes + tags);
    QCOMPARE((*m_ws)->labels().labels(m_other)->size(), 3);
    for (const Label &label : *(*m_ws)->labels().labels(m_other)) {
        QCOMPARE(label.dataRowId, m_other);
        QCOMPARE(label.projectId, m_boxes.id);
    }
    // A project without labels of the row answers none.
    auto third = (*m_ws)->labels().createProject(u"Empty"_s);
    QVERIFY(third);
    QCOMPARE((*m_ws)->labels().labels(m_row, third->id)->size(), 0);
    QCOMPARE((*m_ws)->labels().labels(kMissingRow).error().code, ErrorCode::NotFound);
}

void TestLabelStore::winnerDefaultsToTheFirstSubmitted()
{
    auto none = (*m_ws)->labels().winningLabelId(m_row, m_boxes.id);
    QVERIFY(none);
    QVERIFY(none->isNull());
    auto first = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 1});
    auto second = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 2});
    QVERIFY(first && second);
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), first->id);
    // Per project: the other project has no winner for the row yet.
    QVERIFY((*m_ws)->labels().winningLabelId(m_row, m_tags.id)->isNull());
    auto tag = (*m_ws)->labels().addLabel(m_row, {m_tags.id, {}, 1});
    QVERIFY(tag);
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_tags.id), tag->id);
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), first->id);
    QCOMPARE((*m_ws)->labels().winningLabelId(kMissingRow, m_boxes.id).error().code,
             ErrorCode::NotFound);
}

void TestLabelStore::setAnotherWinner()
{
    auto first = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 1});
    auto second = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 2});
    QVERIFY(first && second);
    const Status picked = (*m_ws)->labels().setWinningLabel(m_row, m_boxes.id, second->id);
    QVERIFY2(picked, qPrintable(picked.error().message));
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), second->id);
    // A later label does not take the win.
    QVERIFY((*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 3}));
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), second->id);
    // It survives a reopen and shows in the export as the selected label.
    m_ws->reopen();
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), second->id);
    ExportParams params;
    params.projectDetails = true;
    auto record = (*m_ws)->exports().record(m_row, params);
    QVERIFY(record);
    QCOMPARE(record->projects.size(), 1);
    QCOMPARE(record->projects[0].selectedLabelId, second->id);
    QCOMPARE(record->projects[0].labels.size(), 3);
    // Picking the first again.
    QVERIFY((*m_ws)->labels().setWinningLabel(m_row, m_boxes.id, first->id));
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), first->id);
}

void TestLabelStore::winnerMustBeALabelOfTheRowInTheProject()
{
    auto mine = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 1});
    auto otherRow = (*m_ws)->labels().addLabel(m_other, {m_boxes.id, {}, 1});
    auto otherProject = (*m_ws)->labels().addLabel(m_row, {m_tags.id, {}, 1});
    QVERIFY(mine && otherRow && otherProject);
    const QByteArray before = m_ws->snapshot();
    for (const QString &labelId :
         {otherRow->id, otherProject->id, u"cnosuchlabel0000000000000"_s}) {
        const Status refused = (*m_ws)->labels().setWinningLabel(m_row, m_boxes.id, labelId);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QCOMPARE(refused.error().message,
                 u"Label '%1' is not a label of data row '%2' in project '%3'."_s.arg(
                     labelId, m_row, m_boxes.id));
    }
    QCOMPARE((*m_ws)->labels().setWinningLabel(kMissingRow, m_boxes.id, mine->id).error().message,
             u"Data row not found: '%1'"_s.arg(kMissingRow));
    QCOMPARE((*m_ws)->labels().setWinningLabel(m_row, kMissingProject, mine->id).error().message,
             u"Project not found: '%1'"_s.arg(kMissingProject));
    QCOMPARE(m_ws->snapshot(), before);
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), mine->id);
}

void TestLabelStore::rowDeleteTakesItsLabels()
{
    auto first = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 1});
    auto second = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 2});
    QVERIFY(first && second);
    QVERIFY((*m_ws)->labels().setWinningLabel(m_row, m_boxes.id, second->id));
    QVERIFY((*m_ws)->labels().addLabel(m_row, {m_tags.id, {}, 1}));
    auto kept = (*m_ws)->labels().addLabel(m_other, {m_boxes.id, {}, 1});
    QVERIFY(kept);
    QCOMPARE(m_ws->count("SELECT count(*) FROM label"), qint64(4));
    QVERIFY((*m_ws)->rows().remove(m_row));
    QCOMPARE(m_ws->count("SELECT count(*) FROM label"), qint64(1));
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row_project"), qint64(1));
    QCOMPARE(idsOf(*(*m_ws)->labels().labels(m_other)), QStringList{kept->id});
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_other, m_boxes.id), kept->id);
    // Projects stay.
    QCOMPARE((*m_ws)->labels().projects()->size(), 2);
}

QTEST_GUILESS_MAIN(TestLabelStore)
#include "tst_labelstore.moc"
