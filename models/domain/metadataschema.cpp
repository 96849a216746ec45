#include "metadataschema.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

const MetadataOption *MetadataSchema::optionById(QStringView optionId) const
{
    for (const MetadataOption &option : options) {
        if (option.id == optionId) {
            return &option;
        }
    }
    return nullptr;
}

const MetadataOption *MetadataSchema::optionByName(QStringView optionName) const
{
    for (const MetadataOption &option : options) {
        if (option.name == optionName) {
            return &option;
        }
    }
    return nullptr;
}

QString MetadataKinds::name(MetadataKind kind)
{
    switch (kind) {
    case MetadataKind::String:
        return u"string"_s;
    case MetadataKind::Number:
        return u"number"_s;
    case MetadataKind::DateTime:
        return u"datetime"_s;
    case MetadataKind::Enum:
        return u"enum"_s;
    case MetadataKind::Embedding:
        return u"embedding"_s;
    }
    return {};
}

std::optional<MetadataKind> MetadataKinds::parse(QStringView text)
{
    for (const MetadataKind kind :
         {MetadataKind::String, MetadataKind::Number, MetadataKind::DateTime, MetadataKind::Enum,
          MetadataKind::Embedding}) {
        if (text.compare(name(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

const QVector<MetadataSchema> &ReservedMetadata::all()
{
    static const QVector<MetadataSchema> schemas = {
        {QLatin1String(kTagId), u"tag"_s, MetadataKind::String, true, {}},
        {QLatin1String(kSplitId),
         u"split"_s,
         MetadataKind::Enum,
         true,
         {{QLatin1String(kSplitTrainId), u"train"_s},
          {QLatin1String(kSplitValidId), u"valid"_s},
          {QLatin1String(kSplitTestId), u"test"_s}}},
        {QLatin1String(kCaptureDateTimeId), u"captureDateTime"_s, MetadataKind::DateTime, true, {}},
        {QLatin1String(kSkipNFramesId), u"skipNFrames"_s, MetadataKind::Number, true, {}},
    };
    return schemas;
}

bool ReservedMetadata::isReservedName(QStringView name)
{
    for (const MetadataSchema &schema : all()) {
        if (schema.name == name) {
            return true;
        }
    }
    return false;
}

std::optional<QString> metadataNameError(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        return u"A metadata name cannot be empty"_s;
    }
    const qsizetype characters = name.toUcs4().size();
    if (characters > MetadataLimits::kMaxNameLength) {
        return u"A metadata name can have at most %1 characters; '%2' has %3"_s
            .arg(MetadataLimits::kMaxNameLength)
            .arg(name)
            .arg(characters);
    }
    return std::nullopt;
}

MetadataSchemaSet::MetadataSchemaSet(QVector<MetadataSchema> schemas)
    : m_schemas(std::move(schemas))
{
    for (int i = 0; i < m_schemas.size(); ++i) {
        const MetadataSchema &schema = m_schemas[i];
        m_byId.insert(schema.id, i);
        m_byName.insert(schema.name, i);
        for (const MetadataOption &option : schema.options) {
            m_byOptionId.insert(option.id, i);
        }
    }
}

const MetadataSchema *MetadataSchemaSet::byId(const QString &id) const
{
    const int index = m_byId.value(id, -1);
    return index >= 0 ? &m_schemas[index] : nullptr;
}

const MetadataSchema *MetadataSchemaSet::byName(const QString &name) const
{
    const int index = m_byName.value(name, -1);
    return index >= 0 ? &m_schemas[index] : nullptr;
}

const MetadataSchema *MetadataSchemaSet::enumOfOption(const QString &optionId) const
{
    const int index = m_byOptionId.value(optionId, -1);
    return index >= 0 ? &m_schemas[index] : nullptr;
}

} // namespace rowscope
