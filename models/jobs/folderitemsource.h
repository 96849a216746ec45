#pragma once

#include "itemsource.h"
#include "mediatype.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace rowscope {

// The media files of a folder as create specs: one row per file, its global key the path
// relative to the folder (with '/'), its row data the absolute path, its media type by
// extension. Hidden files and folders are skipped and symbolic links are not followed;
// other files become warnings. Files are visited in name order, folder by folder.
class FolderItemSource final : public ItemSource {
    Q_DECLARE_TR_FUNCTIONS(FolderItemSource)

public:
    explicit FolderItemSource(const QString &folder);

    bool next(InputItem &item) override;
    QString fatalError() const override { return m_fatalError; }
    qint64 done() const override { return m_done; }
    qint64 total() const override { return m_total; }
    QString unit() const override;
    QVector<TaskWarning> takeWarnings() override;

    // The media type a file is imported as, by its extension; Unknown for other files.
    static MediaType mediaTypeOf(const QString &fileName);

private:
    struct Level {
        QString path;
        QStringList entries;
        qsizetype next = 0;
    };

    bool nextFile(QString *absolutePath);
    static QStringList listDir(const QString &path);

    QString m_root;
    QVector<Level> m_stack;
    QString m_fatalError;
    QVector<TaskWarning> m_warnings;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_index = 0;
};

} // namespace rowscope
