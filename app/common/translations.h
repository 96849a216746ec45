#pragma once

#include <QString>

namespace rowscope {

// Installs Rowscope's translations for a language ("de"), or for the system locale when
// empty. English plural forms ("1 dataset", "3 datasets") are always installed underneath.
void installTranslations(const QString &language = {});

} // namespace rowscope
