#include "mainwindow.h"
#include "translations.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rowscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rowscope"));
    QApplication::setApplicationVersion(QStringLiteral(ROWSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("rowscope"));

    QIcon icon;
    for (const int size : {32, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/rowscope-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    rowscope::installTranslations(qEnvironmentVariable("ROWSCOPE_LANG"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rowscope: browse and curate datasets of data rows."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main", "The workspace file to open (default: %1).")
            .arg(rowscope::Workspace::defaultPath()),
        QStringLiteral("[workspace]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString path =
        positional.isEmpty() ? rowscope::Workspace::defaultPath() : positional.first();

    rowscope::MainWindow window;
    window.openWorkspace(path);
    window.show();
    return QApplication::exec();
}
