#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace rowscope {

enum class MetadataKind {
    String,
    Number,
    DateTime,
    Enum,
    Embedding,
};

struct MetadataOption {
    QString id;
    QString name;
};

struct MetadataSchema {
    QString id;
    QString name;
    MetadataKind kind = MetadataKind::String;
    bool reserved = false;
    QVector<MetadataOption> options; // enum only, in order

    const MetadataOption *optionById(QStringView optionId) const;
    const MetadataOption *optionByName(QStringView optionName) const;
};

namespace MetadataLimits {
constexpr int kMaxStringLength = 4096;
constexpr int kMaxEnumOptions = 64;
constexpr int kEmbeddingDimensions = 128;
constexpr int kMaxNameLength = 100;
} // namespace MetadataLimits

namespace MetadataKinds {
QString name(MetadataKind kind); // "string", "number", "datetime", "enum", "embedding"
std::optional<MetadataKind> parse(QStringView text);
} // namespace MetadataKinds

// The four fields every workspace has, with the ids Labelbox gives them.
namespace ReservedMetadata {
inline constexpr char kTagId[] = "cko8s9r5v0001h2dk9elqdidh";
inline constexpr char kSplitId[] = "cko8sbczn0002h2dkdaxb5kal";
inline constexpr char kSplitTrainId[] = "cko8sbscr0003h2dk04w86hof";
inline constexpr char kSplitValidId[] = "cko8sc2yr0004h2dk69aj5x63";
inline constexpr char kSplitTestId[] = "cko8scbz70005h2dkastwhgqt";
inline constexpr char kCaptureDateTimeId[] = "cko8sdzv70006h2dk8jg64zvb";
inline constexpr char kSkipNFramesId[] = "cko8sekw10007h2dkb5c2r9mn";

const QVector<MetadataSchema> &all();
bool isReservedName(QStringView name);
} // namespace ReservedMetadata

// A schema or option name's problem (1-100 characters), or nothing.
std::optional<QString> metadataNameError(const QString &name);

// A snapshot of a workspace's schemas with fast lookup by id, name and option id.
class MetadataSchemaSet final {
public:
    MetadataSchemaSet() = default;
    explicit MetadataSchemaSet(QVector<MetadataSchema> schemas);

    const QVector<MetadataSchema> &schemas() const { return m_schemas; }
    const MetadataSchema *byId(const QString &id) const;
    const MetadataSchema *byName(const QString &name) const;
    // The enum a given option id belongs to (or nullptr).
    const MetadataSchema *enumOfOption(const QString &optionId) const;
    // The position of a schema in display/export order.
    int indexOf(const QString &schemaId) const { return m_byId.value(schemaId, -1); }

private:
    QVector<MetadataSchema> m_schemas;
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byOptionId;
};

} // namespace rowscope
