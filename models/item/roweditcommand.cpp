#include "roweditcommand.h"

#include "roweditor.h"

namespace rowscope {

RowEditCommand::RowEditCommand(RowEditor *editor, const QString &text, RowEditStep undoStep,
                               RowEditStep redoStep, RowEditScope scope)
    : m_editor(editor)
    , m_serial(editor->registerCommand(this))
    , m_undo(std::move(undoStep))
    , m_redo(std::move(redoStep))
    , m_scope(std::move(scope))
{
    setText(text);
}

RowEditCommand::~RowEditCommand()
{
    m_editor->forgetCommand(m_serial);
}

void RowEditCommand::undo()
{
    if (!isObsolete()) {
        m_editor->runStep(m_serial, m_undo, m_scope);
    }
}

void RowEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // pushed after the edit landed: it is in already
        return;
    }
    if (!isObsolete()) {
        m_editor->runStep(m_serial, m_redo, m_scope);
    }
}

} // namespace rowscope
