#include "importjob.h"

#include "catalog.h"
#include "prefetcher.h"

namespace rowscope {

namespace {

// A chunk of items read ahead, with what the source said about it.
struct ItemChunk {
    QVector<InputItem> items;
    QVector<TaskWarning> warnings;
    qint64 done = 0;
    qint64 total = 0;
    QString fatalError; // on the last chunk only
};

} // namespace

ImportJob::ImportJob(QString workspacePath, WorkspaceOptions options, QString datasetId,
                     SpecMode mode)
    : m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
    , m_datasetId(std::move(datasetId))
    , m_mode(mode)
{}

Result<ImportSummary> ImportJob::run(ItemSource &source, TaskReportSpool &report,
                                     JobControl &control)
{
    WorkspaceOptions options = m_options;
    options.bulk = true;
    auto catalog = Catalog::open(m_workspacePath, options);
    if (!catalog) {
        return catalog.error();
    }
    if (auto dataset = (*catalog)->datasets().get(m_datasetId); !dataset) {
        return dataset.error();
    }
    control.setUnit(source.unit());
    // New rows' specs are checked on the reader thread against the schemas as they are now;
    // the writer checks again any spec this could not settle (a field made meanwhile).
    std::optional<MetadataSchemaSet> schemas;
    if (m_mode == SpecMode::Create) {
        auto index = MetadataStore::loadIndex((*catalog)->workspace().db());
        if (!index) {
            return index.error();
        }
        schemas = index->set;
    }
    // From here on only the reader thread touches the source.
    Prefetcher<ItemChunk> reader(
        [&source, schemas, size = m_chunkSize, finished = false](ItemChunk &chunk) mutable {
            if (finished) {
                return false;
            }
            chunk.items.reserve(size);
            InputItem item;
            while (chunk.items.size() < size && source.next(item)) {
                if (schemas && item.spec && !item.failed()) {
                    auto prepared = DataRowSpecs::prepareCreate(*item.spec, *schemas);
                    if (prepared) {
                        item.prepared = std::move(prepared).value();
                    }
                }
                chunk.items.append(std::move(item));
            }
            chunk.warnings = source.takeWarnings();
            chunk.done = source.done();
            chunk.total = source.total();
            if (chunk.items.size() < size) {
                finished = true;
                chunk.fatalError = source.fatalError();
            }
            return true;
        });

    ImportSummary summary;
    while (std::optional<ItemChunk> chunk = reader.take()) {
        if (!chunk->warnings.isEmpty()) {
            TaskReport notes;
            notes.warnings = std::move(chunk->warnings);
            report.add(std::move(notes));
        }
        if (!chunk->items.isEmpty()) {
            auto written = (*catalog)->writer().write(m_datasetId, chunk->items, m_mode);
            if (!written) {
                summary.error = written.error().message;
                break;
            }
            summary.items += chunk->items.size();
            report.add(std::move(written).value());
            control.progress(chunk->done, chunk->total);
        }
        if (!chunk->fatalError.isNull()) {
            TaskReport broken;
            broken.errors.append({chunk->fatalError, ItemPosition::index(summary.items), {}});
            report.add(std::move(broken));
        }
        reader.recycle(std::move(*chunk));
        if (control.isCancelled()) {
            summary.cancelled = true;
            break;
        }
    }
    control.flush();
    return summary;
}

} // namespace rowscope
