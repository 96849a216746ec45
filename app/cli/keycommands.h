#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope::cli {

class Cli;

// rowscope-cli keys assign | lookup | clear: the batch global-key operations, answering
// {"status","results","errors"} in the Labelbox shapes. Exit 0 on SUCCESS, 1 on PARTIAL
// SUCCESS or FAILURE (the document is still printed), 2 when refused before anything changed.
class KeyCommands final {
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // lookup and clear take at most this many keys per call, like the export scopes.
    static constexpr int kMaxKeys = 2000;

private:
    static int assign(Cli &cli, const QStringList &arguments);
    static int lookup(Cli &cli, const QStringList &arguments);
    static int clear(Cli &cli, const QStringList &arguments);
    // Parses `keys lookup|clear KEY...`; false with the exit code set when it should stop.
    static bool parseKeys(Cli &cli, const QString &action, const QStringList &arguments,
                          const QString &description, const QString &example, QStringList *keys,
                          int *exitCode);
};

} // namespace rowscope::cli
