#pragma once

#include "globalkeybatch.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {

class Workspace;

// The batch global-key operations, each one transaction, answering in the Labelbox shapes.
class GlobalKeyStore final {
    Q_DECLARE_TR_FUNCTIONS(GlobalKeyStore)

public:
    explicit GlobalKeyStore(Workspace &workspace);

    // Assigns keys to rows in order. An item with a missing (null) field rejects the whole
    // call before anything changes; a missing row, an invalid key or a key held by another
    // row fails that item alone.
    Result<AssignKeysResult> assign(const QVector<GlobalKeyAssignment> &assignments);
    // Refuses a list in which an item lacks its row id or key (a null string).
    static Status checkComplete(const QVector<GlobalKeyAssignment> &assignments);
    Result<LookupKeysResult> lookup(const QStringList &globalKeys);
    Result<ClearKeysResult> clear(const QStringList &globalKeys);

private:
    Workspace &m_workspace;
};

} // namespace rowscope
