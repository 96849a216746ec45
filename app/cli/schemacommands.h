#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {
struct MetadataSchema;
class JsonWriter;
} // namespace rowscope

namespace rowscope::cli {

class Cli;

// rowscope-cli schema list | create | rename | delete: the workspace's metadata fields.
class SchemaCommands final {
    Q_DECLARE_TR_FUNCTIONS(SchemaCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // {"id","name","kind","reserved","options":[{"id","name"}]}, options for enums only.
    static void writeSchema(JsonWriter &out, const MetadataSchema &schema);

private:
    static int list(Cli &cli, const QStringList &arguments);
    static int create(Cli &cli, const QStringList &arguments);
    static int rename(Cli &cli, const QStringList &arguments);
    static int remove(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
