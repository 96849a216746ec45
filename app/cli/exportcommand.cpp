#include "exportcommand.h"

#include "cli.h"
#include "clijobcontrol.h"
#include "exportjob.h"
#include "rowtables.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

// "--ids a,b --ids c d e" -> a b c d e (values may also follow as positional arguments).
QStringList listValues(const QStringList &values)
{
    QStringList result;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            result.append(part.trimmed());
        }
    }
    return result;
}

} // namespace

int ExportCommand::run(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("Exports the rows of a dataset."), tr("ID"));
    const QCommandLineOption filter(
        u"filter"_s,
        tr("With --dataset: only rows that match EXPR, in the filter language (see rows list "
           "--help)."),
        tr("EXPR"));
    const QCommandLineOption ids(u"ids"_s,
                                 tr("Row ids (at most 2,000), comma-separated or "
                                    "repeated."),
                                 tr("ID"));
    const QCommandLineOption keys(u"global-keys"_s,
                                  tr("Global keys (at most 2,000), comma-separated or repeated."),
                                  tr("KEY"));
    const QCommandLineOption params(
        u"params"_s,
        tr("What to include: attachments, metadata_fields, data_row_details, project_details, "
           "label_details, performance_details, interpolated_frames, embeddings, or all."),
        tr("LIST"));
    const QCommandLineOption output(u"output"_s, tr("The file to write, or - for stdout."),
                                    tr("FILE"));
    const QCommandLineOption yes(u"yes"_s, tr("Replaces an existing file without asking."));
    parser.addOptions({dataset, filter, ids, keys, params, output, yes});
    parser.addPositionalArgument(u"ID"_s, tr("More ids or keys after --ids or --global-keys."),
                                 u"[ID...]"_s);
    int exitCode = Success;
    if (!cli.parse(parser, u"export"_s, arguments,
                   tr("rowscope-cli export: rows as NDJSON export lines in the Labelbox shape. "
                      "The file appears whole when the export ends, or not at all; with "
                      "--output - the lines go to stdout and the result to stderr."),
                   u"rowscope-cli export --dataset ID --params attachments,metadata_fields "
                   "--output rows.ndjson"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(output)) {
        return cli.refuse(tr("export needs --output FILE (or - for stdout)."));
    }
    RowSelection selection;
    const QStringList extra = parser.positionalArguments();
    if (parser.isSet(ids) && parser.isSet(keys)) {
        return cli.refuse(tr("Give row ids or global keys, not both."));
    }
    if (parser.isSet(dataset)) {
        if (parser.isSet(ids) || parser.isSet(keys) || !extra.isEmpty()) {
            return cli.refuse(tr("Give --dataset, --ids or --global-keys, only one."));
        }
        selection = RowSelection::dataset(parser.value(dataset), parser.value(filter));
    } else if (parser.isSet(filter)) {
        return cli.refuse(tr("--filter needs --dataset."));
    } else if (parser.isSet(ids)) {
        selection = RowSelection::rows(listValues(parser.values(ids)) + extra);
    } else if (parser.isSet(keys)) {
        selection = RowSelection::keys(listValues(parser.values(keys)) + extra);
    } else {
        return cli.refuse(tr("export needs --dataset ID, --ids ID... or --global-keys KEY..."));
    }
    if (Status valid = selection.validate(); !valid) {
        return cli.refuse(valid.error().message);
    }
    auto exportParams = ExportParams::parse(parser.value(params));
    if (!exportParams) {
        return cli.refuse(exportParams.error().message);
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto plan = ExportPlan::make(*catalog, selection, *exportParams, parser.value(output));
    if (!plan) {
        cli.printError(plan.error().message);
        return Refused;
    }
    if (plan->overwrites()) {
        if (!cli.confirm(plan->statement(), parser.isSet(yes))) {
            return NotConfirmed;
        }
    }
    ExportJob job(plan->confirm(), cli.workspacePath(), cli.workspaceOptions());
    CliJobControl control(tr("Exporting"));
    auto summary = job.run(control); // standard output when the plan says "-"
    if (!summary) {
        cli.printError(summary.error().message);
        return ItemsFailed;
    }
    const bool byKey = !selection.globalKeys.isEmpty();
    QByteArray document;
    JsonWriter out(&document, !plan->toStandardOutput() && Cli::stdoutIsTerminal() ? 2 : 0);
    out.beginObject();
    out.field("exported"_L1, summary->exported);
    out.key("file"_L1).stringOrNull(summary->file);
    out.key("errors"_L1).beginArray();
    for (const QString &missing : summary->missing) {
        out.beginObject();
        out.field(byKey ? "global_key"_L1 : "data_row_id"_L1, missing);
        out.field("error"_L1,
                  byKey ? u"Data Row not found"_s : RowTables::notFoundMessage(missing));
        out.endObject();
    }
    out.endArray();
    out.endObject();
    document.append('\n');
    if (plan->toStandardOutput()) {
        QTextStream(stderr) << QString::fromUtf8(document);
    } else {
        fwrite(document.constData(), 1, static_cast<size_t>(document.size()), stdout);
    }
    if (summary->cancelled) {
        cli.printError(tr("Cancelled: no file was written."));
        return ItemsFailed;
    }
    return summary->missing.isEmpty() ? Success : ItemsFailed;
}

} // namespace rowscope::cli
