#include "vectorblob.h"

#include <QtEndian>

namespace rowscope::VectorBlob {

QByteArray pack(const QVector<double> &vector)
{
    QByteArray blob(vector.size() * static_cast<qsizetype>(sizeof(double)), Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(blob.data());
    for (qsizetype i = 0; i < vector.size(); ++i) {
        qToLittleEndian(vector[i], out + i * sizeof(double));
    }
    return blob;
}

QVector<double> unpack(const QByteArray &blob)
{
    QVector<double> vector(blob.size() / static_cast<qsizetype>(sizeof(double)));
    const auto *in = reinterpret_cast<const uchar *>(blob.constData());
    for (qsizetype i = 0; i < vector.size(); ++i) {
        vector[i] = qFromLittleEndian<double>(in + i * sizeof(double));
    }
    return vector;
}

} // namespace rowscope::VectorBlob
