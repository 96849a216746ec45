#pragma once

#include "datarowspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {
class ItemSource;
}

namespace rowscope::cli {

class Cli;

// rowscope-cli rows get | list | create | upsert | import-folder | update | delete
class RowCommands final {
    Q_DECLARE_TR_FUNCTIONS(RowCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

private:
    static int get(Cli &cli, const QStringList &arguments);
    static int list(Cli &cli, const QStringList &arguments);
    static int write(Cli &cli, const QStringList &arguments, SpecMode mode);
    static int importFolder(Cli &cli, const QStringList &arguments);
    static int update(Cli &cli, const QStringList &arguments);
    static int remove(Cli &cli, const QStringList &arguments);

    // Runs an import job from a source into a dataset and prints its report. An input with
    // no items at all is refused with `whenEmpty` (exit 2) when `refuseWhenEmpty`, else its
    // report is printed and `whenEmpty` explains the exit 1.
    static int import(Cli &cli, const QString &datasetId, ItemSource &source, SpecMode mode,
                      const QString &what, const QString &whenEmpty, bool refuseWhenEmpty);
};

} // namespace rowscope::cli
