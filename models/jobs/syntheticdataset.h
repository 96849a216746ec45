#pragma once

#include "itemsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rowscope {

// A realistic made-up dataset for demos and benchmarks. Row i is a pure function of the seed
// and i: unique global keys, image URLs and texts as row data, tag, split and
// captureDateTime plus the custom enum field "camera", 0-3 attachments, and on about a
// quarter of the rows a label with boxes in the project "Vehicle boxes".
class SyntheticDataset final {
public:
    // `keyPrefix` makes the global keys unique in the workspace ("street-scenes-4f2a").
    SyntheticDataset(quint64 seed, QString keyPrefix);

    static QString cameraFieldName() { return QStringLiteral("camera"); }
    static QStringList cameraOptions();

    // Row i as a create spec (no labels: specs cannot carry them).
    QJsonObject spec(qint64 index) const;
    QByteArray specLine(qint64 index) const; // compact, no newline

    // Row i as an export line with a fresh row id, labels included. `cameraId` and the
    // option ids come from the workspace's "camera" field.
    QJsonObject exportLine(qint64 index, const QString &cameraId,
                           const QStringList &cameraOptionIds) const;

    const QString &projectId() const { return m_projectId; }

private:
    quint64 random(qint64 index, quint64 stream) const;
    QString globalKey(qint64 index, bool text) const;
    QString assetFolder() const;
    qint64 capturedAt(qint64 index) const;

    quint64 m_seed;
    QString m_keyPrefix;
    QString m_projectId;
};

// Items of a synthetic dataset as an import source (export lines, so labels come too).
class SyntheticItemSource final : public ItemSource {
    Q_DECLARE_TR_FUNCTIONS(SyntheticItemSource)

public:
    SyntheticItemSource(const SyntheticDataset &dataset, qint64 rows, QString cameraId,
                        QStringList cameraOptionIds);

    bool next(InputItem &item) override;
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_rows; }
    QString unit() const override;

private:
    const SyntheticDataset &m_dataset;
    qint64 m_rows;
    qint64 m_next = 0;
    QString m_cameraId;
    QStringList m_cameraOptionIds;
};

} // namespace rowscope
