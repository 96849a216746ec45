#include "labelcommands.h"

#include "cli.h"
#include "timestamp.h"

#include <QCommandLineParser>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

void LabelCommands::writeLabel(JsonWriter &out, const Label &label, const QString &projectName,
                               bool winner)
{
    out.beginObject();
    out.field("id"_L1, QStringView(label.id));
    out.field("project_id"_L1, QStringView(label.projectId));
    out.field("project_name"_L1, QStringView(projectName));
    out.field("winner"_L1, winner);
    out.field("created_at"_L1, Timestamp::format(label.createdAt));
    out.field("created_by"_L1, QStringView(label.createdBy));
    out.field("seconds_to_label"_L1, label.secondsToCreate);
    out.key("annotations"_L1).raw(label.annotationsJson);
    out.endObject();
}

void LabelCommands::writeProject(JsonWriter &out, const Project &project)
{
    out.beginObject();
    out.field("id"_L1, QStringView(project.id));
    out.field("name"_L1, QStringView(project.name));
    out.field("created_at"_L1, Timestamp::format(project.createdAt));
    out.endObject();
}

int LabelCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"list"_s) {
        return list(cli, rest);
    }
    if (action == u"winner"_s) {
        return winner(cli, rest);
    }
    if (action == u"add"_s) {
        return add(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"labels"_s,
            {{u"list ROW_ID [--project P]"_s, tr("a row's labels")},
             {u"winner ROW_ID --project P [--set LABEL_ID]"_s,
              tr("the winning label (or picks it)")},
             {u"add ROW_ID --project P [--annotations JSON] [--seconds S]"_s, tr("a new label")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("labels needs an action: list, winner or add.")
                          : tr("Unknown action 'labels %1'; the actions are list, winner and "
                               "add.")
                                .arg(action));
}

int LabelCommands::runProjects(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"list"_s) {
        return listProjects(cli, rest);
    }
    if (action == u"create"_s) {
        return createProject(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"projects"_s, {{u"list"_s, tr("every project")},
                            {u"create NAME"_s, tr("a new project that labels can go into")}});
    }
    return cli.refuse(
        action.isEmpty() || action.startsWith(u'-')
            ? tr("projects needs an action: list or create.")
            : tr("Unknown action 'projects %1'; the actions are list and create.").arg(action));
}

int LabelCommands::list(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(u"project"_s, tr("Only the labels in this project."),
                                     tr("PROJECT_ID"));
    parser.addOption(project);
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"labels list"_s, arguments,
                   tr("rowscope-cli labels list: a data row's labels, by project and then in "
                      "submission order, as [{\"id\", \"project_id\", \"project_name\", "
                      "\"winner\", \"created_at\", \"created_by\", \"seconds_to_label\", "
                      "\"annotations\"}]. winner is true for the row's winning label in its "
                      "project. An unknown project is refused (exit 2)."),
                   u"rowscope-cli labels list ROW_ID --project PROJECT_ID"_s, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("labels list needs exactly one ROW_ID."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    LabelStore &store = catalog->labels();
    const QString rowId = parser.positionalArguments().first();
    const QString projectId = parser.value(project);
    if (parser.isSet(project)) {
        // An unknown project is refused like an unknown dataset.
        if (auto found = store.project(projectId); !found) {
            return cli.refuse(found.error().message);
        }
    }
    auto labels = store.labels(rowId, projectId);
    if (!labels) {
        return cli.failWith(labels.error());
    }
    auto projects = store.projects();
    if (!projects) {
        return cli.failWith(projects.error());
    }
    QHash<QString, QString> projectNames;
    for (const Project &each : *projects) {
        projectNames.insert(each.id, each.name);
    }
    QHash<QString, QString> winners;
    for (const Label &label : *labels) {
        if (!winners.contains(label.projectId)) {
            auto winning = store.winningLabelId(rowId, label.projectId);
            if (!winning) {
                return cli.failWith(winning.error());
            }
            winners.insert(label.projectId, *winning);
        }
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginArray();
        for (const Label &label : *labels) {
            writeLabel(out, label, projectNames.value(label.projectId),
                       winners.value(label.projectId) == label.id);
        }
        out.endArray();
    });
    return Success;
}

int LabelCommands::winner(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(u"project"_s, tr("The project (required)."), tr("PROJECT_ID"));
    const QCommandLineOption set(u"set"_s,
                                 tr("Makes this label, one of the row's in the project, the "
                                    "winner."),
                                 tr("LABEL_ID"));
    parser.addOptions({project, set});
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"labels winner"_s, arguments,
                   tr("rowscope-cli labels winner: the winning (consensus) label of a data row in "
                      "a project: the first label submitted unless another was picked. With "
                      "--set, picks it. Prints {\"data_row_id\", \"project_id\", "
                      "\"winning_label_id\"} (null when the row has no label in the project). "
                      "An unknown project, or a label that is not the row's in the project, is "
                      "refused (exit 2)."),
                   u"rowscope-cli labels winner ROW_ID --project PROJECT_ID --set LABEL_ID"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(project)) {
        return cli.refuse(tr("labels winner needs exactly one ROW_ID and --project PROJECT_ID."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    LabelStore &store = catalog->labels();
    const QString rowId = parser.positionalArguments().first();
    const QString projectId = parser.value(project);
    if (auto found = store.project(projectId); !found) {
        return cli.refuse(found.error().message);
    }
    if (parser.isSet(set)) {
        // The row first: a missing row is "nothing found" (1); a label that is not the row's
        // in the project is a refused call (2).
        if (auto row = catalog->rows().get(rowId); !row) {
            return cli.failWith(row.error());
        }
        if (Status picked = store.setWinningLabel(rowId, projectId, parser.value(set)); !picked) {
            return picked.error().code == ErrorCode::NotFound ? cli.refuse(picked.error().message)
                                                              : cli.failWith(picked.error());
        }
    }
    auto winning = store.winningLabelId(rowId, projectId);
    if (!winning) {
        return cli.failWith(winning.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginObject();
        out.field("data_row_id"_L1, QStringView(rowId));
        out.field("project_id"_L1, QStringView(projectId));
        out.key("winning_label_id"_L1);
        if (winning->isEmpty()) {
            out.null();
        } else {
            out.value(QStringView(*winning));
        }
        out.endObject();
    });
    return Success;
}

int LabelCommands::add(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption project(u"project"_s, tr("The project (required)."), tr("PROJECT_ID"));
    const QCommandLineOption annotations(
        u"annotations"_s,
        tr("The label's annotations: a JSON object, e.g. {\"objects\": [], "
           "\"classifications\": [], \"relationships\": []} (the default)."),
        tr("JSON"));
    const QCommandLineOption seconds(u"seconds"_s, tr("Seconds spent labeling (default 0)."),
                                     tr("S"));
    parser.addOptions({project, annotations, seconds});
    parser.addPositionalArgument(u"ROW_ID"_s, tr("The data row's id."));
    int exitCode = Success;
    if (!cli.parse(parser, u"labels add"_s, arguments,
                   tr("rowscope-cli labels add: submits a label for a data row in a project, by "
                      "the current user, and prints it like labels list does. The first label of "
                      "a row in a project is its winner until another is picked."),
                   u"rowscope-cli labels add ROW_ID --project PROJECT_ID --seconds 12.5 "
                   "--annotations '{\"objects\": [], \"classifications\": [], "
                   "\"relationships\": []}'"_s,
                   &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(project)) {
        return cli.refuse(tr("labels add needs exactly one ROW_ID and --project PROJECT_ID."));
    }
    LabelInput input;
    input.projectId = parser.value(project);
    input.annotationsJson = parser.value(annotations).toUtf8();
    if (parser.isSet(seconds)) {
        bool ok = false;
        input.secondsToLabel = parser.value(seconds).trimmed().toDouble(&ok);
        if (!ok) {
            return cli.refuse(tr("--seconds needs a number, got '%1'.").arg(parser.value(seconds)));
        }
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    LabelStore &store = catalog->labels();
    const QString rowId = parser.positionalArguments().first();
    auto found = store.project(input.projectId);
    if (!found) {
        return cli.refuse(found.error().message);
    }
    auto label = store.addLabel(rowId, input);
    if (!label) {
        return cli.failWith(label.error());
    }
    auto winning = store.winningLabelId(rowId, input.projectId);
    if (!winning) {
        return cli.failWith(winning.error());
    }
    cli.printDocument(
        [&](JsonWriter &out) { writeLabel(out, *label, found->name, *winning == label->id); });
    return Success;
}

int LabelCommands::listProjects(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!cli.parse(parser, u"projects list"_s, arguments,
                   tr("rowscope-cli projects list: every project, as [{\"id\", \"name\", "
                      "\"created_at\"}]."),
                   u"rowscope-cli projects list"_s, &exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return cli.refuse(tr("projects list takes no arguments."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto projects = catalog->labels().projects();
    if (!projects) {
        return cli.failWith(projects.error());
    }
    cli.printDocument([&](JsonWriter &out) {
        out.beginArray();
        for (const Project &project : *projects) {
            writeProject(out, project);
        }
        out.endArray();
    });
    return Success;
}

int LabelCommands::createProject(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, tr("The project's name."));
    int exitCode = Success;
    if (!cli.parse(parser, u"projects create"_s, arguments,
                   tr("rowscope-cli projects create: a new, empty project that labels can go "
                      "into. Prints {\"id\", \"name\", \"created_at\"}."),
                   u"rowscope-cli projects create \"Street scenes QA\""_s, &exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return cli.refuse(tr("projects create needs exactly one NAME."));
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto project = catalog->labels().createProject(parser.positionalArguments().first());
    if (!project) {
        return cli.failWith(project.error());
    }
    cli.printDocument([&](JsonWriter &out) { writeProject(out, *project); });
    return Success;
}

} // namespace rowscope::cli
