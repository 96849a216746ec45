#include "schema.h"

#include "cuid.h"
#include "metadataschema.h"
#include "sqlite.h"
#include "timestamp.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::Schema {

namespace {

// 1: the catalog itself — organization, users, datasets, data rows and their keys.
Status catalogStep(sql::Connection &db)
{
    const Status created = db.execute(R"sql(
        CREATE TABLE organization (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE user (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        );
        CREATE TABLE dataset (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES user(pk),
            row_count INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0)
        );
        -- pk is the insertion order: with dataset_pk it is the per-dataset ordering key that
        -- keyset paging walks (data_row_by_dataset), so page N costs what page 0 does.
        -- Global keys are ASCII by rule, so NOCASE makes them exactly case-insensitive.
        CREATE TABLE data_row (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            dataset_pk INTEGER NOT NULL REFERENCES dataset(pk) ON DELETE CASCADE,
            global_key TEXT UNIQUE COLLATE NOCASE,
            external_id TEXT,
            row_data TEXT NOT NULL,
            media_type TEXT NOT NULL,
            media_attributes TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            last_activity_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES user(pk)
        );
        CREATE INDEX data_row_by_dataset ON data_row(dataset_pk, pk);
        CREATE INDEX data_row_by_external_id ON data_row(external_id)
            WHERE external_id IS NOT NULL;
    )sql");
    if (!created) {
        return created;
    }
    sql::Query org =
        db.prepare("INSERT INTO organization (id, name, created_at) VALUES (?1, ?2, ?3)");
    org.bind(1, Cuid::generate())
        .bind(2, QCoreApplication::translate("rowscope::Schema", "My organization"))
        .bind(3, Timestamp::now());
    return org.exec();
}

// 2: metadata schemas (the four reserved fields with their fixed ids) and values. An enum's
// options are schemas whose parent is the enum; an enum value stores the option as its field.
Status metadataStep(sql::Connection &db)
{
    const Status created = db.execute(R"sql(
        CREATE TABLE metadata_schema (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL
                CHECK (kind IN ('string', 'number', 'datetime', 'enum', 'embedding', 'option')),
            reserved INTEGER NOT NULL DEFAULT 0,
            parent_pk INTEGER REFERENCES metadata_schema(pk) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX metadata_schema_by_name ON metadata_schema(ifnull(parent_pk, 0), name);
        CREATE INDEX metadata_schema_by_parent ON metadata_schema(parent_pk);
        CREATE TABLE metadata_value (
            data_row_pk INTEGER NOT NULL REFERENCES data_row(pk) ON DELETE CASCADE,
            field_pk INTEGER NOT NULL REFERENCES metadata_schema(pk) ON DELETE CASCADE,
            value,
            PRIMARY KEY (data_row_pk, field_pk)
        ) WITHOUT ROWID;
        CREATE INDEX metadata_value_by_field ON metadata_value(field_pk, value);
    )sql");
    if (!created) {
        return created;
    }
    sql::Query insert = db.prepare("INSERT INTO metadata_schema (id, name, kind, reserved, "
                                   "parent_pk) VALUES (?1, ?2, ?3, 1, ?4)");
    for (const MetadataSchema &schema : ReservedMetadata::all()) {
        insert.reset();
        insert.bind(1, schema.id).bind(2, schema.name).bind(3, MetadataKinds::name(schema.kind));
        insert.bindNull(4);
        if (Status done = insert.exec(); !done) {
            return done;
        }
        const qint64 parent = db.lastInsertRowId();
        for (const MetadataOption &option : schema.options) {
            insert.reset();
            insert.bind(1, option.id).bind(2, option.name).bind(3, u"option"_s).bind(4, parent);
            if (Status done = insert.exec(); !done) {
                return done;
            }
        }
    }
    return {};
}

// 3: attachments and embedding vectors.
Status attachmentStep(sql::Connection &db)
{
    return db.execute(R"sql(
        CREATE TABLE attachment (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            data_row_pk INTEGER NOT NULL REFERENCES data_row(pk) ON DELETE CASCADE,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            name TEXT
        );
        CREATE INDEX attachment_by_row ON attachment(data_row_pk);
        CREATE TABLE embedding (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            dimensions INTEGER NOT NULL CHECK (dimensions > 0)
        );
        CREATE TABLE data_row_embedding (
            data_row_pk INTEGER NOT NULL REFERENCES data_row(pk) ON DELETE CASCADE,
            embedding_pk INTEGER NOT NULL REFERENCES embedding(pk) ON DELETE CASCADE,
            vector BLOB NOT NULL,
            PRIMARY KEY (data_row_pk, embedding_pk)
        ) WITHOUT ROWID;
        CREATE INDEX data_row_embedding_by_space ON data_row_embedding(embedding_pk);
    )sql");
}

// 4: projects, labels and each row's state in a project (workflow status, chosen winner —
// none chosen means the first label submitted wins — and the project's place in the row's
// export line, so that an imported line lists its projects in its own order).
Status labelStep(sql::Connection &db)
{
    return db.execute(R"sql(
        CREATE TABLE project (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE label (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            data_row_pk INTEGER NOT NULL REFERENCES data_row(pk) ON DELETE CASCADE,
            project_pk INTEGER NOT NULL REFERENCES project(pk) ON DELETE CASCADE,
            label_kind TEXT NOT NULL,
            version TEXT NOT NULL,
            created_by INTEGER NOT NULL REFERENCES user(pk),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            content_last_updated_at INTEGER NOT NULL,
            reviews TEXT NOT NULL DEFAULT '[]',
            seconds_to_create REAL NOT NULL DEFAULT 0,
            seconds_to_review REAL NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            annotations TEXT NOT NULL
        );
        CREATE INDEX label_by_row ON label(data_row_pk, project_pk, created_at, pk);
        CREATE INDEX label_by_project ON label(project_pk);
        CREATE TABLE data_row_project (
            data_row_pk INTEGER NOT NULL REFERENCES data_row(pk) ON DELETE CASCADE,
            project_pk INTEGER NOT NULL REFERENCES project(pk) ON DELETE CASCADE,
            workflow_status TEXT NOT NULL DEFAULT 'DONE',
            winner_label_pk INTEGER REFERENCES label(pk) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (data_row_pk, project_pk)
        ) WITHOUT ROWID;
        CREATE INDEX data_row_project_by_project ON data_row_project(project_pk);
        CREATE INDEX data_row_project_by_winner ON data_row_project(winner_label_pk)
            WHERE winner_label_pk IS NOT NULL;
    )sql");
}

// 5: the orders a dataset can be browsed in. Each index starts with the dataset and ends with
// pk, so a page is a keyset step from an anchor (never an OFFSET) in any of the four sorts,
// both directions. Keys and external ids sort empty when absent, so that a keyset
// comparison never meets NULL.
Status browsingStep(sql::Connection &db)
{
    return db.execute(R"sql(
        CREATE INDEX data_row_by_created ON data_row(dataset_pk, created_at, pk);
        CREATE INDEX data_row_by_updated ON data_row(dataset_pk, updated_at, pk);
        CREATE INDEX data_row_by_key
            ON data_row(dataset_pk, ifnull(global_key, '') COLLATE NOCASE, pk);
        CREATE INDEX data_row_by_external ON data_row(dataset_pk, ifnull(external_id, ''), pk);
    )sql");
}

using Step = std::function<Status(sql::Connection &)>;

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {catalogStep, metadataStep, attachmentStep, labelStep,
                                          browsingStep};
    return all;
}

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

Status migrate(sql::Connection &db, int targetVersion)
{
    const auto applicationId = db.queryInt("PRAGMA application_id");
    if (!applicationId) {
        return applicationId.error();
    }
    const auto version = db.queryInt("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    const auto objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!objects) {
        return objects.error();
    }
    const bool fresh = *applicationId == 0 && *version == 0 && *objects == 0;
    if (!fresh && *applicationId != kApplicationId) {
        return Error{
            ErrorCode::NotAWorkspace,
            QCoreApplication::translate("rowscope::Schema",
                                        "'%1' is an SQLite database but not a Rowscope workspace.")
                .arg(db.path())};
    }
    if (*version > latestVersion()) {
        return Error{ErrorCode::NewerVersion,
                     QCoreApplication::translate(
                         "rowscope::Schema",
                         "'%1' was written by a newer Rowscope (workspace version %2; this "
                         "Rowscope reads up to version %3). Update Rowscope to open it.")
                         .arg(db.path())
                         .arg(*version)
                         .arg(latestVersion())};
    }
    if (*version >= targetVersion) {
        return {};
    }
    if (db.isReadOnly()) {
        return Error{ErrorCode::ReadOnly,
                     QCoreApplication::translate(
                         "rowscope::Schema",
                         "'%1' is read-only and needs an upgrade to workspace version %2 before "
                         "this Rowscope can open it.")
                         .arg(db.path())
                         .arg(latestVersion())};
    }
    for (int next = static_cast<int>(*version) + 1; next <= targetVersion; ++next) {
        sql::Transaction transaction(db);
        if (!transaction.begun()) {
            return transaction.begun().error();
        }
        if (Status done = steps()[next - 1](db); !done) {
            return done;
        }
        const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(kApplicationId) +
                                   "; PRAGMA user_version = " + QByteArray::number(next);
        if (Status done = db.execute(pragmas.constData()); !done) {
            return done;
        }
        if (Status done = transaction.commit(); !done) {
            return done;
        }
    }
    return {};
}

} // namespace rowscope::Schema
