<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttachmentStore</name>
    <message>
        <source>Nothing to change: give a type, a value or a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: rowscope-cli [--workspace FILE] COMMAND ...

The scripting face of Rowscope: data rows, datasets and global keys from a terminal.
The result is one JSON document on stdout; messages go to stderr.

Commands:
  datasets list | create NAME | rename ID NAME | describe ID TEXT | delete ID
  rows get ID | rows get --global-key KEY
  rows create --dataset ID FILE | rows upsert --dataset ID FILE
  rows update ID [--global-key K] [--row-data R] [--external-id E]

Workspace: --workspace FILE, else $ROWSCOPE_WORKSPACE, else
  %1
Exit codes: 0 success, 1 items failed or nothing found, 2 refused before anything
changed, 3 not confirmed.
Run &apos;rowscope-cli COMMAND --help&apos; for a command&apos;s options and an example.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: no terminal to ask on. Add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rowscope-cli %1 ACTION ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;rowscope-cli %1 ACTION --help&apos; for an action&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataRowStore</name>
    <message>
        <source>Nothing to update: give a global_key, a row_data or an external_id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetCommands</name>
    <message>
        <source>list                      every dataset with its row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create NAME [--description TEXT]   a new, empty dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename ID NAME            a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe ID TEXT          a new description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete ID [--yes]         the dataset with all its rows (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets needs an action: list, create, rename, describe or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;datasets %1&apos;; the actions are list, create, rename, describe and delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli datasets list: every dataset with its row count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dataset holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s name (names need not be unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli datasets create: makes an empty dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets create needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli datasets rename: gives a dataset a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets rename needs an ID and a NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new description (&quot;&quot; clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli datasets describe: sets a dataset&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets describe needs an ID and a TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli datasets delete: deletes a dataset with all its rows, their metadata, attachments and labels. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets delete needs exactly one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This deletes the dataset &apos;%1&apos; (%2) and its %n data row(s) with their metadata, attachments and labels. It cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>A dataset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalKeyStore</name>
    <message>
        <source>Assignment %1 is missing %2; nothing was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to label must be a finite number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label&apos;s annotations must be a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &apos;%1&apos; is not a label of data row &apos;%2&apos; in project &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a metadata field named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enum already has an option named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only enum fields have options; &apos;%1&apos; is a %2 field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enum can have at most %1 options; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field and cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an enum field; only enums have options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field; its options are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has %2 options, the most an enum can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <source>get ID | get --global-key KEY     one row as an export line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create --dataset ID FILE         new rows from specs or export lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsert --dataset ID FILE         update by key (ID or GKEY), create the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update ID [--global-key K] [--row-data R] [--external-id E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows needs an action: get, create, upsert or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;rows %1&apos;; the actions are get, create, upsert and update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the row by its global key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data row&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli rows get: one data row as an export line with every parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows get needs either one ID or --global-key KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset new rows go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array or NDJSON of data row specs or export lines; - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli rows upsert: updates the rows the specs&apos; keys name (ID or GKEY) and creates the rest. Only fields present change; metadata_fields and attachments replace the row&apos;s whole set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli rows create: creates data rows from specs or export lines. Each item goes in or fails alone with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 needs --dataset ID and one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no items: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new global key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new row data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowscope-cli rows update: changes a row&apos;s global key, row data or external id and prints the row as an export line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows update needs exactly one ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Rowscope workspace (it is not a database file, or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rowscope: browse and curate datasets of data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rowscope::DatasetListModel</name>
    <message numerus="yes">
        <source>%1
%n data row(s)
id %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rowscope::MainWindow</name>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rowscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rowscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The workspace cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This workspace has no datasets yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one from a terminal:&lt;br&gt;&lt;tt&gt;rowscope-cli datasets create &quot;My dataset&quot;&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rowscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rowscope %1&lt;/h3&gt;&lt;p&gt;A desktop browser for curating machine-learning datasets: data rows, global keys, metadata, attachments and labels, in the shape of the Labelbox SDK, on your own machine.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rowscope::Schema</name>
    <message>
        <source>My organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Rowscope workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Rowscope (workspace version %2; this Rowscope reads up to version %3). Update Rowscope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only and needs an upgrade to workspace version %2 before this Rowscope can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rowscope::sql::Connection</name>
    <message>
        <source>The workspace is busy: another program kept it locked too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a workspace or is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
