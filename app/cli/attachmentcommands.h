#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {
struct Attachment;
class JsonWriter;
} // namespace rowscope

namespace rowscope::cli {

class Cli;

// rowscope-cli attachments list | add | update | delete: the attachments of data rows.
class AttachmentCommands final {
    Q_DECLARE_TR_FUNCTIONS(AttachmentCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // {"id","type","value","name"}, name only when the attachment has one.
    static void writeAttachment(JsonWriter &out, const Attachment &attachment);

private:
    static int list(Cli &cli, const QStringList &arguments);
    static int add(Cli &cli, const QStringList &arguments);
    static int update(Cli &cli, const QStringList &arguments);
    static int remove(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
