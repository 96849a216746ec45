#include "keycommands.h"

#include "cli.h"
#include "clijobcontrol.h"
#include "keyassignmentfile.h"
#include "keyassignmentjob.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

namespace {

int exitCodeFor(BatchStatus status)
{
    return status == BatchStatus::Success ? Success : ItemsFailed;
}

} // namespace

int KeyCommands::run(Cli &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == u"assign"_s) {
        return assign(cli, rest);
    }
    if (action == u"lookup"_s) {
        return lookup(cli, rest);
    }
    if (action == u"clear"_s) {
        return clear(cli, rest);
    }
    if (action == u"--help"_s || action == u"-h"_s) {
        return cli.printGroupHelp(
            u"keys"_s,
            {{u"assign FILE"_s, tr("global keys from CSV (data_row_id,global_key) or JSON")},
             {u"lookup KEY..."_s, tr("the data row ids of global keys")},
             {u"clear KEY..."_s, tr("removes global keys from their rows")}});
    }
    return cli.refuse(action.isEmpty() || action.startsWith(u'-')
                          ? tr("keys needs an action: assign, lookup or clear.")
                          : tr("Unknown action 'keys %1'; the actions are assign, lookup and "
                               "clear.")
                                .arg(action));
}

int KeyCommands::assign(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
                                 tr("CSV with a header data_row_id,global_key, or a JSON list of "
                                    "{\"data_row_id\", \"global_key\"} objects; - for stdin."));
    int exitCode = Success;
    if (!cli.parse(
            parser, u"keys assign"_s, arguments,
            tr("rowscope-cli keys assign: gives data rows global keys, in the order of the "
               "file, in transactions of 10,000. A missing row, an invalid key or a key another "
               "row holds fails that item alone; the others are assigned.\n"
               "\n"
               "CSV: the first line names the columns data_row_id and global_key (either "
               "order, any case; other columns are ignored). Quote a value holding a comma "
               "(\"a,b\"); a quote inside quotes is written twice. Blank lines are skipped; "
               "values are taken exactly, spaces included. A row with more fields than the "
               "header is refused.\n"
               "JSON: a list of {\"data_row_id\": ..., \"global_key\": ...} objects.\n"
               "\n"
               "A row or item missing either field (in CSV, an unquoted empty field) refuses "
               "the whole file before anything changes (exit 2), as do malformed CSV or JSON "
               "and a file without assignments.\n"
               "Prints {\"status\",\"results\",\"errors\"}; exits 0 on SUCCESS and 1 on "
               "PARTIAL SUCCESS or FAILURE."),
            u"rowscope-cli keys assign keys.csv"_s, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.refuse(tr("keys assign needs exactly one FILE."));
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
    auto assignments = KeyAssignmentFile::parse(&file);
    if (!assignments) {
        return cli.refuse(assignments.error().message);
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    KeyAssignmentJob job(std::move(assignments).value(), cli.workspacePath(),
                         cli.workspaceOptions());
    CliJobControl control(tr("Assigning"));
    auto summary = job.run(control);
    if (!summary) {
        return cli.failWith(summary.error());
    }
    cli.printDocument([&](JsonWriter &out) { summary->result.writeJson(out); });
    if (!summary->error.isEmpty()) {
        cli.printError(summary->error);
        return ItemsFailed;
    }
    if (summary->cancelled) {
        cli.printError(tr("Cancelled; the keys listed in results were assigned."));
        return ItemsFailed;
    }
    return exitCodeFor(summary->result.status());
}

bool KeyCommands::parseKeys(Cli &cli, const QString &action, const QStringList &arguments,
                            const QString &description, const QString &example, QStringList *keys,
                            int *exitCode)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"KEY"_s,
                                 tr("Global keys, matched case-insensitively (at most %1).")
                                     .arg(QLocale().toString(kMaxKeys)),
                                 u"KEY..."_s);
    const QString command = u"keys "_s + action;
    if (!cli.parse(parser, command, arguments,
                   description + u"\n\n"_s +
                       tr("At most %1 keys per call. Put -- before a key that starts with -.")
                           .arg(QLocale().toString(kMaxKeys)),
                   example, exitCode)) {
        return false;
    }
    *keys = parser.positionalArguments();
    if (keys->isEmpty()) {
        *exitCode = cli.refuse(tr("%1 needs at least one KEY.").arg(command));
        return false;
    }
    if (keys->size() > kMaxKeys) {
        *exitCode = cli.refuse(
            tr("%1 takes at most %2 keys per call; %3 were given.")
                .arg(command, QLocale().toString(kMaxKeys), QLocale().toString(keys->size())));
        return false;
    }
    return true;
}

int KeyCommands::lookup(Cli &cli, const QStringList &arguments)
{
    QStringList keys;
    int exitCode = Success;
    if (!parseKeys(cli, u"lookup"_s, arguments,
                   tr("rowscope-cli keys lookup: the data row id of each global key, in the "
                      "order given (\"\" where no row has the key). Keys match "
                      "case-insensitively.\n"
                      "Prints {\"status\",\"results\",\"errors\"}; exits 0 when every key was "
                      "found, else 1."),
                   u"rowscope-cli keys lookup street-scenes/0001.jpg street-scenes/0002.jpg"_s,
                   &keys, &exitCode)) {
        return exitCode;
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto result = catalog->keys().lookup(keys);
    if (!result) {
        return cli.failWith(result.error());
    }
    cli.printDocument([&](JsonWriter &out) { result->writeJson(out); });
    return exitCodeFor(result->status());
}

int KeyCommands::clear(Cli &cli, const QStringList &arguments)
{
    QStringList keys;
    int exitCode = Success;
    if (!parseKeys(cli, u"clear"_s, arguments,
                   tr("rowscope-cli keys clear: removes global keys from the rows that hold "
                      "them, in one transaction; the keys are free at once. Keys match "
                      "case-insensitively; results carry them as they were stored.\n"
                      "Prints {\"status\",\"results\",\"errors\"}; exits 0 when every key was "
                      "cleared, else 1."),
                   u"rowscope-cli keys clear street-scenes/0001.jpg"_s, &keys, &exitCode)) {
        return exitCode;
    }
    Catalog *catalog = cli.catalog();
    if (!catalog) {
        return Refused;
    }
    auto result = catalog->keys().clear(keys);
    if (!result) {
        return cli.failWith(result.error());
    }
    cli.printDocument([&](JsonWriter &out) { result->writeJson(out); });
    return exitCodeFor(result->status());
}

} // namespace rowscope::cli
