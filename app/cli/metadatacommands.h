#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace rowscope {
struct MetadataValue;
class JsonWriter;
} // namespace rowscope

namespace rowscope::cli {

class Cli;

// rowscope-cli metadata set | clear: a data row's metadata values. Both print the row's
// metadata afterwards as the export's metadata_fields list.
class MetadataCommands final {
    Q_DECLARE_TR_FUNCTIONS(MetadataCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // [{"schema_id","schema_name","value"}], an enum's value being {schema_id, schema_name} of
    // its option: the metadata_fields of an export line.
    static void writeFields(JsonWriter &out, const QVector<MetadataValue> &values);

private:
    static int set(Cli &cli, const QStringList &arguments);
    static int clear(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
