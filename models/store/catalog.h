#pragma once

#include "attachmentstore.h"
#include "datarowstore.h"
#include "datasetstore.h"
#include "exportreader.h"
#include "globalkeystore.h"
#include "labelstore.h"
#include "metadatastore.h"
#include "rowwriter.h"
#include "workspace.h"

#include <memory>

namespace rowscope {

// The one C++ API over a workspace that the GUI and the CLI both use. A Catalog belongs to
// the thread that opened it; other threads open their own.
class Catalog final {
public:
    static Result<std::unique_ptr<Catalog>> open(const QString &path,
                                                 const WorkspaceOptions &options = {});
    Q_DISABLE_COPY_MOVE(Catalog)

    Workspace &workspace() { return *m_workspace; }
    DatasetStore &datasets() { return m_datasets; }
    DataRowStore &rows() { return m_rows; }
    RowWriter &writer() { return m_writer; }
    GlobalKeyStore &keys() { return m_keys; }
    MetadataStore &metadata() { return m_metadata; }
    AttachmentStore &attachments() { return m_attachments; }
    LabelStore &labels() { return m_labels; }
    ExportReader &exports() { return m_exports; }

private:
    explicit Catalog(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    DatasetStore m_datasets;
    DataRowStore m_rows;
    RowWriter m_writer;
    GlobalKeyStore m_keys;
    MetadataStore m_metadata;
    AttachmentStore m_attachments;
    LabelStore m_labels;
    ExportReader m_exports;
};

} // namespace rowscope
