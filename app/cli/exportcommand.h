#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope::cli {

class Cli;

// rowscope-cli export: rows as NDJSON export lines, to a file or stdout.
class ExportCommand final {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
