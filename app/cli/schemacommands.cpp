#include "schemacommands.h"

#include "cli.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

// What `schema rename` and `schema delete` act on: a field by id or name, or an enum option
// by its id.
struct SchemaTarget {
    QString id;
    QString name;
    QString kind;     // the field's kind; empty for an option
    QString enumName; // an option's enum; empty for a field
    bool reserved = false;
};

Result<SchemaTarget> findTarget(Catalog &catalog, const QString &nameOrId)
{
    auto schemas = catalog.metadata().schemas();
    if (!schemas) {
        return schemas.error();
    }
    const MetadataSchemaSet set(std::move(schemas).value());
    const MetadataSchema *schema = set.byId(nameOrId);
    if (!schema) {
        schema = set.byName(nameOrId);
    }
    if (schema) {
        return SchemaTarget{
            schema->id, schema->name, MetadataKinds::name(schema->kind), {}, schema->reserved};
    }
    if (const MetadataSchema *owner = set.enumOfOption(nameOrId)) {
        return SchemaTarget{
            nameOrId, owner->optionById(nameOrId)->name, {}, owner->name, owner->reserved};
    }
    // Not there: the store words the not-found message (by id or by name).
    auto found = catalog.metadata().schema(nameOrId);
    if (!found) {
        return found.error();
    }
    return SchemaTarget{
        found->id, found->name, MetadataKinds::name(found->kind), {}, found->reserved};
}

} // namespace

void SchemaCommands::writeSchema(JsonWriter &out, const MetadataSchema &schema)
{
    out.beginObject();
    out.field("id"_L1, QStringView(schema.id));
    out.field("name"_L1, QStringView(schema.name));
    out.field("kind"_L1, MetadataKinds::name(schema.kind));
    out.field("reserved"_L1, schema.reserved);
    if (schema.kind == MetadataKind::Enum) {
        out.key("options"_L1).beginArray();
        for (const MetadataOption &option : schema.options) {
            out.beginObject();
            out.field("id"_L1, QStringView(option.id));
            out.field("name"_L1, QStringView(option.name));
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
}

int SchemaCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"list"_s) {
        return list(cli, rest);
    }
    if (action == u"create"_s) {
        return create(cli, rest);
    }
    if (action == u"rename"_s) {
        return rename(cli, rest);
    }
    if (action == u"delete"_s) {
        return remove(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"schema"_s,
            {{u"list"_s, tr("every metadata field, the reserved four first")},
             {u"create NAME --kind KIND [--option O]..."_s, tr("a new custom field")},
             {u"rename NAME NEW"_s, tr("a field (by name or id) or an enum option (by id)")},
             {u"delete NAME [--yes]"_s, tr("a custom field and all its values (asks first)")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("schema needs an action: list, create, rename or delete.")
                          : tr("Unknown action 'schema %1'; the actions are list, create, rename "
                               "and delete.")
                                .arg(action));
}

int SchemaCommands::list(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!cli.parse(parser, u"schema list"_s, arguments,
                   tr("rowscope-cli schema list: every metadata field of the workspace with its "
                      "id, kind and, for enums, its options."),
                   u"rowscope-cli schema list"_s, &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.refuse(tr("schema list takes no arguments."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto schemas = catalog->metadata().schemas();
    if (!schemas) {
        return cli.failWith(schemas.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginArray();
        for (const MetadataSchema &schema : *schemas) {
            writeSchema(out, schema);
        }
        out.endArray();
    });
    return Success;
}

int SchemaCommands::create(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        u"kind"_s, tr("string, number, datetime, enum or embedding (required)."), tr("KIND"));
    const QCommandLineOption option(
        u"option"_s, tr("An option of an enum; repeat for each (at most 64)."), tr("O"));
    parser.addOptions({kind, option});
    parser.addPositionalArgument(u"NAME"_s, tr("The field's name: 1-100 characters, unique in the "
                                               "workspace, not a reserved name."));
    int exitCode = Success;
    if (!cli.parse(parser, u"schema create"_s, arguments,
                   tr("rowscope-cli schema create: a new custom metadata field. Kinds: string "
                      "(at most 4,096 characters), number, datetime (ISO-8601, stored in UTC), "
                      "enum (one of its options) and embedding (128 numbers)."),
                   u"rowscope-cli schema create weather --kind enum --option sunny --option rain"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(kind)) {
        return cli.refuse(tr("schema create needs exactly one NAME and --kind KIND."));
    }
    const auto parsedKind = MetadataKinds::parse(parser.value(kind));
    if (!parsedKind) {
        return cli.refuse(tr("Unknown kind '%1'; the kinds are string, number, datetime, enum "
                             "and embedding.")
                              .arg(parser.value(kind)));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto schema = catalog->metadata().createSchema(parser.positionalArguments().first(),
                                                   *parsedKind, parser.values(option));
    if (!schema) {
        return cli.failWith(schema.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeSchema(out, *schema); });
    return Success;
}

int SchemaCommands::rename(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s,
                                 tr("The field's name or id, or the id of an enum option."));
    parser.addPositionalArgument(u"NEW"_s, tr("The new name."));
    int exitCode = Success;
    if (!cli.parse(parser, u"schema rename"_s, arguments,
                   tr("rowscope-cli schema rename: gives a custom metadata field, or an option "
                      "of a custom enum (named by its id), a new name. Prints the field. The "
                      "reserved fields and their options cannot be renamed."),
                   u"rowscope-cli schema rename weather sky"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return cli.refuse(tr("schema rename needs a NAME and a NEW name."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto target = findTarget(*catalog, positional[0]);
    if (!target) {
        return cli.failWith(target.error());
    }
    auto schema = catalog->metadata().renameSchema(target->id, positional[1]);
    if (!schema) {
        return cli.failWith(schema.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeSchema(out, *schema); });
    return Success;
}

int SchemaCommands::remove(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(u"yes"_s, tr("Deletes without asking."));
    parser.addOption(yes);
    parser.addPositionalArgument(u"NAME"_s,
                                 tr("The field's name or id, or the id of an enum option."));
    int exitCode = Success;
    if (!cli.parse(parser, u"schema delete"_s, arguments,
                   tr("rowscope-cli schema delete: deletes a custom metadata field (or an option "
                      "of a custom enum, by its id) with its values on every data row. It states "
                      "how many rows hold a value and asks first; without a terminal it needs "
                      "--yes. This cannot be undone. The reserved fields cannot be deleted.\n"
                      "Prints {\"deleted\": id, \"rows_affected\": n}."),
                   u"rowscope-cli schema delete weather --yes"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.refuse(tr("schema delete needs exactly one NAME."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto target = findTarget(*catalog, positional[0]);
    if (!target) {
        return cli.failWith(target.error());
    }
    if (target->reserved) {
        // The store refuses reserved fields with its own message and changes nothing; let it
        // say so before the user is asked to confirm a delete that cannot happen.
        if (Status refused = catalog->metadata().deleteSchema(target->id); !refused) {
            return cli.failWith(refused.error());
        }
    }
    auto usage = catalog->metadata().usage(target->id);
    if (!usage) {
        return cli.failWith(usage.error());
    }
    const int rows = static_cast<int>(qMin<qint64>(*usage, INT_MAX));
    const QString statement =
        target->enumName.isEmpty()
            ? tr("This deletes the metadata field '%1' (%2, %3) and its value on %n data row(s). "
                 "It cannot be undone.",
                 nullptr, rows)
                  .arg(target->name, target->id, target->kind)
            : tr("This deletes the option '%1' (%2) of the enum '%3' and its value on %n data "
                 "row(s). It cannot be undone.",
                 nullptr, rows)
                  .arg(target->name, target->id, target->enumName);
    if (!cli.confirm(statement, parser.isSet(yes))) {
        return NotConfirmed;
    }
    if (Status deleted = catalog->metadata().deleteSchema(target->id); !deleted) {
        return cli.failWith(deleted.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("deleted"_L1, QStringView(target->id));
        out.field("rows_affected"_L1, *usage);
        out.endObject();
    });
    return Success;
}

} // namespace rowscope::cli
