#include "taskreportspool.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

constexpr qsizetype kSpillBytes = 1 << 20;

} // namespace

TaskReportSpool::TaskReportSpool() = default;
TaskReportSpool::~TaskReportSpool() = default;

void TaskReportSpool::beginEntry(List &list)
{
    if (list.count > 0) {
        list.buffer.append('\n');
    }
}

void TaskReportSpool::endEntry(List &list)
{
    ++list.count;
    if (list.buffer.size() >= kSpillBytes && !list.full) {
        if (!list.file) {
            list.file = std::make_unique<QTemporaryFile>(
                QDir::temp().filePath(u"rowscope-report-XXXXXX.jsonl"_s));
            if (!list.file->open()) {
                list.file.reset(); // no temporary space: keep it in memory
                list.full = true;
                return;
            }
        }
        const qint64 spilled = list.file->size();
        if (list.file->write(list.buffer) != list.buffer.size() || !list.file->flush()) {
            // The temporary folder is full: take back the part that was written (a cut entry
            // would break the document) and keep this list in memory from here on.
            (void)list.file->resize(spilled);
            list.full = true;
            return;
        }
        list.buffer.resize(0); // keeps the block for the next megabyte
    }
}

void TaskReportSpool::add(TaskReport chunk)
{
    m_created += chunk.created;
    m_updated += chunk.updated;
    // Entries are written straight into their list's buffer.
    for (const CreatedRow &row : chunk.result) {
        beginEntry(m_results);
        JsonWriter writer(&m_results.buffer);
        TaskReport::writeResult(writer, row);
        endEntry(m_results);
    }
    for (TaskItemError &error : chunk.errors) {
        beginEntry(m_errors);
        JsonWriter writer(&m_errors.buffer);
        TaskReport::writeError(writer, error);
        endEntry(m_errors);
        if (m_firstErrors.size() < kShown) {
            m_firstErrors.append(std::move(error));
        }
    }
    for (TaskWarning &warning : chunk.warnings) {
        beginEntry(m_warnings);
        JsonWriter writer(&m_warnings.buffer);
        TaskReport::writeWarning(writer, warning);
        endEntry(m_warnings);
        if (m_firstWarnings.size() < kShown) {
            m_firstWarnings.append(std::move(warning));
        }
    }
}

Status TaskReportSpool::copy(const List &list, QIODevice *out, bool indented)
{
    // Entries are separated by '\n'; in the document they are separated by ",\n".
    const auto writeBlock = [&](const QByteArray &block) -> bool {
        // A block may start with the separator of its first entry (entries added after a
        // spill begin with one); the caller writes that separator itself.
        QByteArray text = block.startsWith('\n') ? block.mid(1) : block;
        text.replace('\n', indented ? ",\n    " : ",");
        return out->write(text) == text.size();
    };
    if (list.count == 0) {
        return {};
    }
    if (indented) {
        out->write("\n    ");
    }
    bool needSeparator = false;
    if (list.file) {
        // Read back through the open file (reopening by name would make the unnamed
        // temporary file visible in the folder), then return to its end for more entries.
        QTemporaryFile &reader = *list.file;
        reader.flush();
        const qint64 end = reader.pos();
        if (!reader.seek(0)) {
            return Error{ErrorCode::Io, reader.errorString()};
        }
        const auto backToEnd = qScopeGuard([&reader, end] { reader.seek(end); });
        while (!reader.atEnd()) {
            QByteArray block = reader.read(kSpillBytes);
            // Never split an entry: read to the end of the line.
            if (!reader.atEnd() && !block.endsWith('\n')) {
                block.append(reader.readLine());
            }
            if (block.endsWith('\n')) {
                block.chop(1);
            }
            if (block.isEmpty()) {
                continue;
            }
            if (needSeparator && out->write(indented ? ",\n    " : ",") < 0) {
                return Error{ErrorCode::Io, out->errorString()};
            }
            if (!writeBlock(block)) {
                return Error{ErrorCode::Io, out->errorString()};
            }
            needSeparator = true;
        }
    }
    if (!list.buffer.isEmpty()) {
        if (needSeparator && out->write(indented ? ",\n    " : ",") < 0) {
            return Error{ErrorCode::Io, out->errorString()};
        }
        if (!writeBlock(list.buffer)) {
            return Error{ErrorCode::Io, out->errorString()};
        }
    }
    if (indented) {
        out->write("\n  ");
    }
    return {};
}

int TaskReportSpool::spilledLists() const
{
    return (m_results.file ? 1 : 0) + (m_errors.file ? 1 : 0) + (m_warnings.file ? 1 : 0);
}

Status TaskReportSpool::writeJson(QIODevice *out, bool indented) const
{
    const char *separator = indented ? ",\n  " : ",";
    QByteArray head = indented ? "{\n  " : "{";
    head += "\"status\":" + QByteArray(indented ? " " : "");
    JsonWriter::appendEscaped(head, status());
    head += separator + QByteArray("\"created\":") + (indented ? " " : "") +
            QByteArray::number(m_created);
    head += separator + QByteArray("\"updated\":") + (indented ? " " : "") +
            QByteArray::number(m_updated);
    head += separator + QByteArray("\"result\":") + (indented ? " [" : "[");
    out->write(head);
    if (Status done = copy(m_results, out, indented); !done) {
        return done;
    }
    out->write(QByteArray("]") + separator + "\"errors\":" + (indented ? " [" : "["));
    if (Status done = copy(m_errors, out, indented); !done) {
        return done;
    }
    out->write(QByteArray("]") + separator + "\"warnings\":" + (indented ? " [" : "["));
    if (Status done = copy(m_warnings, out, indented); !done) {
        return done;
    }
    out->write(indented ? "]\n}\n" : "]}\n");
    return {};
}

} // namespace rowscope
