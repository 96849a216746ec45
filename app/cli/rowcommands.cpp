#include "rowcommands.h"

#include "bulkdeletejob.h"
#include "cli.h"
#include "clijobcontrol.h"
#include "deleteplan.h"
#include "exportline.h"
#include "fileitemsource.h"
#include "filter.h"
#include "folderitemsource.h"
#include "importjob.h"
#include "rowlister.h"
#include "rowtables.h"
#include "taskreportspool.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    if (action == u"list"_s) {
        return list(cli, rest);
    }
    if (action == u"import-folder"_s) {
        return importFolder(cli, rest);
    }
    if (action == u"delete"_s) {
        return remove(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"rows"_s,
            {{u"get ID | get --global-key KEY"_s, tr("one row as an export line")},
             {u"list --dataset ID [--filter EXPR] [--sort FIELD[:desc]] [--page N]"_s,
              tr("a page of a dataset's rows")},
             {u"create --dataset ID FILE"_s, tr("new rows from specs or export lines")},
             {u"upsert --dataset ID FILE"_s, tr("update by key (ID or GKEY), create the rest")},
             {u"import-folder --dataset ID DIR"_s, tr("one row per media file")},
             {u"update ID [--global-key K] [--row-data R] [--external-id E]"_s,
              tr("changes a row's key, row data or external id")},
             {u"delete ID... | --dataset ID [--filter EXPR] | --ids-file F [--yes]"_s,
              tr("deletes rows with their labels (asks first)")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("rows needs an action: get, list, create, upsert, "
                               "import-folder, update or delete.")
                          : tr("Unknown action 'rows %1'; the actions are get, list, create, "
                               "upsert, import-folder, update and delete.")
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

int RowCommands::import(Cli &cli, const QString &datasetId, ItemSource &source, SpecMode mode,
                        const QString &what, const QString &whenEmpty, bool refuseWhenEmpty)
{
    ImportJob job(cli.workspacePath(), cli.workspaceOptions(), datasetId, mode);
    TaskReportSpool report;
    CliJobControl control(what);
    auto summary = job.run(source, report, control);
    if (!summary) {
        return cli.failWith(summary.error());
    }
    if (summary->items == 0 && source.fatalError().isNull() && refuseWhenEmpty) {
        return cli.refuse(whenEmpty); // nothing was read, nothing was written
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return cli.refuse(out.errorString());
    }
    if (Status written = report.writeJson(&out, Cli::stdoutIsTerminal()); !written) {
        cli.printError(written.error().message);
    }
    out.flush();
    if (!summary->error.isEmpty()) {
        cli.printError(tr("Stopped after %Ln item(s): %1", nullptr,
                          static_cast<int>(qMin<qint64>(summary->items, INT_MAX)))
                           .arg(summary->error));
        return ItemsFailed;
    }
    if (summary->items == 0) {
        cli.printError(whenEmpty);
        return ItemsFailed;
    }
    if (summary->cancelled) {
        cli.printError(tr("Cancelled after %Ln item(s); the items before were written.", nullptr,
                          static_cast<int>(qMin<qint64>(summary->items, INT_MAX))));
        return ItemsFailed;
    }
    return report.errorCount() == 0 ? Success : ItemsFailed;
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
                    "Each item goes in or fails alone with its reason; the file is read as a "
                    "stream and written in transactions of 5,000 items.");
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
    FileItemSource source(&file, mode, QDir::currentPath());
    return import(cli, datasetId, source, mode, upsert ? tr("Upserting") : tr("Creating"),
                  tr("'%1' holds no items: nothing was written.").arg(fileName), true);
}

int RowCommands::importFolder(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("The dataset the rows go into."), tr("ID"));
    parser.addOption(dataset);
    parser.addPositionalArgument(u"DIR"_s, tr("The folder to import."));
    int exitCode = Success;
    if (!cli.parse(parser, u"rows import-folder"_s, arguments,
                   tr("rowscope-cli rows import-folder: one row per media file of a folder and "
                      "its subfolders (images, video, audio, PDF, HTML, text). The global key "
                      "is the path relative to the folder, the row data the absolute path. "
                      "Hidden files are skipped and symbolic links not followed; other files "
                      "are listed in warnings."),
                   u"rowscope-cli rows import-folder --dataset ID ~/captures/2026-11"_s,
                   &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(dataset) || positional.size() != 1) {
        return cli.refuse(tr("rows import-folder needs --dataset ID and one DIR."));
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
    FolderItemSource source(positional.first());
    if (!source.fatalError().isNull()) {
        return cli.refuse(source.fatalError());
    }
    // No media files at all: the report still lists what was skipped, and the exit is 1.
    return import(cli, datasetId, source, SpecMode::Create, tr("Importing"),
                  tr("'%1' holds no media files: nothing was imported.").arg(positional.first()),
                  false);
}

int RowCommands::list(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("The dataset to list."), tr("ID"));
    const QCommandLineOption filter(
        u"filter"_s,
        tr("Only rows that match EXPR, in the filter language: split:train tag:night, "
           "global_key:street-*, score>0.8, created>=2026-01-01, has:attachments, "
           "labeled:false, project:NAME, bare words; OR, -term, (...), \"quotes\"."),
        tr("EXPR"));
    const QCommandLineOption sort(u"sort"_s,
                                  tr("created, updated, global_key or external_id; add :desc "
                                     "for descending (default: created)."),
                                  tr("FIELD"));
    const QCommandLineOption page(u"page"_s, tr("The page, from 1 (default 1)."), tr("N"));
    const QCommandLineOption pageSize(u"page-size"_s, tr("Rows per page, 1 to 1000 (default 100)."),
                                      tr("N"));
    parser.addOptions({dataset, filter, sort, page, pageSize});
    int exitCode = Success;
    if (!cli.parse(parser, u"rows list"_s, arguments,
                   tr("rowscope-cli rows list: one page of a dataset's rows as export lines "
                      "without parameters, with the number of matching rows.\n\n"
                      "The filter language: terms side by side must all match; OR between "
                      "terms matches either side, -term negates, (...) groups, \"quotes\" keep "
                      "spaces. Terms: global_key:P and external_id:P (* is a wildcard), "
                      "media:TYPE, has:attachments|global_key|external_id|labels|metadata|"
                      "embeddings, labeled:true|false, project:NAME, created and updated with "
                      ": > >= < <= and a date or date and time, any metadata field by name "
                      "(tag:night, split:train, score>0.8, captureDateTime>=2026-01-01), and "
                      "bare words, found in the global key, external id or row data."),
                   u"rowscope-cli rows list --dataset ID --filter 'split:train -has:labels' "
                   "--sort updated:desc --page 3"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(dataset) || !parser.positionalArguments().isEmpty()) {
        return cli.refuse(tr("rows list needs --dataset ID (and no other arguments)."));
    }
    RowListRequest request;
    request.datasetId = parser.value(dataset);
    request.filter = parser.value(filter);
    if (auto parsed = Filter::parse(request.filter); !parsed) {
        return cli.refuse(parsed.error().message);
    }
    if (parser.isSet(sort)) {
        QString field = parser.value(sort);
        if (field.endsWith(u":desc"_s)) {
            request.descending = true;
            field.chop(5);
        } else if (field.endsWith(u":asc"_s)) {
            field.chop(4);
        }
        auto parsed = RowLister::parseSort(field);
        if (!parsed) {
            return cli.refuse(parsed.error().message);
        }
        request.sort = *parsed;
    }
    bool ok = true;
    const qint64 pageNumber = parser.isSet(page) ? parser.value(page).toLongLong(&ok) : 1;
    if (!ok || pageNumber < 1 || pageNumber > 1'000'000'000) {
        return cli.refuse(tr("--page must be a whole number from 1 to 1,000,000,000."));
    }
    const int size = parser.isSet(pageSize) ? parser.value(pageSize).toInt(&ok) : 100;
    if (!ok || size < 1 || size > 1000) {
        return cli.refuse(tr("--page-size must be a whole number from 1 to 1000."));
    }
    request.limit = size;
    request.offset = (pageNumber - 1) * size;
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto rows = RowLister::list(catalog->workspace().db(), request);
    if (!rows) {
        cli.printError(rows.error().message);
        return Refused;
    }
    auto records = catalog->exports().records(rows->rowPks, ExportParams());
    if (!records) {
        return cli.failWith(records.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("total"_L1, rows->total);
        out.field("page"_L1, pageNumber);
        out.field("page_size"_L1, size);
        out.key("rows"_L1).beginArray();
        for (const ExportRecord &record : *records) {
            ExportLines::write(out, record, ExportParams());
        }
        out.endArray();
        out.endObject();
    });
    return Success;
}

int RowCommands::remove(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("Deletes rows of this dataset."), tr("ID"));
    const QCommandLineOption filter(
        u"filter"_s,
        tr("With --dataset: only rows that match EXPR, in the filter language (see rows list "
           "--help)."),
        tr("EXPR"));
    const QCommandLineOption idsFile(u"ids-file"_s, tr("A file of row ids, one per line."),
                                     tr("FILE"));
    const QCommandLineOption yes(u"yes"_s, tr("Deletes without asking."));
    parser.addOptions({dataset, filter, idsFile, yes});
    parser.addPositionalArgument(u"ID"_s, tr("Row ids to delete."), u"[ID...]"_s);
    int exitCode = Success;
    if (!cli.parse(parser, u"rows delete"_s, arguments,
                   tr("rowscope-cli rows delete: deletes rows with their metadata, attachments "
                      "and labels, in transactions of at most 4,000 rows. States how many rows "
                      "and labels go and asks first; this cannot be undone."),
                   u"rowscope-cli rows delete --dataset ID --filter 'global_key:tmp/*' --yes"_s,
                   &exitCode)) {
        return exitCode;
    }
    RowSelection selection;
    QStringList ids = parser.positionalArguments();
    if (parser.isSet(idsFile)) {
        QFile file(parser.value(idsFile));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return cli.refuse(tr("Cannot read '%1': %2").arg(file.fileName(), file.errorString()));
        }
        while (!file.atEnd()) {
            const QString id = QString::fromUtf8(file.readLine()).trimmed();
            if (!id.isEmpty()) {
                ids.append(id);
            }
        }
        if (ids.isEmpty()) {
            return cli.refuse(tr("'%1' holds no row ids.").arg(file.fileName()));
        }
    }
    if (parser.isSet(dataset)) {
        if (!ids.isEmpty()) {
            return cli.refuse(tr("Give row ids or --dataset, not both."));
        }
        selection = RowSelection::dataset(parser.value(dataset), parser.value(filter));
    } else if (parser.isSet(filter)) {
        return cli.refuse(tr("--filter needs --dataset."));
    } else if (!ids.isEmpty()) {
        selection = RowSelection::rows(ids);
    } else {
        return cli.refuse(tr("rows delete needs row ids, --ids-file FILE or --dataset ID."));
    }
    if (Status valid = selection.validate(); !valid) {
        return cli.refuse(valid.error().message);
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto plan = DeletePlan::make(*catalog, selection);
    if (!plan) {
        cli.printError(plan.error().message);
        return Refused;
    }
    for (const QString &missing : plan->missing()) {
        cli.printError(RowTables::notFoundMessage(missing));
    }
    if (plan->rowCount() > 0 && !cli.confirm(plan->statement(), parser.isSet(yes))) {
        return NotConfirmed;
    }
    BulkDeleteJob job(plan->confirm(), cli.workspacePath(), cli.workspaceOptions());
    CliJobControl control(tr("Deleting"));
    auto summary = job.run(control);
    if (!summary) {
        return cli.failWith(summary.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("deleted"_L1, summary->deleted);
        out.field("labels_deleted"_L1, summary->labelsDeleted);
        out.field("cancelled"_L1, summary->cancelled);
        out.endObject();
    });
    if (!summary->error.isEmpty()) {
        cli.printError(summary->error);
        return ItemsFailed;
    }
    return summary->cancelled || !plan->missing().isEmpty() ? ItemsFailed : Success;
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
