#pragma once

#include "datarowspec.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope::cli {

class Cli;

// rowscope-cli rows get | create | upsert | update
class RowCommands final {
    Q_DECLARE_TR_FUNCTIONS(RowCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // Items are written in transactions of this many.
    static constexpr int kChunkSize = 2000;

private:
    static int get(Cli &cli, const QStringList &arguments);
    static int write(Cli &cli, const QStringList &arguments, SpecMode mode);
    static int update(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
