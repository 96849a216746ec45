#include "attachmentcommands.h"

#include "cli.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

QString typeList()
{
    QStringList names;
    for (const AttachmentType type : Attachments::allTypes()) {
        names.append(Attachments::typeName(type));
    }
    return names.join(u", "_s);
}

} // namespace

void AttachmentCommands::writeAttachment(JsonWriter &out, const Attachment &attachment)
{
    out.beginObject();
    out.field("id"_L1, QStringView(attachment.id));
    out.field("type"_L1, Attachments::typeName(attachment.type));
    out.field("value"_L1, QStringView(attachment.value));
    if (!attachment.name.isEmpty()) {
        out.field("name"_L1, QStringView(attachment.name));
    }
    out.endObject();
}

int AttachmentCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"list"_s) {
        return list(cli, rest);
    }
    if (action == u"add"_s) {
        return add(cli, rest);
    }
    if (action == u"update"_s) {
        return update(cli, rest);
    }
    if (action == u"delete"_s) {
        return remove(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"attachments"_s,
            {{u"list ROW_ID"_s, tr("a row's attachments")},
             {u"add ROW_ID --type T --value V [--name N]"_s, tr("a new attachment")},
             {u"update ATT_ID [--type T] [--value V] [--name N]"_s, tr("changes what is given")},
             {u"delete ATT_ID"_s, tr("removes an attachment")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("attachments needs an action: list, add, update or delete.")
                          : tr("Unknown action 'attachments %1'; the actions are list, add, "
                               "update and delete.")
                                .arg(action));
}

int AttachmentCommands::list(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"attachments list"_s, arguments,
                   tr("rowscope-cli attachments list: a data row's attachments in the order they "
                      "were added, as [{\"id\", \"type\", \"value\", \"name\"}] (name only when "
                      "set)."),
                   u"rowscope-cli attachments list ROW_ID"_s, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("attachments list needs exactly one ROW_ID."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto attachments = catalog->attachments().list(parser.positionalArguments().first());
    if (!attachments) {
        return cli.failWith(attachments.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginArray();
        for (const Attachment &attachment : *attachments) {
            writeAttachment(out, attachment);
        }
        out.endArray();
    });
    return Success;
}

int AttachmentCommands::add(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(u"type"_s, tr("One of %1.").arg(typeList()), tr("T"));
    const QCommandLineOption value(
        u"value"_s,
        tr("The value: text for RAW_TEXT, a URL or an absolute local path for the other "
           "types."),
        tr("V"));
    const QCommandLineOption name(u"name"_s, tr("An optional name."), tr("N"));
    parser.addOptions({type, value, name});
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"attachments add"_s, arguments,
                   tr("rowscope-cli attachments add: adds an attachment to a data row and prints "
                      "it. --type and --value are required; the value may not be empty."),
                   u"rowscope-cli attachments add ROW_ID --type IMAGE_OVERLAY "
                   "--value https://example.com/mask.png --name mask"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(type) || !parser.isSet(value)) {
        return cli.refuse(tr("attachments add needs one ROW_ID, --type T and --value V."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto attachment =
        catalog->attachments().add(parser.positionalArguments().first(), parser.value(type),
                                   parser.value(value), parser.value(name));
    if (!attachment) {
        return cli.failWith(attachment.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeAttachment(out, *attachment); });
    return Success;
}

int AttachmentCommands::update(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(u"type"_s, tr("The new type: one of %1.").arg(typeList()),
                                  tr("T"));
    const QCommandLineOption value(u"value"_s, tr("The new value (not empty)."), tr("V"));
    const QCommandLineOption name(u"name"_s, tr("The new name (\"\" removes it)."), tr("N"));
    parser.addOptions({type, value, name});
    parser.addPositionalArgument(u"ATT_ID"_s, tr("The attachment's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"attachments update"_s, arguments,
                   tr("rowscope-cli attachments update: changes only what is given (at least "
                      "one of --type, --value and --name); the value is checked against the "
                      "(new) type. Prints the attachment."),
                   u"rowscope-cli attachments update ATT_ID --name \"night mask\""_s, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("attachments update needs exactly one ATT_ID."));
    }
    AttachmentUpdate change;
    if (parser.isSet(type)) {
        change.type = parser.value(type);
    }
    if (parser.isSet(value)) {
        change.value = parser.value(value);
    }
    if (parser.isSet(name)) {
        change.name = parser.value(name);
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto attachment = catalog->attachments().update(parser.positionalArguments().first(), change);
    if (!attachment) {
        return cli.failWith(attachment.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeAttachment(out, *attachment); });
    return Success;
}

int AttachmentCommands::remove(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ATT_ID"_s, tr("The attachment's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"attachments delete"_s, arguments,
                   tr("rowscope-cli attachments delete: removes one attachment from its data "
                      "row. Prints {\"deleted\": id}."),
                   u"rowscope-cli attachments delete ATT_ID"_s, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("attachments delete needs exactly one ATT_ID."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    const QString id = parser.positionalArguments().first();
    if (Status removed = catalog->attachments().remove(id); !removed) {
        return cli.failWith(removed.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("deleted"_L1, QStringView(id));
        out.endObject();
    });
    return Success;
}

} // namespace rowscope::cli
