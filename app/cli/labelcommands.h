#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {
struct Label;
struct Project;
class JsonWriter;
} // namespace rowscope

namespace rowscope::cli {

class Cli;

// rowscope-cli labels list | winner | add, and projects list | create: the labels of data rows
// in projects and the winning (consensus) label of each row in each project.
class LabelCommands final {
    Q_DECLARE_TR_FUNCTIONS(LabelCommands)

public:
    static int run(Cli &cli, const QStringList &arguments);
    static int runProjects(Cli &cli, const QStringList &arguments);

    // {"id","project_id","project_name","winner","created_at","created_by","seconds_to_label",
    //  "annotations"}
    static void writeLabel(JsonWriter &out, const Label &label, const QString &projectName,
                           bool winner);
    // {"id","name","created_at"}
    static void writeProject(JsonWriter &out, const Project &project);

private:
    static int list(Cli &cli, const QStringList &arguments);
    static int winner(Cli &cli, const QStringList &arguments);
    static int add(Cli &cli, const QStringList &arguments);
    static int listProjects(Cli &cli, const QStringList &arguments);
    static int createProject(Cli &cli, const QStringList &arguments);
};

} // namespace rowscope::cli
