#include "cuid.h"
#include "storetest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kMissingRow = u"cnosuchrow000000000000000"_s;
const QString kMissingAttachment = u"cnosuchattachment00000000"_s;
const QString kTypeMessage =
    u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, HTML, IMAGE_OVERLAY, "
    "PDF_URL, CAMERA_IMAGE, AUDIO}. Found %1"_s;

QString text(const QVector<Attachment> &attachments)
{
    QStringList parts;
    for (const Attachment &attachment : attachments) {
        parts.append(Attachments::typeName(attachment.type) + u':' + attachment.value +
                     (attachment.name.isNull() ? QString() : u" ("_s + attachment.name + u")"_s));
    }
    return parts.join(u"; "_s);
}

} // namespace

class TestAttachmentStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listInTheOrderAdded();
    void listOfAMissingRow();
    void addEveryType();
    void addIsValidated_data();
    void addIsValidated();
    void addToAMissingRow();
    void updateOnlyWhatIsGiven();
    void updateTypeRevalidates();
    void updateIsRefused_data();
    void updateIsRefused();
    void removeOne();
    void removeMissing();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_row;
    QString m_other;
    QString m_note;    // RAW_TEXT "first note" (named "n1")
    QString m_overlay; // IMAGE_OVERLAY URL, no name
};

void TestAttachmentStore::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    const QString dataset = test::newDataset(*m_ws, u"Attachments"_s);
    m_row = test::createRow(
        *m_ws, dataset,
        QByteArray(
            R"({"row_data": "row", "attachments": [{"type": "RAW_TEXT", "value": "first note", "name": "n1"}, {"type": "IMAGE_OVERLAY", "value": "https://example.com/o.png"}]})"));
    m_other = test::createRow(
        *m_ws, dataset,
        QByteArray(
            R"({"row_data": "other", "attachments": [{"type": "RAW_TEXT", "value": "x"}]})"));
    QVERIFY(!m_row.isEmpty() && !m_other.isEmpty());
    auto list = (*m_ws)->attachments().list(m_row);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    m_note = list->at(0).id;
    m_overlay = list->at(1).id;
}

void TestAttachmentStore::cleanup()
{
    m_ws.reset();
}

void TestAttachmentStore::listInTheOrderAdded()
{
    auto list = (*m_ws)->attachments().list(m_row);
    QVERIFY(list);
    QCOMPARE(text(*list), u"RAW_TEXT:first note (n1); IMAGE_OVERLAY:https://example.com/o.png"_s);
    QVERIFY(Cuid::isValid(m_note));
    QVERIFY(list->at(1).name.isNull());
    QVERIFY((*m_ws)->attachments().add(m_row, u"TEXT_URL"_s, u"https://example.com/t.txt"_s));
    QCOMPARE(text(*(*m_ws)->attachments().list(m_row)),
             u"RAW_TEXT:first note (n1); IMAGE_OVERLAY:https://example.com/o.png; "
             "TEXT_URL:https://example.com/t.txt"_s);
    QCOMPARE(text(*(*m_ws)->attachments().list(m_other)), u"RAW_TEXT:x"_s);
}

void TestAttachmentStore::listOfAMissingRow()
{
    auto list = (*m_ws)->attachments().list(kMissingRow);
    QVERIFY(!list);
    QCOMPARE(list.error().code, ErrorCode::NotFound);
    QCOMPARE(list.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
}

void TestAttachmentStore::addEveryType()
{
    const QVector<QPair<QString, QString>> given = {
        {u"IMAGE"_s, u"https://example.com/i.jpg"_s},
        {u"VIDEO"_s, u"https://example.com/v.mp4"_s},
        {u"RAW_TEXT"_s, u"plain words, not a URL"_s},
        {u"TEXT_URL"_s, u"https://example.com/t.txt"_s},
        {u"HTML"_s, u"https://example.com/p.html"_s},
        {u"IMAGE_OVERLAY"_s, u"/data/overlays/o.png"_s},
        {u"PDF_URL"_s, u"file:///data/doc.pdf"_s},
        {u"CAMERA_IMAGE"_s, u"https://example.com/c.jpg"_s},
        {u"AUDIO"_s, u"https://example.com/a.mp3"_s},
        {u"image"_s, u"https://example.com/lower-case-type.jpg"_s},
    };
    for (const auto &[type, value] : given) {
        auto added = (*m_ws)->attachments().add(m_other, type, value, u"name-"_s + type);
        QVERIFY2(added, qPrintable(type + u": "_s + added.error().message));
        QVERIFY(Cuid::isValid(added->id));
        QCOMPARE(Attachments::typeName(added->type), type.toUpper());
        QCOMPARE(added->value, value);
        QCOMPARE(added->name, u"name-"_s + type);
    }
    auto list = (*m_ws)->attachments().list(m_other);
    QVERIFY(list);
    QCOMPARE(list->size(), 11);
    QCOMPARE(list->at(10).type, AttachmentType::Image);
    QCOMPARE(list->at(10).name, u"name-image"_s);
    // Without a name the attachment has none.
    auto nameless = (*m_ws)->attachments().add(m_other, u"RAW_TEXT"_s, u"anonymous"_s);
    QVERIFY(nameless);
    QVERIFY(nameless->name.isNull());
    QVERIFY((*m_ws)->attachments().list(m_other)->last().name.isNull());
}

void TestAttachmentStore::addIsValidated_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown type") << u"GIF"_s << u"https://example.com/g.gif"_s
                                  << kTypeMessage.arg(u"GIF"_s);
    QTest::newRow("empty type") << u""_s << u"x"_s << kTypeMessage.arg(QString());
    QTest::newRow("empty value") << u"RAW_TEXT"_s << u""_s
                                 << u"Attachment value must be a non-empty string, got: ''"_s;
    QTest::newRow("blank value") << u"IMAGE"_s << u"   "_s
                                 << u"Attachment value must be a non-empty string, got: '   '"_s;
    QTest::newRow("not a URL") << u"IMAGE"_s << u"just words"_s
                               << u"Attachment value for IMAGE must be a URL or a local path, "
                                  "got: 'just words'"_s;
    QTest::newRow("s3") << u"VIDEO"_s << u"s3://bucket/v.mp4"_s
                        << u"Attachment value: s3 assets must start with 'https', got: "
                           "'s3://bucket/v.mp4'"_s;
}

void TestAttachmentStore::addIsValidated()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->attachments().add(m_row, type, value, u"name"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestAttachmentStore::addToAMissingRow()
{
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->attachments().add(kMissingRow, u"RAW_TEXT"_s, u"x"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
    QCOMPARE(m_ws->snapshot(), before);
}

void TestAttachmentStore::updateOnlyWhatIsGiven()
{
    AttachmentUpdate value;
    value.value = u"second thoughts"_s;
    auto updated = (*m_ws)->attachments().update(m_note, value);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->id, m_note);
    QCOMPARE(updated->type, AttachmentType::RawText);
    QCOMPARE(updated->value, u"second thoughts"_s);
    QCOMPARE(updated->name, u"n1"_s);

    AttachmentUpdate name;
    name.name = u"renamed"_s;
    QCOMPARE((*m_ws)->attachments().update(m_overlay, name)->name, u"renamed"_s);

    AttachmentUpdate type;
    type.type = u"IMAGE"_s;
    auto retyped = (*m_ws)->attachments().update(m_overlay, type);
    QVERIFY(retyped);
    QCOMPARE(retyped->type, AttachmentType::Image);
    QCOMPARE(retyped->value, u"https://example.com/o.png"_s);
    QCOMPARE(retyped->name, u"renamed"_s);

    // An empty name removes the name.
    AttachmentUpdate unnamed;
    unnamed.name = QString();
    QVERIFY((*m_ws)->attachments().update(m_note, unnamed)->name.isNull());

    m_ws->reopen();
    QCOMPARE(text(*(*m_ws)->attachments().list(m_row)),
             u"RAW_TEXT:second thoughts; IMAGE:https://example.com/o.png (renamed)"_s);
    QCOMPARE(text(*(*m_ws)->attachments().list(m_other)), u"RAW_TEXT:x"_s);
}

void TestAttachmentStore::updateTypeRevalidates()
{
    const QByteArray before = m_ws->snapshot();
    // RAW_TEXT words are no URL: they cannot become an IMAGE as they are ...
    AttachmentUpdate toImage;
    toImage.type = u"IMAGE"_s;
    auto refused = (*m_ws)->attachments().update(m_note, toImage);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             u"Attachment value for IMAGE must be a URL or a local path, got: 'first note'"_s);
    // ... nor take an unknown type.
    AttachmentUpdate unknown;
    unknown.type = u"GIF"_s;
    QCOMPARE((*m_ws)->attachments().update(m_note, unknown).error().message,
             kTypeMessage.arg(u"GIF"_s));
    QCOMPARE(m_ws->snapshot(), before);
    // ... but with a URL given alongside they can.
    toImage.value = u"https://example.com/now-an-image.jpg"_s;
    auto accepted = (*m_ws)->attachments().update(m_note, toImage);
    QVERIFY2(accepted, qPrintable(accepted.error().message));
    QCOMPARE(accepted->type, AttachmentType::Image);
    QCOMPARE(accepted->name, u"n1"_s);
    // Any URL is text too.
    AttachmentUpdate toText;
    toText.type = u"RAW_TEXT"_s;
    QVERIFY((*m_ws)->attachments().update(m_overlay, toText));
}

void TestAttachmentStore::updateIsRefused_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("nothing given")
        << 0 << invalid << u"Nothing to change: give a type, a value or a name."_s;
    QTest::newRow("empty value") << 1 << invalid
                                 << u"Attachment value must be a non-empty string, got: ''"_s;
    QTest::newRow("s3 value") << 2 << invalid
                              << u"Attachment value: s3 assets must start with 'https', got: "
                                 "'s3://b/o.png'"_s;
    QTest::newRow("missing attachment")
        << 3 << int(ErrorCode::NotFound) << u"Attachment not found: '%1'"_s.arg(kMissingAttachment);
}

void TestAttachmentStore::updateIsRefused()
{
    QFETCH(int, what);
    QFETCH(int, code);
    QFETCH(QString, message);
    QString id = m_overlay;
    AttachmentUpdate change;
    switch (what) {
    case 1:
        change.value = u""_s;
        change.name = u"would change"_s;
        break;
    case 2:
        change.value = u"s3://b/o.png"_s;
        break;
    case 3:
        id = kMissingAttachment;
        change.value = u"https://example.com/x.png"_s;
        break;
    default:
        break;
    }
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->attachments().update(id, change);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), code);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestAttachmentStore::removeOne()
{
    const Status removed = (*m_ws)->attachments().remove(m_note);
    QVERIFY2(removed, qPrintable(removed.error().message));
    QCOMPARE(text(*(*m_ws)->attachments().list(m_row)),
             u"IMAGE_OVERLAY:https://example.com/o.png"_s);
    QCOMPARE((*m_ws)->attachments().list(m_other)->size(), 1);
    AttachmentUpdate change;
    change.value = u"y"_s;
    QCOMPARE((*m_ws)->attachments().update(m_note, change).error().message,
             u"Attachment not found: '%1'"_s.arg(m_note));
}

void TestAttachmentStore::removeMissing()
{
    const QByteArray before = m_ws->snapshot();
    const Status refused = (*m_ws)->attachments().remove(kMissingAttachment);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().message, u"Attachment not found: '%1'"_s.arg(kMissingAttachment));
    QCOMPARE(m_ws->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
