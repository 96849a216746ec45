#pragma once

#include "inputitem.h"

#include <QString>

namespace rowscope {

// Where an import's items come from: a file of specs or export lines, a folder of media
// files, a generator. Read on the job's thread, one item at a time.
class ItemSource {
public:
    virtual ~ItemSource() = default;

    // The next item; false at the end (check fatalError()).
    virtual bool next(InputItem &item) = 0;
    // Set when the input as a whole broke off (an unclosed array, an unreadable folder).
    virtual QString fatalError() const { return {}; }
    // Progress in the source's own unit (bytes of a file, files of a folder, rows).
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0; // 0 when unknown
    virtual QString unit() const = 0;
    // Notes about the input that are not items (files skipped, say), handed over once.
    virtual QVector<TaskWarning> takeWarnings() { return {}; }
};

} // namespace rowscope
