#include "catalogworker.h"

namespace rowscope {

CatalogWorker::CatalogWorker(QString workspacePath, WorkspaceOptions options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_options(std::move(options))
    , m_inner(new QObject)
{
    m_thread.setObjectName(QStringLiteral("CatalogWorker"));
    m_inner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inner, &QObject::deleteLater);
    m_thread.start();
}

CatalogWorker::~CatalogWorker()
{
    // Tasks already posted finish first; then the connection closes on its own thread.
    QMetaObject::invokeMethod(
        m_inner, [this] { m_catalog.reset(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Catalog *CatalogWorker::catalog()
{
    if (!m_catalog && !m_openTried) {
        m_openTried = true;
        auto opened = Catalog::open(m_path, m_options);
        if (opened) {
            m_catalog = std::move(opened).value();
        } else {
            m_openError = opened.error();
        }
    }
    return m_catalog.get();
}

} // namespace rowscope
