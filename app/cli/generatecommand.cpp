#include "generatecommand.h"

#include "cli.h"
#include "clijobcontrol.h"
#include "datasetcommands.h"
#include "importjob.h"
#include "syntheticdataset.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

// "Street scenes" -> "street-scenes"
QString slug(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            result.append(c);
        } else if (!result.isEmpty() && !result.endsWith(u'-')) {
            result.append(u'-');
        }
    }
    while (result.endsWith(u'-')) {
        result.chop(1);
    }
    return result.isEmpty() ? u"rows"_s : result.left(60);
}

} // namespace

int GenerateCommand::run(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataset(u"dataset"_s, tr("The name of the new dataset."), tr("NAME"));
    const QCommandLineOption rows(u"rows"_s, tr("How many rows (1 to 100,000,000)."), tr("N"));
    const QCommandLineOption seed(
        u"seed"_s, tr("The seed: the same seed makes the same rows (default 1)."), tr("S"));
    parser.addOptions({dataset, rows, seed});
    int exitCode = Success;
    if (!cli.parse(parser, u"generate"_s, arguments,
                   tr("rowscope-cli generate: a new dataset of realistic made-up rows for demos "
                      "and benchmarks: unique global keys, image URLs and texts, tag, split, "
                      "captureDateTime and the custom field camera, 0-3 attachments, and labels "
                      "with boxes on about a quarter of the image rows."),
                   u"rowscope-cli generate --dataset \"Demo\" --rows 100000 --seed 7"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(dataset) || !parser.isSet(rows) || !parser.positionalArguments().isEmpty()) {
        return cli.refuse(tr("generate needs --dataset NAME and --rows N."));
    }
    bool ok = false;
    const qint64 count = parser.value(rows).toLongLong(&ok);
    if (!ok || count < 1 || count > 100'000'000) {
        return cli.refuse(tr("--rows must be a whole number from 1 to 100,000,000."));
    }
    const quint64 seedValue = parser.isSet(seed) ? parser.value(seed).toULongLong(&ok) : 1;
    if (!ok) {
        return cli.refuse(tr("--seed must be a whole number."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    // The custom field the rows use: made if missing, completed if it lacks options.
    auto camera = catalog->metadata().schema(SyntheticDataset::cameraFieldName());
    if (!camera) {
        camera =
            catalog->metadata().createSchema(SyntheticDataset::cameraFieldName(),
                                             MetadataKind::Enum, SyntheticDataset::cameraOptions());
        if (!camera) {
            return cli.failWith(camera.error());
        }
    }
    if (camera->kind != MetadataKind::Enum) {
        return cli.refuse(tr("The workspace has a field 'camera' that is not an enum; generate "
                             "needs it for its rows."));
    }
    for (const QString &option : SyntheticDataset::cameraOptions()) {
        if (!camera->optionByName(option)) {
            camera = catalog->metadata().addOption(camera->id, option);
            if (!camera) {
                return cli.failWith(camera.error());
            }
        }
    }
    QStringList optionIds;
    for (const QString &option : SyntheticDataset::cameraOptions()) {
        optionIds.append(camera->optionByName(option)->id);
    }
    auto created = catalog->datasets().create(
        parser.value(dataset),
        tr("Synthetic rows made by rowscope-cli generate (seed %1)").arg(seedValue));
    if (!created) {
        return cli.failWith(created.error());
    }
    const SyntheticDataset synthetic(seedValue, slug(created->name) + u'-' + created->id.right(6));
    SyntheticItemSource source(synthetic, count, camera->id, optionIds);
    ImportJob job(cli.workspacePath(), cli.workspaceOptions(), created->id, SpecMode::Create);
    TaskReportSpool report;
    CliJobControl control(tr("Generating"));
    auto summary = job.run(source, report, control);
    if (!summary) {
        return cli.failWith(summary.error());
    }
    auto result = catalog->datasets().get(created->id);
    if (!result) {
        return cli.failWith(result.error());
    }
    cli.printDocument([&](JsonWriter &out) { DatasetCommands::writeDataset(out, *result); });
    if (!summary->error.isEmpty()) {
        cli.printError(summary->error);
        return ItemsFailed;
    }
    if (summary->cancelled || report.errorCount() > 0) {
        for (const TaskItemError &error : report.firstErrors()) {
            cli.printError(error.message);
        }
        return ItemsFailed;
    }
    return Success;
}

} // namespace rowscope::cli
