#pragma once

#include "result.h"

#include <QVector>

namespace rowscope {

class Workspace;

struct DeletedCount {
    qint64 rows = 0;
    qint64 labels = 0;
};

// Deletes data rows in bulk, one transaction per chunk of at most 4,000 rows (Labelbox's
// limit per call). Everything that hangs on the rows goes in the same transaction, and the
// row_count of every dataset touched drops with them.
class BulkDeleter final {
public:
    static constexpr int kMaxChunk = 4000;

    explicit BulkDeleter(Workspace &workspace);

    Result<DeletedCount> deleteChunk(const QVector<qint64> &rowPks);

private:
    Workspace &m_workspace;
};

} // namespace rowscope
