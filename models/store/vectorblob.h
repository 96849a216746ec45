#pragma once

#include <QByteArray>
#include <QVector>

namespace rowscope::VectorBlob {

// How the store keeps a vector of numbers (an embedding): little-endian doubles, so that
// every value reads back exactly and the file is the same on every machine.
QByteArray pack(const QVector<double> &vector);
QVector<double> unpack(const QByteArray &blob);

} // namespace rowscope::VectorBlob
