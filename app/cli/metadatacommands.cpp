#include "metadatacommands.h"

#include "cli.h"
#include "cuid.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

// A value as typed on the command line, turned into what the field's kind reads: text for
// strings, numbers, date-times and enum options; a JSON array for an embedding. Text that is
// no array is left as text so that the store words the kind error.
QJsonValue valueFor(const MetadataSchema &schema, const QString &text)
{
    if (schema.kind == MetadataKind::Embedding) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isArray()) {
            return document.array();
        }
    }
    return text;
}

} // namespace

void MetadataCommands::writeFields(JsonWriter &out, const QVector<MetadataValue> &values)
{
    out.beginArray();
    for (const MetadataValue &value : values) {
        out.beginObject();
        out.field("schema_id"_L1, QStringView(value.schemaId));
        out.field("schema_name"_L1, QStringView(value.schemaName));
        out.key("value"_L1).value(MetadataValues::toJson(value));
        out.endObject();
    }
    out.endArray();
}

int MetadataCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"set"_s) {
        return set(cli, rest);
    }
    if (action == u"clear"_s) {
        return clear(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"metadata"_s,
            {{u"set ROW_ID NAME=VALUE..."_s, tr("sets fields of a row, others stay")},
             {u"clear ROW_ID NAME..."_s, tr("removes fields' values from a row")}});
    }
    return cli.refuse(
        action.isEmpty() || action.startsWith(u'-')
            ? tr("metadata needs an action: set or clear.")
            : tr("Unknown action 'metadata %1'; the actions are set and clear.").arg(action));
}

int MetadataCommands::set(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    parser.addPositionalArgument(
        u"NAME=VALUE"_s, tr("A field (by name or schema id) and its value."), u"NAME=VALUE..."_s);
    int exitCode = Success;
    if (!cli.parse(parser, u"metadata set"_s, arguments,
                   tr("rowscope-cli metadata set: sets metadata fields of a data row, replacing "
                      "their values and leaving the row's other fields alone. VALUE is read by "
                      "the field's kind: a string as given (at most 4,096 characters), a number "
                      "from its text, a datetime as ISO-8601 (no offset means UTC), an enum "
                      "option by name or id, an embedding as a JSON array of 128 numbers. NAME "
                      "ends at the first '='; give a field whose name holds '=' by its id.\n"
                      "If any field fails (unknown name, wrong kind, unknown option), nothing "
                      "changes (exit 2). Prints the row's metadata as [{\"schema_id\", "
                      "\"schema_name\", \"value\"}]."),
                   u"rowscope-cli metadata set ROW_ID split=train tag=night "
                   "captureDateTime=2026-11-29T18:40:00Z"_s,
                   &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return cli.refuse(tr("metadata set needs a ROW_ID and at least one NAME=VALUE."));
    }
    QVector<QPair<QString, QString>> given;
    for (const QString &argument : positional.mid(1)) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            return cli.refuse(tr("'%1' is not NAME=VALUE: metadata set takes fields as NAME=VALUE.")
                                  .arg(argument));
        }
        given.append({argument.left(equals), argument.mid(equals + 1)});
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto schemas = catalog->metadata().schemas();
    if (!schemas) {
        return cli.failWith(schemas.error());
    }
    const MetadataSchemaSet known(std::move(schemas).value());
    QVector<MetadataFieldInput> fields;
    for (const auto &[name, text] : given) {
        MetadataFieldInput field;
        const MetadataSchema *schema = known.byId(name);
        if (!schema) {
            schema = known.byName(name);
        }
        if (schema) {
            field.schemaId = schema->id;
            field.value = valueFor(*schema, text);
        } else {
            // Unknown: the store refuses it with the spec's message for an id or a name.
            if (Cuid::isValid(name)) {
                field.schemaId = name;
            } else {
                field.name = name;
            }
            field.value = text;
        }
        fields.append(std::move(field));
    }
    auto values = catalog->metadata().setRowMetadata(positional.first(), fields);
    if (!values) {
        return cli.failWith(values.error()); // a missing row is 1; every rule refuses (2)
    }
    cli.printDocument([&](JsonWriter &out) { writeFields(out, *values); });
    return Success;
}

int MetadataCommands::clear(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    parser.addPositionalArgument(u"NAME"_s, tr("A field, by name or schema id."), u"NAME..."_s);
    int exitCode = Success;
    if (!cli.parse(parser, u"metadata clear"_s, arguments,
                   tr("rowscope-cli metadata clear: removes the values of metadata fields from "
                      "a data row (a field the row has no value for is left as it is). An "
                      "unknown field refuses the call before anything changes (exit 2). Prints "
                      "the row's metadata as [{\"schema_id\", \"schema_name\", \"value\"}]."),
                   u"rowscope-cli metadata clear ROW_ID split tag"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return cli.refuse(tr("metadata clear needs a ROW_ID and at least one NAME."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    const QString rowId = positional.first();
    // The row first: a missing row is "nothing found" (1), an unknown field a refusal (2).
    if (auto row = catalog->rows().get(rowId); !row) {
        return cli.failWith(row.error());
    }
    auto values = catalog->metadata().clearRowMetadata(rowId, positional.mid(1));
    if (!values) {
        return values.error().code == ErrorCode::NotFound ? cli.refuse(values.error().message)
                                                          : cli.failWith(values.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeFields(out, *values); });
    return Success;
}

} // namespace rowscope::cli
