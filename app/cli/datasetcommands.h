#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {
struct Dataset;
class JsonWriter;
} // namespace rowscope

namespace rowscope::cli {

class Cli;

// rowscope-cli datasets list | create | rename | describe | delete
class DatasetCommands final {
    Q_DECLARE_TR_FUNCTIONS(DatasetCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);

    // {"id","name","description","row_count","created_at","updated_at"}
    static void writeDataset(JsonWriter &out, const Dataset &dataset);

private:
    static int list(Cli &cli, const QStringList &arguments);
    static int create(Cli &cli, const QStringList &arguments);
    static int rename(Cli &cli, const QStringList &arguments);
    static int describe(Cli &cli, const QStringList &arguments);
    static int remove(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
