#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope::cli {

class Cli;

// rowscope-cli generate: a synthetic dataset for demos and benchmarks.
class GenerateCommand final {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
