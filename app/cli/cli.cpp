#include "cli.h"

#include "attachmentcommands.h"
#include "datasetcommands.h"
#include "exportcommand.h"
#include "generatecommand.h"
#include "keycommands.h"
#include "labelcommands.h"
#include "metadatacommands.h"
#include "rowcommands.h"
#include "schemacommands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define ROWSCOPE_ISATTY _isatty
#else
#include <unistd.h>
#define ROWSCOPE_ISATTY isatty
#endif

using namespace Qt::Literals::StringLiterals;

namespace rowscope::cli {

Cli::Cli() = default;

bool Cli::stdoutIsTerminal()
{
    return ROWSCOPE_ISATTY(fileno(stdout)) != 0;
}

bool Cli::stdinIsTerminal()
{
    return ROWSCOPE_ISATTY(fileno(stdin)) != 0;
}

bool Cli::stderrIsTerminal()
{
    return ROWSCOPE_ISATTY(fileno(stderr)) != 0;
}

int Cli::printUsage(bool toStderr)
{
    const QString usage =
        tr("Usage: rowscope-cli [--workspace FILE] COMMAND ...\n"
           "\n"
           "The scripting face of Rowscope: data rows, datasets and global keys from a "
           "terminal.\n"
           "The result is one JSON document on stdout; messages go to stderr.\n"
           "\n"
           "Commands:\n"
           "  datasets list | create NAME | rename ID NAME | describe ID TEXT | delete ID\n"
           "  rows get ID | rows get --global-key KEY\n"
           "  rows create --dataset ID FILE | rows upsert --dataset ID FILE\n"
           "  rows update ID [--global-key K] [--row-data R] [--external-id E]\n"
           "  rows list --dataset ID [--filter EXPR] [--sort FIELD[:desc]] [--page N]\n"
           "  rows import-folder --dataset ID DIR\n"
           "  rows delete ID... | --dataset ID [--filter EXPR] | --ids-file F  [--yes]\n"
           "  export (--dataset ID [--filter EXPR] | --ids ID... | --global-keys KEY...)\n"
           "         [--params LIST|all] --output FILE [--yes]\n"
           "  generate --dataset NAME --rows N [--seed S]\n"
           "  keys assign FILE | keys lookup KEY... | keys clear KEY...\n"
           "  schema list | create NAME --kind KIND [--option O]... | rename NAME NEW\n"
           "  schema delete NAME [--yes]\n"
           "  metadata set ROW_ID NAME=VALUE... | metadata clear ROW_ID NAME...\n"
           "  attachments list ROW_ID | add ROW_ID --type T --value V [--name N]\n"
           "  attachments update ATT_ID [--type T] [--value V] [--name N] | delete ATT_ID\n"
           "  labels list ROW_ID [--project P] | add ROW_ID --project P [--annotations JSON]\n"
           "  labels winner ROW_ID --project P [--set LABEL_ID]\n"
           "  projects list | create NAME\n"
           "\n"
           "Workspace: --workspace FILE, else $ROWSCOPE_WORKSPACE, else\n"
           "  %1\n"
           "Exit codes: 0 success, 1 items failed or nothing found, 2 refused before anything\n"
           "changed, 3 not confirmed.\n"
           "Run 'rowscope-cli COMMAND --help' for a command's options and an example.\n")
            .arg(Workspace::defaultPath());
    QTextStream(toStderr ? stderr : stdout) << usage;
    return toStderr ? Refused : Success;
}

int Cli::run(const QStringList &arguments)
{
    // Global options come before the command; everything after it is the command's.
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--workspace"_s || option == u"-w"_s) {
            if (rest.isEmpty()) {
                printError(tr("--workspace needs a file."));
                return Refused;
            }
            m_workspacePath = rest.takeFirst();
        } else if (option.startsWith(u"--workspace="_s)) {
            m_workspacePath = option.mid(12);
        } else if (option == u"--help"_s || option == u"-h"_s) {
            return printUsage(false);
        } else if (option == u"--version"_s || option == u"-v"_s) {
            QTextStream(stdout) << "rowscope-cli " ROWSCOPE_VERSION "\n";
            return Success;
        } else {
            printError(tr("Unknown option '%1'.").arg(option));
            return printUsage(true);
        }
    }
    if (m_workspacePath.isEmpty()) {
        m_workspacePath = qEnvironmentVariable("ROWSCOPE_WORKSPACE");
    }
    if (m_workspacePath.isEmpty()) {
        m_workspacePath = Workspace::defaultPath();
    }
    if (rest.isEmpty()) {
        printError(tr("No command given."));
        return printUsage(true);
    }
    const QString group = rest.takeFirst();
    if (group == u"datasets"_s) {
        return DatasetCommands::run(*this, rest);
    }
    if (group == u"rows"_s) {
        return RowCommands::run(*this, rest);
    }
    if (group == u"keys"_s) {
        return KeyCommands::run(*this, rest);
    }
    if (group == u"schema"_s) {
        return SchemaCommands::run(*this, rest);
    }
    if (group == u"metadata"_s) {
        return MetadataCommands::run(*this, rest);
    }
    if (group == u"attachments"_s) {
        return AttachmentCommands::run(*this, rest);
    }
    if (group == u"labels"_s) {
        return LabelCommands::run(*this, rest);
    }
    if (group == u"projects"_s) {
        return LabelCommands::runProjects(*this, rest);
    }
    if (group == u"export"_s) {
        return ExportCommand::run(*this, rest);
    }
    if (group == u"generate"_s) {
        return GenerateCommand::run(*this, rest);
    }
    if (group == u"help"_s) {
        return printUsage(false);
    }
    printError(tr("Unknown command '%1'.").arg(group));
    return printUsage(true);
}

WorkspaceOptions Cli::workspaceOptions() const
{
    WorkspaceOptions options;
    const QString email = qEnvironmentVariable("ROWSCOPE_USER");
    if (!email.isEmpty()) {
        options.user = {email, email.section(u'@', 0, 0)};
    }
    return options;
}

Catalog *Cli::catalog()
{
    if (!m_catalog && !m_catalogFailed) {
        auto opened = Catalog::open(m_workspacePath, workspaceOptions());
        if (opened) {
            m_catalog = std::move(opened).value();
        } else {
            m_catalogFailed = true;
            printError(opened.error().message);
        }
    }
    return m_catalog.get();
}

void Cli::printDocument(const std::function<void(JsonWriter &)> &write)
{
    QByteArray out;
    JsonWriter writer(&out, stdoutIsTerminal() ? 2 : 0);
    write(writer);
    out.append('\n');
    fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    fflush(stdout);
}

void Cli::printError(const QString &message)
{
    QTextStream(stderr) << "rowscope-cli: " << message << '\n';
}

void Cli::printNote(const QString &message)
{
    QTextStream(stderr) << message << '\n';
}

int Cli::failWith(const Error &error)
{
    printError(error.message);
    return error.code == ErrorCode::NotFound ? ItemsFailed : Refused;
}

int Cli::refuse(const QString &message)
{
    printError(message);
    return Refused;
}

bool Cli::confirm(const QString &statement, bool yes)
{
    printNote(statement);
    if (yes) {
        return true;
    }
    if (!stdinIsTerminal()) {
        printError(tr("Not confirmed: no terminal to ask on. Add --yes to go ahead."));
        return false;
    }
    QTextStream(stderr) << tr("Go ahead? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    const bool accepted =
        answer == u"y"_s || answer == u"yes"_s || answer == tr("y") || answer == tr("yes");
    if (!accepted) {
        printError(tr("Not confirmed; nothing was changed."));
    }
    return accepted;
}

bool Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                const QString &description, const QString &example, int *exitCode)
{
    parser.setApplicationDescription(description + u"\n\n"_s + tr("Example:") + u"\n  "_s +
                                     example);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"rowscope-cli"_s} + arguments)) {
        printError(parser.errorText());
        *exitCode = Refused;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; name the command instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(u" [options]"_s);
        // Qt writes the first line with its own (possibly translated) "Usage: %1".
        // (Qt's own catalogue translates it, so this one must not list it: no literals here.)
        static const char *const kContext = "QCommandLineParser";
        static const char *const kUsage = "Usage: %1";
        const QString usage = QCoreApplication::translate(kContext, kUsage).arg(QString());
        if (text.startsWith(usage) && options > 0) {
            text.replace(0, options, usage + u"rowscope-cli "_s + command);
        }
        QTextStream(stdout) << text;
        *exitCode = Success;
        return false;
    }
    return true;
}

int Cli::printGroupHelp(const QString &group, const QList<std::pair<QString, QString>> &actions)
{
    constexpr qsizetype kWidest = 44; // longer usages put their description on the next line
    qsizetype width = 0;
    for (const auto &[usage, description] : actions) {
        if (usage.size() <= kWidest) {
            width = qMax(width, usage.size());
        }
    }
    QTextStream out(stdout);
    out << tr("Usage: rowscope-cli %1 ACTION ...").arg(group) << "\n\n" << tr("Actions:") << '\n';
    for (const auto &[usage, description] : actions) {
        if (usage.size() <= kWidest) {
            out << "  " << usage.leftJustified(width + 2) << description << '\n';
        } else {
            out << "  " << usage << '\n' << QString(width + 4, u' ') << description << '\n';
        }
    }
    out << '\n'
        << tr("Run 'rowscope-cli %1 ACTION --help' for an action's options.").arg(group) << '\n';
    return Success;
}

} // namespace rowscope::cli
