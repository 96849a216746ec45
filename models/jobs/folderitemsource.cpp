#include "folderitemsource.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// Unreadable files are listed too, so that the report names them.
const QDir::Filters kFilters = QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks;

} // namespace

MediaType FolderItemSource::mediaTypeOf(const QString &fileName)
{
    static const QHash<QString, MediaType> types = {
        {u"png"_s, MediaType::Image}, {u"jpg"_s, MediaType::Image},  {u"jpeg"_s, MediaType::Image},
        {u"gif"_s, MediaType::Image}, {u"bmp"_s, MediaType::Image},  {u"webp"_s, MediaType::Image},
        {u"tif"_s, MediaType::Image}, {u"tiff"_s, MediaType::Image}, {u"svg"_s, MediaType::Image},
        {u"mp4"_s, MediaType::Video}, {u"mov"_s, MediaType::Video},  {u"webm"_s, MediaType::Video},
        {u"mkv"_s, MediaType::Video}, {u"avi"_s, MediaType::Video},  {u"mp3"_s, MediaType::Audio},
        {u"wav"_s, MediaType::Audio}, {u"ogg"_s, MediaType::Audio},  {u"flac"_s, MediaType::Audio},
        {u"m4a"_s, MediaType::Audio}, {u"pdf"_s, MediaType::Pdf},    {u"html"_s, MediaType::Html},
        {u"htm"_s, MediaType::Html},  {u"txt"_s, MediaType::Text},   {u"md"_s, MediaType::Text},
    };
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= 0) {
        return MediaType::Unknown;
    }
    return types.value(fileName.mid(dot + 1).toLower(), MediaType::Unknown);
}

QStringList FolderItemSource::listDir(const QString &path)
{
    // Hidden entries are left out by not asking for QDir::Hidden.
    return QDir(path).entryList(kFilters, QDir::Name | QDir::DirsFirst);
}

FolderItemSource::FolderItemSource(const QString &folder)
    : m_root(QDir(folder).absolutePath())
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        m_fatalError = tr("The folder '%1' does not exist.").arg(folder);
        return;
    }
    if (!info.isDir()) {
        m_fatalError = tr("'%1' is not a folder.").arg(folder);
        return;
    }
    if (!info.isReadable()) {
        m_fatalError = tr("The folder '%1' cannot be read.").arg(folder);
        return;
    }
    // A first walk counts the files, for progress; it stores nothing.
    QStringList pending{m_root};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        const QFileInfoList entries = QDir(dir).entryInfoList(kFilters);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir()) {
                pending.append(entry.filePath());
            } else {
                ++m_total;
            }
        }
    }
    m_stack.append({m_root, listDir(m_root), 0});
}

QString FolderItemSource::unit() const
{
    return tr("files");
}

QVector<TaskWarning> FolderItemSource::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

bool FolderItemSource::nextFile(QString *absolutePath)
{
    while (!m_stack.isEmpty()) {
        Level &level = m_stack.last();
        if (level.next >= level.entries.size()) {
            m_stack.removeLast();
            continue;
        }
        const QString path = level.path + u'/' + level.entries[level.next++];
        const QFileInfo info(path);
        if (info.isDir()) {
            m_stack.append({path, listDir(path), 0});
            continue;
        }
        *absolutePath = path;
        return true;
    }
    return false;
}

bool FolderItemSource::next(InputItem &item)
{
    if (!m_fatalError.isNull()) {
        return false;
    }
    QString path;
    while (nextFile(&path)) {
        ++m_done;
        const QString relative = QDir(m_root).relativeFilePath(path);
        const MediaType type = mediaTypeOf(path);
        const ItemPosition position = ItemPosition::index(m_index++);
        if (type == MediaType::Unknown) {
            m_warnings.append(
                {tr("Skipped '%1': not a media file Rowscope imports").arg(relative), position});
            continue;
        }
        if (!QFileInfo(path).isReadable()) {
            item = InputItem();
            item.position = position;
            item.original = relative;
            item.error = tr("Cannot read '%1': permission denied").arg(relative);
            return true;
        }
        const QJsonObject spec{{u"row_data"_s, path},
                               {u"global_key"_s, relative},
                               {u"media_type"_s, MediaTypes::name(type)}};
        item = InputItem::fromJson(spec, position, SpecMode::Create, m_root);
        return true;
    }
    return false;
}

} // namespace rowscope
