#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace rowscope {

void installTranslations(const QString &language)
{
    const QString directory = QStringLiteral(":/i18n");
    // Parented to the application: they live as long as it does.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral("rowscope_en"), directory)) {
        QCoreApplication::installTranslator(english);
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("rowscope"), QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace rowscope
