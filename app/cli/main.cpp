#include "cli.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rowscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROWSCOPE_VERSION));
    rowscope::installTranslations(qEnvironmentVariable("ROWSCOPE_LANG"));

    rowscope::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
