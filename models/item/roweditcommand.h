#pragma once

#include "result.h"

#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace rowscope {

class Catalog;
class RowEditor;

// Which rows an edit touched, so that the models showing them reload.
struct RowEditScope {
    QStringList rowIds;
    QString datasetId; // set for an edit of a whole (filtered) dataset: too many rows to list
};

// One direction of an edit, run on the editor's worker thread in one transaction.
using RowEditStep = std::function<Status(Catalog &)>;

// An edit on the undo stack. The edit is already in the workspace when the command is pushed,
// so its first redo() does nothing; later undo() and redo() hand their step to the editor,
// which runs it off the GUI thread. A step that fails (the world changed meanwhile) makes the
// command obsolete: the stack then drops it unrun the next time it reaches it.
class RowEditCommand final : public QUndoCommand {
public:
    RowEditCommand(RowEditor *editor, const QString &text, RowEditStep undoStep,
                   RowEditStep redoStep, RowEditScope scope);
    ~RowEditCommand() override;
    Q_DISABLE_COPY_MOVE(RowEditCommand)

    void undo() override;
    void redo() override;

    quint64 serial() const { return m_serial; }

private:
    RowEditor *m_editor;
    quint64 m_serial;
    RowEditStep m_undo;
    RowEditStep m_redo;
    RowEditScope m_scope;
    bool m_firstRedo = true;
};

} // namespace rowscope
