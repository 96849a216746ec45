#include "datasetcommands.h"

#include "cli.h"
#include "timestamp.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

void DatasetCommands::writeDataset(JsonWriter &out, const Dataset &dataset)
{
    out.beginObject();
    out.field("id"_L1, dataset.id);
    out.field("name"_L1, dataset.name);
    out.field("description"_L1, dataset.description);
    out.field("row_count"_L1, dataset.rowCount);
    out.field("created_at"_L1, Timestamp::format(dataset.createdAt));
    out.field("updated_at"_L1, Timestamp::format(dataset.updatedAt));
    out.endObject();
}

int DatasetCommands::run(Cli &cli, const QStringList &arguments)
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
    if (action == u"describe"_s) {
        return describe(cli, rest);
    }
    if (action == u"delete"_s) {
        return remove(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"datasets"_s,
            {{u"list"_s, tr("every dataset with its row count")},
             {u"create NAME [--description TEXT]"_s, tr("a new, empty dataset")},
             {u"rename ID NAME"_s, tr("a new name")},
             {u"describe ID TEXT"_s, tr("a new description")},
             {u"delete ID [--yes]"_s, tr("the dataset with all its rows (asks first)")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("datasets needs an action: list, create, rename, describe or "
                               "delete.")
                          : tr("Unknown action 'datasets %1'; the actions are list, create, "
                               "rename, describe and delete.")
                                .arg(action));
}

int DatasetCommands::list(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!cli.parse(parser, u"datasets list"_s, arguments,
                   tr("rowscope-cli datasets list: every dataset with its row count."),
                   u"rowscope-cli datasets list"_s, &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.refuse(tr("datasets list takes no arguments."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto datasets = catalog->datasets().list();
    if (!datasets) {
        return cli.failWith(datasets.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginArray();
        for (const Dataset &dataset : *datasets) {
            writeDataset(out, dataset);
        }
        out.endArray();
    });
    return Success;
}

int DatasetCommands::create(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption description(u"description"_s, tr("What the dataset holds."),
                                         tr("TEXT"));
    parser.addOption(description);
    parser.addPositionalArgument(u"NAME"_s, tr("The dataset's name (names need not be unique)."));
    int exitCode = Success;
    if (!cli.parse(
            parser, u"datasets create"_s, arguments,
            tr("rowscope-cli datasets create: makes an empty dataset."),
            u"rowscope-cli datasets create \"Street scenes\" --description \"Dashcam, 2026\""_s,
            &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("datasets create needs exactly one NAME."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto dataset =
        catalog->datasets().create(parser.positionalArguments().first(), parser.value(description));
    if (!dataset) {
        return cli.failWith(dataset.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeDataset(out, *dataset); });
    return Success;
}

int DatasetCommands::rename(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The dataset's id."));
    parser.addPositionalArgument(u"NAME"_s, tr("The new name."));
    int exitCode = Success;
    if (!cli.parse(parser, u"datasets rename"_s, arguments,
                   tr("rowscope-cli datasets rename: gives a dataset a new name."),
                   u"rowscope-cli datasets rename clx4m1z0a000008l2d3jq6x1v \"Street scenes v2\""_s,
                   &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return cli.refuse(tr("datasets rename needs an ID and a NAME."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto dataset = catalog->datasets().rename(positional[0], positional[1]);
    if (!dataset) {
        cli.printError(dataset.error().message);
        return Refused; // an unknown dataset id is refused (exit 2)
    }
    cli.printDocument([&](JsonWriter &out) { writeDataset(out, *dataset); });
    return Success;
}

int DatasetCommands::describe(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The dataset's id."));
    parser.addPositionalArgument(u"TEXT"_s, tr("The new description (\"\" clears it)."));
    int exitCode = Success;
    if (!cli.parse(parser, u"datasets describe"_s, arguments,
                   tr("rowscope-cli datasets describe: sets a dataset's description."),
                   u"rowscope-cli datasets describe clx4m1z0a000008l2d3jq6x1v \"Dashcam, 2026\""_s,
                   &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return cli.refuse(tr("datasets describe needs an ID and a TEXT."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto dataset = catalog->datasets().describe(positional[0], positional[1]);
    if (!dataset) {
        cli.printError(dataset.error().message);
        return Refused;
    }
    cli.printDocument([&](JsonWriter &out) { writeDataset(out, *dataset); });
    return Success;
}

int DatasetCommands::remove(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(u"yes"_s, tr("Deletes without asking."));
    parser.addOption(yes);
    parser.addPositionalArgument(u"ID"_s, tr("The dataset's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"datasets delete"_s, arguments,
                   tr("rowscope-cli datasets delete: deletes a dataset with all its rows, their "
                      "metadata, attachments and labels. This cannot be undone."),
                   u"rowscope-cli datasets delete clx4m1z0a000008l2d3jq6x1v --yes"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.refuse(tr("datasets delete needs exactly one ID."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto dataset = catalog->datasets().get(positional[0]);
    if (!dataset) {
        cli.printError(dataset.error().message);
        return Refused;
    }
    const QString statement =
        tr("This deletes the dataset '%1' (%2) and its %n data row(s) with their metadata, "
           "attachments and labels. It cannot be undone.",
           nullptr, static_cast<int>(qMin<qint64>(dataset->rowCount, INT_MAX)))
            .arg(dataset->name, dataset->id);
    if (!cli.confirm(statement, parser.isSet(yes))) {
        return NotConfirmed;
    }
    auto removed = catalog->datasets().remove(dataset->id);
    if (!removed) {
        return cli.failWith(removed.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("deleted"_L1, dataset->id);
        out.field("rows_deleted"_L1, *removed);
        out.endObject();
    });
    return Success;
}

} // namespace rowscope::cli
