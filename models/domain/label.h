#pragma once

#include <QByteArray>
#include <QString>

namespace rowscope {

struct Project {
    QString id;
    QString name;
    qint64 createdAt = 0;
};

// A label of a data row in a project, with the fields a Labelbox export carries.
struct Label {
    QString id;
    QString dataRowId;
    QString projectId;
    QString labelKind = QStringLiteral("Default");
    QString version = QStringLiteral("1.0.0");
    QString createdBy; // email
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 contentLastUpdatedAt = 0;
    QByteArray reviewsJson = QByteArrayLiteral("[]"); // compact JSON array
    double secondsToCreate = 0;                       // seconds_to_label
    double secondsToReview = 0;
    bool skipped = false;
    QByteArray annotationsJson; // compact JSON object: {objects, classifications, relationships}
};

// What a user gives to add a label.
struct LabelInput {
    QString projectId;
    QByteArray annotationsJson; // empty means no annotations yet
    double secondsToLabel = 0;
};

} // namespace rowscope
