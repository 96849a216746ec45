#pragma once

#include "jobcontrol.h"

#include <QCoreApplication>

namespace rowscope::cli {

// A JobControl for the terminal: a progress line on stderr when stderr is a terminal, and
// Ctrl+C cancels the job between chunks (a second Ctrl+C ends the program at once).
class CliJobControl final : public JobControl {
    Q_DECLARE_TR_FUNCTIONS(CliJobControl)

public:
    explicit CliJobControl(QString what);
    ~CliJobControl() override;

private:
    void show(const JobProgress &progress);

    QString m_what;
    bool m_shown = false;
};

} // namespace rowscope::cli
