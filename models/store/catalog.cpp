#include "catalog.h"

namespace rowscope {

Catalog::Catalog(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_datasets(*m_workspace)
    , m_rows(*m_workspace)
    , m_writer(*m_workspace)
    , m_keys(*m_workspace)
    , m_metadata(*m_workspace)
    , m_attachments(*m_workspace)
    , m_labels(*m_workspace)
    , m_exports(*m_workspace)
{}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, const WorkspaceOptions &options)
{
    auto workspace = Workspace::open(path, options);
    if (!workspace) {
        return workspace.error();
    }
    return std::unique_ptr<Catalog>(new Catalog(std::move(workspace).value()));
}

} // namespace rowscope
