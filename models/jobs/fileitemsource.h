#pragma once

#include "itemsource.h"

#include <QCoreApplication>

class QIODevice;

namespace rowscope {

// The items of a JSON array or NDJSON file (or stdin), read as a stream.
class FileItemSource final : public ItemSource {
    Q_DECLARE_TR_FUNCTIONS(FileItemSource)

public:
    // `device` is open for reading and outlives the source; relative file paths in the
    // input resolve against baseDir.
    FileItemSource(QIODevice *device, SpecMode mode, const QString &baseDir);

    bool next(InputItem &item) override;
    QString fatalError() const override { return m_reader.fatalError(); }
    qint64 done() const override { return m_reader.bytesRead(); }
    qint64 total() const override { return m_total; }
    QString unit() const override;

private:
    InputReader m_reader;
    qint64 m_total;
};

} // namespace rowscope
