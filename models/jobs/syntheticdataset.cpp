#include "syntheticdataset.h"

#include "cuid.h"
#include "jsonwriter.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// SplitMix64: a good 64-bit mix, so each (seed, row, stream) draws independently.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr std::array<const char *, 12> kTags = {"night",  "dusk",  "rain",    "snow",
                                                "fog",    "urban", "highway", "rural",
                                                "tunnel", "glare", "crowded", "parking"};
constexpr std::array<const char *, 16> kWords = {
    "the",   "driver", "turned",   "left",   "near", "a",     "red",  "truck",
    "while", "two",    "cyclists", "waited", "at",   "light", "rain", "crossing"};
constexpr std::array<const char *, 4> kCameras = {"front-left", "front-right", "rear", "roof"};
constexpr std::array<const char *, 3> kLabelers = {"ana@example.com", "ben@example.com",
                                                   "chen@example.com"};
constexpr qint64 kStartOf2026 = 1767225600000; // 2026-01-01T00:00:00Z

} // namespace

SyntheticDataset::SyntheticDataset(quint64 seed, QString keyPrefix)
    : m_seed(seed)
    , m_keyPrefix(std::move(keyPrefix))
    , m_projectId(Cuid::generate())
{}

QStringList SyntheticDataset::cameraOptions()
{
    QStringList options;
    for (const char *camera : kCameras) {
        options.append(QString::fromLatin1(camera));
    }
    return options;
}

quint64 SyntheticDataset::random(qint64 index, quint64 stream) const
{
    return mix(m_seed ^ mix(static_cast<quint64>(index) * 0x100000001b3ULL + stream));
}

// Asset URLs depend on the seed alone, not on the key prefix (which holds the dataset's id in
// `generate`): the same seed makes the same rows in any dataset.
QString SyntheticDataset::assetFolder() const
{
    return u"street-scenes-%1"_s.arg(m_seed);
}

qint64 SyntheticDataset::capturedAt(qint64 index) const
{
    // Some time in the first ten months of 2026.
    return kStartOf2026 + static_cast<qint64>(random(index, 4) % 25920000) * 1000;
}

QString SyntheticDataset::globalKey(qint64 index, bool text) const
{
    return u"%1/%2.%3"_s.arg(m_keyPrefix)
        .arg(index, 7, 10, QLatin1Char('0'))
        .arg(text ? u"txt"_s : u"jpg"_s);
}

QJsonObject SyntheticDataset::spec(qint64 index) const
{
    const quint64 kind = random(index, 1) % 100;
    const bool text = kind >= 85;
    QJsonObject spec;
    spec.insert(u"global_key"_s, globalKey(index, text));
    spec.insert(u"external_id"_s,
                u"%1.%2"_s.arg(index, 7, 10, QLatin1Char('0')).arg(text ? u"txt"_s : u"jpg"_s));
    if (text) {
        QStringList words;
        const int count = 6 + static_cast<int>(random(index, 2) % 10);
        for (int i = 0; i < count; ++i) {
            words.append(QString::fromLatin1(kWords[random(index, 100 + i) % kWords.size()]));
        }
        QString sentence = words.join(u' ');
        sentence[0] = sentence[0].toUpper();
        spec.insert(u"row_data"_s, QString(sentence + u'.'));
        spec.insert(u"media_type"_s, u"TEXT"_s);
    } else {
        spec.insert(u"row_data"_s,
                    u"https://data.example.com/%1/%2.jpg"_s.arg(assetFolder()).arg(index));
        spec.insert(u"media_type"_s, u"IMAGE"_s);
    }
    const quint64 split = random(index, 3) % 10;
    const qint64 captured = capturedAt(index);
    spec.insert(
        u"metadata_fields"_s,
        QJsonArray{
            QJsonObject{{u"name"_s, u"tag"_s},
                        {u"value"_s, QString::fromLatin1(kTags[random(index, 5) % kTags.size()])}},
            QJsonObject{{u"name"_s, u"split"_s},
                        {u"value"_s, split < 7   ? u"train"_s
                                     : split < 9 ? u"valid"_s
                                                 : u"test"_s}},
            QJsonObject{{u"name"_s, u"captureDateTime"_s},
                        {u"value"_s, Timestamp::format(captured)}},
            QJsonObject{
                {u"name"_s, cameraFieldName()},
                {u"value"_s, QString::fromLatin1(kCameras[random(index, 6) % kCameras.size()])}},
        });
    QJsonArray attachments;
    const int count = static_cast<int>(random(index, 7) % 4);
    for (int i = 0; i < count; ++i) {
        switch (random(index, 8 + i) % 3) {
        case 0:
            attachments.append(QJsonObject{{u"type"_s, u"RAW_TEXT"_s},
                                           {u"value"_s, u"Reviewed on pass %1"_s.arg(i + 1)},
                                           {u"name"_s, u"notes"_s}});
            break;
        case 1:
            attachments.append(QJsonObject{
                {u"type"_s, u"IMAGE_OVERLAY"_s},
                {u"value"_s,
                 u"https://data.example.com/%1/%2-depth.png"_s.arg(assetFolder()).arg(index)},
                {u"name"_s, u"depth"_s}});
            break;
        default:
            attachments.append(QJsonObject{
                {u"type"_s, u"TEXT_URL"_s},
                {u"value"_s,
                 u"https://data.example.com/%1/%2.txt"_s.arg(assetFolder()).arg(index)}});
            break;
        }
    }
    if (!attachments.isEmpty()) {
        spec.insert(u"attachments"_s, attachments);
    }
    return spec;
}

QByteArray SyntheticDataset::specLine(qint64 index) const
{
    return QJsonDocument(spec(index)).toJson(QJsonDocument::Compact);
}

QJsonObject SyntheticDataset::exportLine(qint64 index, const QString &cameraId,
                                         const QStringList &cameraOptionIds) const
{
    const QJsonObject source = spec(index);
    const bool text = source.value(u"media_type"_s).toString() == u"TEXT"_s;
    const QString rowId = Cuid::generate();
    QJsonObject line;
    line.insert(u"data_row"_s, QJsonObject{{u"id"_s, rowId},
                                           {u"global_key"_s, source.value(u"global_key"_s)},
                                           {u"external_id"_s, source.value(u"external_id"_s)},
                                           {u"row_data"_s, source.value(u"row_data"_s)}});
    line.insert(u"media_attributes"_s,
                QJsonObject{{u"asset_type"_s, text ? u"text"_s : u"image"_s},
                            {u"mime_type"_s, text ? u"text/plain"_s : u"image/jpeg"_s}});
    if (source.contains(u"attachments"_s)) {
        line.insert(u"attachments"_s, source.value(u"attachments"_s));
    }
    QJsonArray metadata;
    const QJsonArray fields = source.value(u"metadata_fields"_s).toArray();
    for (const QJsonValue &field : fields) {
        const QJsonObject object = field.toObject();
        if (object.value(u"name"_s).toString() == cameraFieldName()) {
            const qsizetype option = cameraOptions().indexOf(object.value(u"value"_s).toString());
            metadata.append(QJsonObject{
                {u"schema_id"_s, cameraId},
                {u"schema_name"_s, cameraFieldName()},
                {u"value"_s, QJsonObject{{u"schema_id"_s, cameraOptionIds.value(option)},
                                         {u"schema_name"_s, object.value(u"value"_s)}}}});
        } else {
            metadata.append(object);
        }
    }
    line.insert(u"metadata_fields"_s, metadata);
    QJsonObject projects;
    if (!text && random(index, 20) % 4 == 0) {
        QJsonArray labels;
        const int count = 1 + static_cast<int>(random(index, 21) % 2);
        const qint64 labelled =
            kStartOf2026 + 31536000000LL + static_cast<qint64>(random(index, 22) % 2592000) * 1000;
        for (int i = 0; i < count; ++i) {
            QJsonArray boxes;
            const int objects = 1 + static_cast<int>(random(index, 30 + i) % 3);
            for (int b = 0; b < objects; ++b) {
                const quint64 r = random(index, 40 + i * 8 + b);
                boxes.append(QJsonObject{
                    {u"feature_id"_s, Cuid::generate()},
                    {u"name"_s, r % 3 == 0 ? u"truck"_s : (r % 3 == 1 ? u"car"_s : u"cyclist"_s)},
                    {u"annotation_kind"_s, u"ImageBoundingBox"_s},
                    {u"classifications"_s, QJsonArray()},
                    {u"bounding_box"_s,
                     QJsonObject{{u"top"_s, static_cast<int>(r % 700)},
                                 {u"left"_s, static_cast<int>((r >> 10) % 1200)},
                                 {u"height"_s, 40 + static_cast<int>((r >> 20) % 200)},
                                 {u"width"_s, 40 + static_cast<int>((r >> 30) % 300)}}}});
            }
            const QString at = Timestamp::format(labelled + i * 60000);
            labels.append(QJsonObject{
                {u"label_kind"_s, u"Default"_s},
                {u"version"_s, u"1.0.0"_s},
                {u"id"_s, Cuid::generate()},
                {u"label_details"_s,
                 QJsonObject{{u"created_at"_s, at},
                             {u"updated_at"_s, at},
                             {u"created_by"_s,
                              QString::fromLatin1(kLabelers[(index + i) % kLabelers.size()])},
                             {u"content_last_updated_at"_s, at},
                             {u"reviews"_s, QJsonArray()}}},
                {u"performance_details"_s,
                 QJsonObject{{u"seconds_to_create"_s,
                              5.0 + static_cast<double>(random(index, 23 + i) % 900) / 10.0},
                             {u"seconds_to_review"_s, 0},
                             {u"skipped"_s, false}}},
                {u"annotations"_s, QJsonObject{{u"objects"_s, boxes},
                                               {u"classifications"_s, QJsonArray()},
                                               {u"relationships"_s, QJsonArray()}}}});
        }
        projects.insert(m_projectId,
                        QJsonObject{{u"name"_s, u"Vehicle boxes"_s},
                                    {u"labels"_s, labels},
                                    {u"project_details"_s,
                                     QJsonObject{{u"selected_label_id"_s,
                                                  labels.first().toObject().value(u"id"_s)},
                                                 {u"workflow_status"_s, u"DONE"_s}}}});
    }
    line.insert(u"projects"_s, projects);
    return line;
}

SyntheticItemSource::SyntheticItemSource(const SyntheticDataset &dataset, qint64 rows,
                                         QString cameraId, QStringList cameraOptionIds)
    : m_dataset(dataset)
    , m_rows(rows)
    , m_cameraId(std::move(cameraId))
    , m_cameraOptionIds(std::move(cameraOptionIds))
{}

bool SyntheticItemSource::next(InputItem &item)
{
    if (m_next >= m_rows) {
        return false;
    }
    const qint64 index = m_next++;
    item = InputItem::fromJson(m_dataset.exportLine(index, m_cameraId, m_cameraOptionIds),
                               ItemPosition::index(index), SpecMode::Create, QString());
    return true;
}

QString SyntheticItemSource::unit() const
{
    return tr("rows");
}

} // namespace rowscope
