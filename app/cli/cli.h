#pragma once

#include "catalog.h"
#include "jsonwriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace rowscope::cli {

// The exit codes of spec/cli.md.
enum ExitCode {
    Success = 0,      // everything worked
    ItemsFailed = 1,  // ran, but items failed or nothing was found
    Refused = 2,      // refused before anything changed (usage, bad input, unknown dataset)
    NotConfirmed = 3, // a destructive command was not confirmed
};

// What every command needs: the workspace, stdout for the one result document, stderr for
// messages, and a way to ask for confirmation.
class Cli final {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    // Runs `rowscope-cli ARGS...` (arguments()[0] is the program) and returns the exit code.
    int run(const QStringList &arguments);

    // The workspace, opened on first use; null after printing why it cannot be opened.
    Catalog *catalog();
    QString workspacePath() const { return m_workspacePath; }
    // The options every connection of this run opens with (the user of $ROWSCOPE_USER).
    WorkspaceOptions workspaceOptions() const;

    // Writes one JSON document to stdout: indented on a terminal, one line otherwise.
    void printDocument(const std::function<void(JsonWriter &)> &write);
    void printError(const QString &message);
    void printNote(const QString &message);

    // Prints the error and returns the exit code it means for a command that changes or
    // reads one thing: not-found is 1 (nothing was found), the rest refuse (2).
    int failWith(const Error &error);
    int refuse(const QString &message);

    // Asks on the terminal whether to go ahead; without a terminal on stdin it refuses
    // unless --yes was given.
    bool confirm(const QString &statement, bool yes);

    // Parses a command's own arguments; on --help prints usage and returns Success through
    // `exitCode`, on a usage error prints it and returns Refused.
    // `command` is the command's name for the usage line ("datasets create").
    bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
               const QString &description, const QString &example, int *exitCode);

    // A command group's help: its actions, each a usage (not translated) and what it does,
    // aligned in two columns. Returns Success.
    int printGroupHelp(const QString &group, const QList<std::pair<QString, QString>> &actions);

    static bool stdoutIsTerminal();
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

private:
    int printUsage(bool toStderr);

    QString m_workspacePath;
    std::unique_ptr<Catalog> m_catalog;
    bool m_catalogFailed = false;
};

} // namespace rowscope::cli
