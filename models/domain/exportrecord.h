#pragma once

#include "attachment.h"
#include "datarow.h"
#include "label.h"
#include "metadatavalue.h"

#include <QString>
#include <QVector>

namespace rowscope {

// A row's vector in one embedding space.
struct EmbeddingVector {
    QString id;
    QString name;
    int dimensions = 0;
    QVector<double> values;
};

// A row's labels in one project.
struct ProjectLabels {
    QString projectId;
    QString projectName;
    QVector<Label> labels;   // in submission order
    QString selectedLabelId; // the winning label
    QString workflowStatus;
};

// Everything one export line can say about a data row.
struct ExportRecord {
    DataRow row;
    QString datasetName;
    QVector<Attachment> attachments;
    QVector<MetadataValue> metadata;
    QVector<EmbeddingVector> embeddings;
    QVector<ProjectLabels> projects;
};

} // namespace rowscope
