#include "clijobcontrol.h"

#include "cli.h"

#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace rowscope::cli {

namespace {

std::atomic<JobControl *> s_current{nullptr};

extern "C" void onInterrupt(int)
{
    JobControl *control = s_current.exchange(nullptr);
    if (control) {
        control->cancel(); // an atomic store: safe in a signal handler
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}

} // namespace

CliJobControl::CliJobControl(QString what)
    : JobControl([this](const JobProgress &progress) { show(progress); })
    , m_what(std::move(what))
{
    s_current.store(this);
    std::signal(SIGINT, onInterrupt);
}

CliJobControl::~CliJobControl()
{
    s_current.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    if (m_shown) {
        QTextStream(stderr) << '\n';
    }
}

void CliJobControl::show(const JobProgress &progress)
{
    if (!Cli::stderrIsTerminal()) {
        return;
    }
    const QLocale locale;
    QString line = m_what + QLatin1Char(' ');
    if (progress.total > 0) {
        const int percent = static_cast<int>(100 * progress.done / progress.total);
        const int filled = percent / 4;
        line += QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
                QString(25 - filled, QLatin1Char('.')) + QLatin1String("] ") +
                tr("%1%").arg(percent) + QLatin1Char(' ');
    }
    line += tr("%1 %2, %3/s")
                .arg(locale.toString(progress.done), progress.unit,
                     locale.toString(static_cast<qint64>(progress.perSecond)));
    const qint64 left = progress.secondsLeft();
    if (left > 0) {
        line += tr(", %1 s left").arg(left);
    }
    QTextStream(stderr) << '\r' << line << "\x1b[K" << Qt::flush;
    m_shown = true;
}

} // namespace rowscope::cli
