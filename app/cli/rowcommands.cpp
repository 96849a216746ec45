#include "rowcommands.h"

#include "cli.h"
#include "exportline.h"
#include "inputitem.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

void printRecord(Cli &cli, const ExportRecord &record)
{
    cli.printDocument(
        [&](JsonWriter &out) { ExportLines::write(out, record, ExportParams::all()); });
}

} // namespace

int RowCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"get"_s) {
        return get(cli, rest);
    }
    if (action == u"create"_s) {
        return write(cli, rest, SpecMode::Create);
    }
    if (action == u"upsert"_s) {
        return write(cli, rest, SpecMode::Upsert);
    }
    if (action == u"update"_s) {
        return update(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"rows"_s,
            {tr("get ID | get --global-key KEY     one row as an export line"),
             tr("create --dataset ID FILE         new rows from specs or export lines"),
             tr("upsert --dataset ID FILE         update by key (ID or GKEY), create the rest"),
             tr("update ID [--global-key K] [--row-data R] [--external-id E]")});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("rows needs an action: get, create, upsert or update.")
                          : tr("Unknown action 'rows %1'; the actions are get, create, upsert "
                               "and update.")
                                .arg(action));
}

int RowCommands::get(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption globalKey(u"global-key"_s, tr("Finds the row by its global key."),
                                       tr("KEY"));
    parser.addOption(globalKey);
    parser.addPositionalArgument(u"ID"_s, tr("The data row's id."), u"[ID]"_s);
    int exitCode = Success;
    if (!cli.parse(parser, u"rows get"_s, arguments,
                   tr("rowscope-cli rows get: one data row as an export line with every "
                      "parameter."),
                   u"rowscope-cli rows get --global-key street-scenes/0001.jpg"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(globalKey) == (positional.size() == 1) || positional.size() > 1) {
        return cli.refuse(tr("rows get needs either one ID or --global-key KEY."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto row = parser.isSet(globalKey) ? catalog->rows().getByGlobalKey(parser.value(globalKey))
                                       : catalog->rows().get(positional.first());
    if (!row) {
        return cli.failWith(row.error());
    }
    auto record = catalog->exports().record(row->id, ExportParams::all());
    if (!record) {
        return cli.failWith(record.error());
    }
    printRecord(cli, *record);
    return Success;
}

int RowCommands::write(Cli &cli, const QStringList &arguments, SpecMode mode)
{
    const bool upsert = mode == SpecMode::Upsert;
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("The dataset new rows go into."), tr("ID"));
    parser.addOption(dataset);
    parser.addPositionalArgument(
        u"FILE"_s, tr("A JSON array or NDJSON of data row specs or export lines; - for stdin."));
    int exitCode = Success;
    const QString description =
        upsert ? tr("rowscope-cli rows upsert: updates the rows the specs' keys name (ID or "
                    "GKEY) and creates the rest. Only fields present change; metadata_fields "
                    "and attachments replace the row's whole set.")
               : tr("rowscope-cli rows create: creates data rows from specs or export lines. "
                    "Each item goes in or fails alone with its reason.");
    const QString example = upsert ? u"rowscope-cli rows upsert --dataset ID upserts.ndjson"_s
                                   : u"rowscope-cli rows create --dataset ID specs.json"_s;
    if (!cli.parse(parser, upsert ? u"rows upsert"_s : u"rows create"_s, arguments, description,
                   example, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(dataset) || positional.size() != 1) {
        return cli.refuse(
            tr("rows %1 needs --dataset ID and one FILE.").arg(upsert ? u"upsert"_s : u"create"_s));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    const QString datasetId = parser.value(dataset);
    if (auto found = catalog->datasets().get(datasetId); !found) {
        cli.printError(found.error().message);
        return Refused;
    }
    const QString fileName = positional.first();
    QFile file;
    if (fileName == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return cli.refuse(tr("Cannot read standard input: %1").arg(file.errorString()));
        }
    } else {
        if (QFileInfo(fileName).isDir()) {
            return cli.refuse(tr("Cannot read '%1': it is a folder.").arg(fileName));
        }
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            return cli.refuse(tr("Cannot read '%1': %2").arg(fileName, file.errorString()));
        }
    }

    InputReader reader(&file, mode, QDir::currentPath());
    TaskReport report;
    QVector<InputItem> chunk;
    qint64 items = 0;
    const bool showProgress = Cli::stderrIsTerminal();
    const auto flush = [&]() -> Status {
        if (chunk.isEmpty()) {
            return {};
        }
        auto written = catalog->writer().write(datasetId, chunk, mode);
        chunk.clear();
        if (!written) {
            return written.error();
        }
        report.merge(std::move(written).value());
        if (showProgress) {
            QTextStream(stderr) << '\r' << tr("%1 items written").arg(QLocale().toString(items))
                                << Qt::flush;
        }
        return {};
    };
    InputItem item;
    while (reader.next(item)) {
        ++items;
        chunk.append(std::move(item));
        if (chunk.size() >= kChunkSize) {
            if (Status done = flush(); !done) {
                cli.printError(done.error().message);
                return ItemsFailed;
            }
        }
    }
    if (Status done = flush(); !done) {
        cli.printError(done.error().message);
        return ItemsFailed;
    }
    if (showProgress && items >= kChunkSize) {
        QTextStream(stderr) << '\n';
    }
    if (!reader.fatalError().isNull()) {
        report.errors.append({reader.fatalError(), ItemPosition::index(items), QJsonValue()});
    } else if (items == 0) {
        return cli.refuse(tr("'%1' holds no items: nothing was written.").arg(fileName));
    }
    cli.printDocument([&](JsonWriter &out) { report.writeJson(out); });
    return report.errors.isEmpty() ? Success : ItemsFailed;
}

int RowCommands::update(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption globalKey(u"global-key"_s, tr("The new global key."), tr("KEY"));
    const QCommandLineOption rowData(u"row-data"_s, tr("The new row data."), tr("DATA"));
    const QCommandLineOption externalId(u"external-id"_s, tr("The new external id."), tr("ID"));
    parser.addOptions({globalKey, rowData, externalId});
    parser.addPositionalArgument(u"ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"rows update"_s, arguments,
                   tr("rowscope-cli rows update: changes a row's global key, row data or "
                      "external id and prints the row as an export line."),
                   u"rowscope-cli rows update ROW_ID --external-id 0001-renamed.jpg"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("rows update needs exactly one ID."));
    }
    DataRowUpdate change;
    if (parser.isSet(globalKey)) {
        change.globalKey = parser.value(globalKey);
    }
    if (parser.isSet(rowData)) {
        change.rowData = parser.value(rowData);
    }
    if (parser.isSet(externalId)) {
        change.externalId = parser.value(externalId);
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto row = catalog->rows().update(parser.positionalArguments().first(), change);
    if (!row) {
        return cli.failWith(row.error());
    }
    auto record = catalog->exports().record(row->id, ExportParams::all());
    if (!record) {
        return cli.failWith(record.error());
    }
    printRecord(cli, *record);
    return Success;
}

} // namespace rowscope::cli
