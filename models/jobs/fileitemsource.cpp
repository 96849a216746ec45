#include "fileitemsource.h"

#include <QIODevice>

namespace rowscope {

FileItemSource::FileItemSource(QIODevice *device, SpecMode mode, const QString &baseDir)
    : m_reader(device, mode, baseDir)
    , m_total(device->isSequential() ? 0 : device->size())
{}

bool FileItemSource::next(InputItem &item)
{
    return m_reader.next(item);
}

QString FileItemSource::unit() const
{
    return tr("bytes");
}

} // namespace rowscope
