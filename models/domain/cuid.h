#pragma once

#include <QString>

namespace rowscope {

// Collision-resistant ids in the style of cuid, as Labelbox uses them: 25 characters, a
// leading 'c', then lower-case base-36 (time, counter, process fingerprint, randomness).
namespace Cuid {

QString generate();
bool isValid(QStringView id);

} // namespace Cuid

} // namespace rowscope
