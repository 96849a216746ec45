<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AttachmentCommands</name>
    <message>
        <source>attachments needs an action: list, add, update or delete.</source>
        <translation>attachments benötigt eine Aktion: list, add, update oder delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;attachments %1&apos;; the actions are list, add, update and delete.</source>
        <translation>Unbekannte Aktion &apos;attachments %1&apos;; die Aktionen sind list, add, update und delete.</translation>
    </message>
    <message>
        <source>The data row&apos;s id.</source>
        <translation>Die ID der Datenzeile.</translation>
    </message>
    <message>
        <source>rowscope-cli attachments list: a data row&apos;s attachments in the order they were added, as [{&quot;id&quot;, &quot;type&quot;, &quot;value&quot;, &quot;name&quot;}] (name only when set).</source>
        <translation>rowscope-cli attachments list: die Anhänge einer Datenzeile in der Reihenfolge, in der sie hinzugefügt wurden, als [{&quot;id&quot;, &quot;type&quot;, &quot;value&quot;, &quot;name&quot;}] (name nur, wenn gesetzt).</translation>
    </message>
    <message>
        <source>attachments list needs exactly one ROW_ID.</source>
        <translation>attachments list benötigt genau eine ROW_ID.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>An optional name.</source>
        <translation>Ein optionaler Name.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>rowscope-cli attachments add: adds an attachment to a data row and prints it. --type and --value are required; the value may not be empty.</source>
        <translation>rowscope-cli attachments add: fügt einer Datenzeile einen Anhang hinzu und gibt ihn aus. --type und --value sind erforderlich; der Wert darf nicht leer sein.</translation>
    </message>
    <message>
        <source>attachments add needs one ROW_ID, --type T and --value V.</source>
        <translation>attachments add benötigt eine ROW_ID, --type T und --value V.</translation>
    </message>
    <message>
        <source>The new type: one of %1.</source>
        <translation>Der neue Typ: einer von %1.</translation>
    </message>
    <message>
        <source>The new value (not empty).</source>
        <translation>Der neue Wert (nicht leer).</translation>
    </message>
    <message>
        <source>The new name (&quot;&quot; removes it).</source>
        <translation>Der neue Name (&quot;&quot; entfernt ihn).</translation>
    </message>
    <message>
        <source>The attachment&apos;s id.</source>
        <translation>Die ID des Anhangs.</translation>
    </message>
    <message>
        <source>rowscope-cli attachments update: changes only what is given (at least one of --type, --value and --name); the value is checked against the (new) type. Prints the attachment.</source>
        <translation>rowscope-cli attachments update: ändert nur, was angegeben ist (mindestens eine der Optionen --type, --value und --name); der Wert wird gegen den (neuen) Typ geprüft. Gibt den Anhang aus.</translation>
    </message>
    <message>
        <source>attachments update needs exactly one ATT_ID.</source>
        <translation>attachments update benötigt genau eine ATT_ID.</translation>
    </message>
    <message>
        <source>rowscope-cli attachments delete: removes one attachment from its data row. Prints {&quot;deleted&quot;: id}.</source>
        <translation>rowscope-cli attachments delete: entfernt einen Anhang von seiner Datenzeile. Gibt {&quot;deleted&quot;: id} aus.</translation>
    </message>
    <message>
        <source>attachments delete needs exactly one ATT_ID.</source>
        <translation>attachments delete benötigt genau eine ATT_ID.</translation>
    </message>
    <message>
        <source>a row&apos;s attachments</source>
        <translation>die Anhänge einer Zeile</translation>
    </message>
    <message>
        <source>a new attachment</source>
        <translation>ein neuer Anhang</translation>
    </message>
    <message>
        <source>changes what is given</source>
        <translation>ändert, was angegeben ist</translation>
    </message>
    <message>
        <source>removes an attachment</source>
        <translation>entfernt einen Anhang</translation>
    </message>
    <message>
        <source>The value: text for RAW_TEXT, a URL or an absolute local path for the other types.</source>
        <translation>Der Wert: Text bei RAW_TEXT, eine URL oder ein absoluter lokaler Pfad bei den anderen Typen.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>Nothing to change: give a type, a value or a name.</source>
        <translation>Nichts zu ändern: Geben Sie einen Typ, einen Wert oder einen Namen an.</translation>
    </message>
    <message>
        <source>Attachment &apos;%1&apos; belongs to another data row now.</source>
        <translation>Der Anhang &apos;%1&apos; gehört inzwischen zu einer anderen Datenzeile.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--workspace needs a file.</source>
        <translation>--workspace benötigt eine Datei.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Not confirmed: no terminal to ask on. Add --yes to go ahead.</source>
        <translation>Nicht bestätigt: Es gibt kein Terminal für die Rückfrage. Fügen Sie --yes hinzu, um fortzufahren.</translation>
    </message>
    <message>
        <source>Go ahead? [y/N] </source>
        <translation>Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Usage: rowscope-cli %1 ACTION ...</source>
        <translation>Aufruf: rowscope-cli %1 ACTION ...</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Run &apos;rowscope-cli %1 ACTION --help&apos; for an action&apos;s options.</source>
        <translation>&apos;rowscope-cli %1 ACTION --help&apos; zeigt die Optionen einer Aktion.</translation>
    </message>
    <message>
        <source>Usage: rowscope-cli [--workspace FILE] COMMAND ...

The scripting face of Rowscope: data rows, datasets and global keys from a terminal.
The result is one JSON document on stdout; messages go to stderr.

Commands:
  datasets list | create NAME | rename ID NAME | describe ID TEXT | delete ID
  rows get ID | rows get --global-key KEY
  rows create --dataset ID FILE | rows upsert --dataset ID FILE
  rows update ID [--global-key K] [--row-data R] [--external-id E]
  rows list --dataset ID [--filter EXPR] [--sort FIELD[:desc]] [--page N]
  rows import-folder --dataset ID DIR
  rows delete ID... | --dataset ID [--filter EXPR] | --ids-file F  [--yes]
  export (--dataset ID [--filter EXPR] | --ids ID... | --global-keys KEY...)
         [--params LIST|all] --output FILE [--yes]
  generate --dataset NAME --rows N [--seed S]
  keys assign FILE | keys lookup KEY... | keys clear KEY...
  schema list | create NAME --kind KIND [--option O]... | rename NAME NEW
  schema delete NAME [--yes]
  metadata set ROW_ID NAME=VALUE... | metadata clear ROW_ID NAME...
  attachments list ROW_ID | add ROW_ID --type T --value V [--name N]
  attachments update ATT_ID [--type T] [--value V] [--name N] | delete ATT_ID
  labels list ROW_ID [--project P] | add ROW_ID --project P [--annotations JSON]
  labels winner ROW_ID --project P [--set LABEL_ID]
  projects list | create NAME

Workspace: --workspace FILE, else $ROWSCOPE_WORKSPACE, else
  %1
Exit codes: 0 success, 1 items failed or nothing found, 2 refused before anything
changed, 3 not confirmed.
Run &apos;rowscope-cli COMMAND --help&apos; for a command&apos;s options and an example.
</source>
        <translation>Aufruf: rowscope-cli [--workspace FILE] COMMAND ...

Die Skriptschnittstelle von Rowscope: Datenzeilen, Datensätze und globale Schlüssel im Terminal.
Das Ergebnis ist ein JSON-Dokument auf stdout; Meldungen gehen an stderr.

Befehle:
  datasets list | create NAME | rename ID NAME | describe ID TEXT | delete ID
  rows get ID | rows get --global-key KEY
  rows create --dataset ID FILE | rows upsert --dataset ID FILE
  rows update ID [--global-key K] [--row-data R] [--external-id E]
  rows list --dataset ID [--filter EXPR] [--sort FIELD[:desc]] [--page N]
  rows import-folder --dataset ID DIR
  rows delete ID... | --dataset ID [--filter EXPR] | --ids-file F  [--yes]
  export (--dataset ID [--filter EXPR] | --ids ID... | --global-keys KEY...)
         [--params LIST|all] --output FILE [--yes]
  generate --dataset NAME --rows N [--seed S]
  keys assign FILE | keys lookup KEY... | keys clear KEY...
  schema list | create NAME --kind KIND [--option O]... | rename NAME NEW
  schema delete NAME [--yes]
  metadata set ROW_ID NAME=VALUE... | metadata clear ROW_ID NAME...
  attachments list ROW_ID | add ROW_ID --type T --value V [--name N]
  attachments update ATT_ID [--type T] [--value V] [--name N] | delete ATT_ID
  labels list ROW_ID [--project P] | add ROW_ID --project P [--annotations JSON]
  labels winner ROW_ID --project P [--set LABEL_ID]
  projects list | create NAME

Arbeitsbereich: --workspace FILE, sonst $ROWSCOPE_WORKSPACE, sonst
  %1
Exit-Codes: 0 Erfolg, 1 Einträge fehlgeschlagen oder nichts gefunden, 2 abgelehnt, bevor
etwas geändert wurde, 3 nicht bestätigt.
&apos;rowscope-cli COMMAND --help&apos; zeigt die Optionen eines Befehls und ein Beispiel.
</translation>
    </message>
</context>
<context>
    <name>CliJobControl</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2, %3/s</source>
        <translation>%1 %2, %3/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
</context>
<context>
    <name>DataRowStore</name>
    <message>
        <source>Nothing to update: give a global_key, a row_data or an external_id.</source>
        <translation>Nichts zu aktualisieren: Geben Sie global_key, row_data oder external_id an.</translation>
    </message>
</context>
<context>
    <name>DatasetCommands</name>
    <message>
        <source>datasets needs an action: list, create, rename, describe or delete.</source>
        <translation>datasets benötigt eine Aktion: list, create, rename, describe oder delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;datasets %1&apos;; the actions are list, create, rename, describe and delete.</source>
        <translation>Unbekannte Aktion &apos;datasets %1&apos;; die Aktionen sind list, create, rename, describe und delete.</translation>
    </message>
    <message>
        <source>rowscope-cli datasets list: every dataset with its row count.</source>
        <translation>rowscope-cli datasets list: alle Datensätze mit ihrer Zeilenanzahl.</translation>
    </message>
    <message>
        <source>datasets list takes no arguments.</source>
        <translation>datasets list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>What the dataset holds.</source>
        <translation>Was der Datensatz enthält.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The dataset&apos;s name (names need not be unique).</source>
        <translation>Der Name des Datensatzes (Namen müssen nicht eindeutig sein).</translation>
    </message>
    <message>
        <source>rowscope-cli datasets create: makes an empty dataset.</source>
        <translation>rowscope-cli datasets create: erstellt einen leeren Datensatz.</translation>
    </message>
    <message>
        <source>datasets create needs exactly one NAME.</source>
        <translation>datasets create benötigt genau einen NAME.</translation>
    </message>
    <message>
        <source>The dataset&apos;s id.</source>
        <translation>Die ID des Datensatzes.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>rowscope-cli datasets rename: gives a dataset a new name.</source>
        <translation>rowscope-cli datasets rename: benennt einen Datensatz um.</translation>
    </message>
    <message>
        <source>datasets rename needs an ID and a NAME.</source>
        <translation>datasets rename benötigt eine ID und einen NAME.</translation>
    </message>
    <message>
        <source>The new description (&quot;&quot; clears it).</source>
        <translation>Die neue Beschreibung (&quot;&quot; leert sie).</translation>
    </message>
    <message>
        <source>rowscope-cli datasets describe: sets a dataset&apos;s description.</source>
        <translation>rowscope-cli datasets describe: legt die Beschreibung eines Datensatzes fest.</translation>
    </message>
    <message>
        <source>datasets describe needs an ID and a TEXT.</source>
        <translation>datasets describe benötigt eine ID und einen TEXT.</translation>
    </message>
    <message>
        <source>Deletes without asking.</source>
        <translation>Löscht ohne Rückfrage.</translation>
    </message>
    <message>
        <source>rowscope-cli datasets delete: deletes a dataset with all its rows, their metadata, attachments and labels. This cannot be undone.</source>
        <translation>rowscope-cli datasets delete: löscht einen Datensatz mit allen Zeilen und deren Metadaten, Anhängen und Labels. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>datasets delete needs exactly one ID.</source>
        <translation>datasets delete benötigt genau eine ID.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the dataset &apos;%1&apos; (%2) and its %n data row(s) with their metadata, attachments and labels. It cannot be undone.</source>
        <translation>
            <numerusform>Dies löscht den Datensatz &apos;%1&apos; (%2) und seine %n Datenzeile samt Metadaten, Anhängen und Labels. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Dies löscht den Datensatz &apos;%1&apos; (%2) und seine %n Datenzeilen samt Metadaten, Anhängen und Labels. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>every dataset with its row count</source>
        <translation>alle Datensätze mit ihrer Zeilenanzahl</translation>
    </message>
    <message>
        <source>a new, empty dataset</source>
        <translation>ein neuer, leerer Datensatz</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>ein neuer Name</translation>
    </message>
    <message>
        <source>a new description</source>
        <translation>eine neue Beschreibung</translation>
    </message>
    <message>
        <source>the dataset with all its rows (asks first)</source>
        <translation>der Datensatz mit allen Zeilen (fragt vorher)</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Ein Datensatz benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A dataset name can have at most %1 characters.</source>
        <translation>Ein Datensatzname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>DeletePlan</name>
    <message>
        <source>This deletes %1 and %2, with their metadata and attachments. It cannot be undone.</source>
        <translation>Dies löscht %1 und %2 samt Metadaten und Anhängen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln Datenzeile</numerusform>
            <numerusform>%Ln Datenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln Label</numerusform>
            <numerusform>%Ln Labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports the rows of a dataset.</source>
        <translation>Exportiert die Zeilen eines Datensatzes.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>Row ids (at most 2,000), comma-separated or repeated.</source>
        <translation>Zeilen-IDs (höchstens 2.000), durch Kommas getrennt oder wiederholt.</translation>
    </message>
    <message>
        <source>Global keys (at most 2,000), comma-separated or repeated.</source>
        <translation>Globale Schlüssel (höchstens 2.000), durch Kommas getrennt oder wiederholt.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>What to include: attachments, metadata_fields, data_row_details, project_details, label_details, performance_details, interpolated_frames, embeddings, or all.</source>
        <translation>Was enthalten sein soll: attachments, metadata_fields, data_row_details, project_details, label_details, performance_details, interpolated_frames, embeddings oder all.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The file to write, or - for stdout.</source>
        <translation>Die zu schreibende Datei oder - für stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Replaces an existing file without asking.</source>
        <translation>Ersetzt eine vorhandene Datei ohne Rückfrage.</translation>
    </message>
    <message>
        <source>More ids or keys after --ids or --global-keys.</source>
        <translation>Weitere IDs oder Schlüssel nach --ids oder --global-keys.</translation>
    </message>
    <message>
        <source>rowscope-cli export: rows as NDJSON export lines in the Labelbox shape. The file appears whole when the export ends, or not at all; with --output - the lines go to stdout and the result to stderr.</source>
        <translation>rowscope-cli export: Zeilen als NDJSON-Exportzeilen im Labelbox-Format. Die Datei erscheint vollständig, wenn der Export endet, oder gar nicht; mit --output - gehen die Zeilen an stdout und das Ergebnis an stderr.</translation>
    </message>
    <message>
        <source>export needs --output FILE (or - for stdout).</source>
        <translation>export benötigt --output FILE (oder - für stdout).</translation>
    </message>
    <message>
        <source>Give row ids or global keys, not both.</source>
        <translation>Geben Sie Zeilen-IDs oder globale Schlüssel an, nicht beides.</translation>
    </message>
    <message>
        <source>Give --dataset, --ids or --global-keys, only one.</source>
        <translation>Geben Sie nur eines an: --dataset, --ids oder --global-keys.</translation>
    </message>
    <message>
        <source>--filter needs --dataset.</source>
        <translation>--filter benötigt --dataset.</translation>
    </message>
    <message>
        <source>export needs --dataset ID, --ids ID... or --global-keys KEY...</source>
        <translation>export benötigt --dataset ID, --ids ID... oder --global-keys KEY...</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>With --dataset: only rows that match EXPR, in the filter language (see rows list --help).</source>
        <translation>Mit --dataset: nur Zeilen, auf die EXPR zutrifft, in der Filtersprache (siehe rows list --help).</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; choose a file to export to.</source>
        <translation>&apos;%1&apos; ist ein Ordner; wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be written to.</source>
        <translation>In den Ordner &apos;%1&apos; kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be replaced.</source>
        <translation>Die Datei &apos;%1&apos; kann nicht ersetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with %1</source>
        <translation>
            <numerusform>%Ln Zeile mit %1</numerusform>
            <numerusform>%Ln Zeilen mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Export %1 to %2, replacing the file that is there.</source>
        <translation>%1 nach %2 exportieren und die dort vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <source>Export %1 to %2.</source>
        <translation>%1 nach %2 exportieren.</translation>
    </message>
</context>
<context>
    <name>FileItemSource</name>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>Unexpected &apos;)&apos; at column %1</source>
        <translation>Unerwartetes &apos;)&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>Expected a term after &apos;-&apos; at column %1</source>
        <translation>Nach &apos;-&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Unexpected &apos;(&apos; at column %1; put values that hold parentheses in quotes</source>
        <translation>Unerwartetes &apos;(&apos; in Spalte %1; setzen Sie Werte, die Klammern enthalten, in Anführungszeichen</translation>
    </message>
    <message>
        <source>Missing the closing quote for the quote at column %1</source>
        <translation>Zum Anführungszeichen in Spalte %1 fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>Expected a field name before &apos;%1&apos; at column %2</source>
        <translation>Vor &apos;%1&apos; wird in Spalte %2 ein Feldname erwartet</translation>
    </message>
    <message>
        <source>Expected a value after &apos;%1&apos; at column %2</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %2 ein Wert erwartet</translation>
    </message>
    <message>
        <source>Expected a word between the quotes at column %1</source>
        <translation>Zwischen den Anführungszeichen in Spalte %1 wird ein Wort erwartet</translation>
    </message>
    <message>
        <source>Expected a term after &apos;OR&apos; at column %1</source>
        <translation>Nach &apos;OR&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Expected a term after &apos;AND&apos; at column %1</source>
        <translation>Nach &apos;AND&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>A filter nests parentheses and &apos;-&apos; at most %1 deep; too deep at column %2</source>
        <translation>Ein Filter darf Klammern und &apos;-&apos; höchstens %1 Ebenen tief verschachteln; zu tief in Spalte %2</translation>
    </message>
    <message>
        <source>Expected a term after &apos;(&apos; at column %1</source>
        <translation>Nach &apos;(&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Missing &apos;)&apos; for the &apos;(&apos; at column %1</source>
        <translation>Zu &apos;(&apos; in Spalte %1 fehlt &apos;)&apos;</translation>
    </message>
    <message>
        <source>A filter holds at most %1 terms; one too many at column %2</source>
        <translation>Ein Filter enthält höchstens %1 Begriffe; einer zu viel in Spalte %2</translation>
    </message>
    <message>
        <source>Expected a term before &apos;OR&apos; at column %1</source>
        <translation>Vor &apos;OR&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Expected a term before &apos;AND&apos; at column %1</source>
        <translation>Vor &apos;AND&apos; wird in Spalte %1 ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Expected a term at column %1</source>
        <translation>In Spalte %1 wird ein Begriff erwartet</translation>
    </message>
    <message>
        <source>Unknown media type &apos;%1&apos; at column %3; the media types are %2</source>
        <translation>Unbekannter Medientyp &apos;%1&apos; in Spalte %3; die Medientypen sind %2</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos; after &apos;has:&apos; at column %3; expected %2</source>
        <translation>Unbekannter Wert &apos;%1&apos; nach &apos;has:&apos; in Spalte %3; erwartet: %2</translation>
    </message>
    <message>
        <source>Expected true or false after &apos;%1&apos; at column %2</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %2 true oder false erwartet</translation>
    </message>
    <message>
        <source>Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after &apos;%1&apos; at column %2</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %2 ein Datum (YYYY-MM-DD) oder ein Datum mit Uhrzeit (YYYY-MM-DDTHH:MM:SS) erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after &apos;%1&apos; at column %3, not &apos;%2&apos;</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %3 &apos;:&apos; erwartet, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>FilterSql</name>
    <message>
        <source>Unknown field &apos;%1&apos; at column %2; filter by %3 or a metadata field: %4</source>
        <translation>Unbekanntes Feld &apos;%1&apos; in Spalte %2; filtern Sie nach %3 oder nach einem Metadatenfeld: %4</translation>
    </message>
    <message>
        <source>Cannot filter by the embedding field &apos;%1&apos; at column %2</source>
        <translation>Nach dem Einbettungsfeld &apos;%1&apos; in Spalte %2 kann nicht gefiltert werden</translation>
    </message>
    <message>
        <source>Expected a number after &apos;%1&apos; at column %2</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %2 eine Zahl erwartet</translation>
    </message>
    <message>
        <source>Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after &apos;%1&apos; at column %2</source>
        <translation>Nach &apos;%1&apos; wird in Spalte %2 ein Datum (YYYY-MM-DD) oder ein Datum mit Uhrzeit (YYYY-MM-DDTHH:MM:SS) erwartet</translation>
    </message>
    <message>
        <source>Cannot compare the %1 field &apos;%2&apos; with &apos;%3&apos; at column %4; use &apos;%2:&apos;</source>
        <translation>Das Feld &apos;%2&apos; vom Typ %1 kann in Spalte %4 nicht mit &apos;%3&apos; verglichen werden; verwenden Sie &apos;%2:&apos;</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for &apos;%2&apos; at column %3; the options are %4</source>
        <translation>Unbekannte Option &apos;%1&apos; für &apos;%2&apos; in Spalte %3; die Optionen sind %4</translation>
    </message>
</context>
<context>
    <name>FolderItemSource</name>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder.</source>
        <translation>&apos;%1&apos; ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read.</source>
        <translation>Der Ordner &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Skipped &apos;%1&apos;: not a media file Rowscope imports</source>
        <translation>&apos;%1&apos; übersprungen: keine Mediendatei, die Rowscope importiert</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: permission denied</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>The name of the new dataset.</source>
        <translation>Der Name des neuen Datensatzes.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>How many rows (1 to 100,000,000).</source>
        <translation>Anzahl der Zeilen (1 bis 100.000.000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>rowscope-cli generate: a new dataset of realistic made-up rows for demos and benchmarks: unique global keys, image URLs and texts, tag, split, captureDateTime and the custom field camera, 0-3 attachments, and labels with boxes on about a quarter of the image rows.</source>
        <translation>rowscope-cli generate: ein neuer Datensatz mit realistischen, erfundenen Zeilen für Demos und Benchmarks: eindeutige globale Schlüssel, Bild-URLs und Texte, tag, split, captureDateTime und das benutzerdefinierte Feld camera, 0-3 Anhänge sowie Labels mit Boxen auf etwa einem Viertel der Bildzeilen.</translation>
    </message>
    <message>
        <source>generate needs --dataset NAME and --rows N.</source>
        <translation>generate benötigt --dataset NAME und --rows N.</translation>
    </message>
    <message>
        <source>--rows must be a whole number from 1 to 100,000,000.</source>
        <translation>--rows muss eine ganze Zahl von 1 bis 100.000.000 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The workspace has a field &apos;camera&apos; that is not an enum; generate needs it for its rows.</source>
        <translation>Der Arbeitsbereich hat ein Feld &apos;camera&apos;, das kein Enum ist; generate benötigt dieses Feld als Enum für seine Zeilen.</translation>
    </message>
    <message>
        <source>Synthetic rows made by rowscope-cli generate (seed %1)</source>
        <translation>Synthetische Zeilen, erzeugt von rowscope-cli generate (Seed %1)</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>The seed: the same seed makes the same rows (default 1).</source>
        <translation>Der Startwert: derselbe Startwert erzeugt dieselben Zeilen (Standard 1).</translation>
    </message>
</context>
<context>
    <name>GlobalKeyStore</name>
    <message>
        <source>Assignment %1 is missing %2; nothing was assigned.</source>
        <translation>Bei Zuweisung %1 fehlt %2; es wurde nichts zugewiesen.</translation>
    </message>
</context>
<context>
    <name>KeyAssignmentFile</name>
    <message>
        <source>Line %1, field %2: text after a closing quote. A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>Zeile %1, Feld %2: Text nach einem schließenden Anführungszeichen. Ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1, field %2: a quote inside an unquoted field. Quote the whole field and write the quote twice (&quot;&quot;).</source>
        <translation>Zeile %1, Feld %2: ein Anführungszeichen in einem Feld ohne Anführungszeichen. Setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file holds no assignments: it needs a data_row_id and a global_key for at least one row.</source>
        <translation>Die Datei enthält keine Zuweisungen: Sie benötigt data_row_id und global_key für mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to assign.</source>
        <translation>Die Datei ist leer: Es gibt nichts zuzuweisen.</translation>
    </message>
    <message>
        <source>The CSV header on line %1 names the column %2 twice.</source>
        <translation>Die CSV-Kopfzeile in Zeile %1 nennt die Spalte %2 zweimal.</translation>
    </message>
    <message>
        <source>The CSV header on line %1 has no %2 column: the first line must name the columns data_row_id and global_key.</source>
        <translation>Die CSV-Kopfzeile in Zeile %1 hat keine Spalte %2: Die erste Zeile muss die Spalten data_row_id und global_key nennen.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3. Quote a value that holds a comma.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3. Setzen Sie einen Wert, der ein Komma enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1 has no %2; nothing was assigned.</source>
        <translation>In Zeile %1 fehlt %2; es wurde nichts zugewiesen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>A JSON file must be a list of {&quot;data_row_id&quot;: ..., &quot;global_key&quot;: ...} objects.</source>
        <translation>Eine JSON-Datei muss eine Liste von {&quot;data_row_id&quot;: ..., &quot;global_key&quot;: ...}-Objekten sein.</translation>
    </message>
    <message>
        <source>The item at index %1 is not an object with data_row_id and global_key: %2</source>
        <translation>Der Eintrag an Index %1 ist kein Objekt mit data_row_id und global_key: %2</translation>
    </message>
    <message>
        <source>The item at index %1 has no %2; nothing was assigned.</source>
        <translation>Beim Eintrag an Index %1 fehlt %2; es wurde nichts zugewiesen.</translation>
    </message>
    <message>
        <source>The item at index %1: %2 must be a string, got %3.</source>
        <translation>Eintrag an Index %1: %2 muss ein String sein, erhalten: %3.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>keys needs an action: assign, lookup or clear.</source>
        <translation>keys benötigt eine Aktion: assign, lookup oder clear.</translation>
    </message>
    <message>
        <source>Unknown action &apos;keys %1&apos;; the actions are assign, lookup and clear.</source>
        <translation>Unbekannte Aktion &apos;keys %1&apos;; die Aktionen sind assign, lookup und clear.</translation>
    </message>
    <message>
        <source>CSV with a header data_row_id,global_key, or a JSON list of {&quot;data_row_id&quot;, &quot;global_key&quot;} objects; - for stdin.</source>
        <translation>CSV mit der Kopfzeile data_row_id,global_key oder eine JSON-Liste von {&quot;data_row_id&quot;, &quot;global_key&quot;}-Objekten; - für stdin.</translation>
    </message>
    <message>
        <source>rowscope-cli keys assign: gives data rows global keys, in the order of the file, in transactions of 10,000. A missing row, an invalid key or a key another row holds fails that item alone; the others are assigned.

CSV: the first line names the columns data_row_id and global_key (either order, any case; other columns are ignored). Quote a value holding a comma (&quot;a,b&quot;); a quote inside quotes is written twice. Blank lines are skipped; values are taken exactly, spaces included. A row with more fields than the header is refused.
JSON: a list of {&quot;data_row_id&quot;: ..., &quot;global_key&quot;: ...} objects.

A row or item missing either field (in CSV, an unquoted empty field) refuses the whole file before anything changes (exit 2), as do malformed CSV or JSON and a file without assignments.
Prints {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;}; exits 0 on SUCCESS and 1 on PARTIAL SUCCESS or FAILURE.</source>
        <translation>rowscope-cli keys assign: weist Datenzeilen globale Schlüssel zu, in der Reihenfolge der Datei, in Transaktionen zu je 10.000. Eine fehlende Zeile, ein ungültiger Schlüssel oder ein Schlüssel, den eine andere Zeile hat, lässt nur diesen Eintrag fehlschlagen; die anderen werden zugewiesen.

CSV: Die erste Zeile nennt die Spalten data_row_id und global_key (beliebige Reihenfolge und Groß-/Kleinschreibung; andere Spalten werden ignoriert). Setzen Sie einen Wert mit Komma in Anführungszeichen (&quot;a,b&quot;); ein Anführungszeichen innerhalb von Anführungszeichen wird doppelt geschrieben. Leere Zeilen werden übersprungen; Werte werden exakt übernommen, einschließlich Leerzeichen. Eine Zeile mit mehr Feldern als die Kopfzeile wird abgelehnt.
JSON: eine Liste von {&quot;data_row_id&quot;: ..., &quot;global_key&quot;: ...}-Objekten.

Fehlt einer Zeile oder einem Eintrag eines der beiden Felder (in CSV: ein leeres Feld ohne Anführungszeichen), wird die ganze Datei abgelehnt, bevor sich etwas ändert (Exit-Code 2), ebenso bei fehlerhaftem CSV oder JSON und bei einer Datei ohne Zuweisungen.
Gibt {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;} aus; Exit-Code 0 bei SUCCESS und 1 bei PARTIAL SUCCESS oder FAILURE.</translation>
    </message>
    <message>
        <source>keys assign needs exactly one FILE.</source>
        <translation>keys assign benötigt genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: it is a folder.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Cancelled; the keys listed in results were assigned.</source>
        <translation>Abgebrochen; die in results aufgeführten Schlüssel wurden zugewiesen.</translation>
    </message>
    <message>
        <source>Global keys, matched case-insensitively (at most %1).</source>
        <translation>Globale Schlüssel, ohne Beachtung der Groß-/Kleinschreibung verglichen (höchstens %1).</translation>
    </message>
    <message>
        <source>At most %1 keys per call. Put -- before a key that starts with -.</source>
        <translation>Höchstens %1 Schlüssel pro Aufruf. Setzen Sie -- vor einen Schlüssel, der mit - beginnt.</translation>
    </message>
    <message>
        <source>%1 needs at least one KEY.</source>
        <translation>%1 benötigt mindestens einen Schlüssel (KEY).</translation>
    </message>
    <message>
        <source>%1 takes at most %2 keys per call; %3 were given.</source>
        <translation>%1 akzeptiert höchstens %2 Schlüssel pro Aufruf; angegeben wurden %3.</translation>
    </message>
    <message>
        <source>rowscope-cli keys lookup: the data row id of each global key, in the order given (&quot;&quot; where no row has the key). Keys match case-insensitively.
Prints {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;}; exits 0 when every key was found, else 1.</source>
        <translation>rowscope-cli keys lookup: die Datenzeilen-ID zu jedem globalen Schlüssel, in der angegebenen Reihenfolge (&quot;&quot;, wenn keine Zeile den Schlüssel hat). Bei Schlüsseln wird Groß-/Kleinschreibung nicht beachtet.
Gibt {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;} aus; Exit-Code 0, wenn jeder Schlüssel gefunden wurde, sonst 1.</translation>
    </message>
    <message>
        <source>rowscope-cli keys clear: removes global keys from the rows that hold them, in one transaction; the keys are free at once. Keys match case-insensitively; results carry them as they were stored.
Prints {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;}; exits 0 when every key was cleared, else 1.</source>
        <translation>rowscope-cli keys clear: entfernt globale Schlüssel von den Zeilen, die sie haben, in einer Transaktion; die Schlüssel sind sofort wieder frei. Bei Schlüsseln wird Groß-/Kleinschreibung nicht beachtet; results enthält sie so, wie sie gespeichert waren.
Gibt {&quot;status&quot;,&quot;results&quot;,&quot;errors&quot;} aus; Exit-Code 0, wenn jeder Schlüssel entfernt wurde, sonst 1.</translation>
    </message>
    <message>
        <source>global keys from CSV (data_row_id,global_key) or JSON</source>
        <translation>globale Schlüssel aus CSV (data_row_id,global_key) oder JSON</translation>
    </message>
    <message>
        <source>the data row ids of global keys</source>
        <translation>die Datenzeilen-IDs zu globalen Schlüsseln</translation>
    </message>
    <message>
        <source>removes global keys from their rows</source>
        <translation>entfernt globale Schlüssel von ihren Zeilen</translation>
    </message>
</context>
<context>
    <name>LabelCommands</name>
    <message>
        <source>labels needs an action: list, winner or add.</source>
        <translation>labels benötigt eine Aktion: list, winner oder add.</translation>
    </message>
    <message>
        <source>Unknown action &apos;labels %1&apos;; the actions are list, winner and add.</source>
        <translation>Unbekannte Aktion &apos;labels %1&apos;; die Aktionen sind list, winner und add.</translation>
    </message>
    <message>
        <source>projects needs an action: list or create.</source>
        <translation>projects benötigt eine Aktion: list oder create.</translation>
    </message>
    <message>
        <source>Unknown action &apos;projects %1&apos;; the actions are list and create.</source>
        <translation>Unbekannte Aktion &apos;projects %1&apos;; die Aktionen sind list und create.</translation>
    </message>
    <message>
        <source>Only the labels in this project.</source>
        <translation>Nur die Labels in diesem Projekt.</translation>
    </message>
    <message>
        <source>PROJECT_ID</source>
        <translation>PROJECT_ID</translation>
    </message>
    <message>
        <source>The data row&apos;s id.</source>
        <translation>Die ID der Datenzeile.</translation>
    </message>
    <message>
        <source>rowscope-cli labels list: a data row&apos;s labels, by project and then in submission order, as [{&quot;id&quot;, &quot;project_id&quot;, &quot;project_name&quot;, &quot;winner&quot;, &quot;created_at&quot;, &quot;created_by&quot;, &quot;seconds_to_label&quot;, &quot;annotations&quot;}]. winner is true for the row&apos;s winning label in its project. An unknown project is refused (exit 2).</source>
        <translation>rowscope-cli labels list: die Labels einer Datenzeile, nach Projekt und dann in der Reihenfolge der Einreichung, als [{&quot;id&quot;, &quot;project_id&quot;, &quot;project_name&quot;, &quot;winner&quot;, &quot;created_at&quot;, &quot;created_by&quot;, &quot;seconds_to_label&quot;, &quot;annotations&quot;}]. winner ist true für das Gewinner-Label der Zeile in seinem Projekt. Ein unbekanntes Projekt wird abgelehnt (Exit-Code 2).</translation>
    </message>
    <message>
        <source>labels list needs exactly one ROW_ID.</source>
        <translation>labels list benötigt genau eine ROW_ID.</translation>
    </message>
    <message>
        <source>The project (required).</source>
        <translation>Das Projekt (erforderlich).</translation>
    </message>
    <message>
        <source>Makes this label, one of the row&apos;s in the project, the winner.</source>
        <translation>Macht dieses Label, eines der Labels der Zeile im Projekt, zum Gewinner.</translation>
    </message>
    <message>
        <source>LABEL_ID</source>
        <translation>LABEL_ID</translation>
    </message>
    <message>
        <source>rowscope-cli labels winner: the winning (consensus) label of a data row in a project: the first label submitted unless another was picked. With --set, picks it. Prints {&quot;data_row_id&quot;, &quot;project_id&quot;, &quot;winning_label_id&quot;} (null when the row has no label in the project). An unknown project, or a label that is not the row&apos;s in the project, is refused (exit 2).</source>
        <translation>rowscope-cli labels winner: das Gewinner-Label (Konsens) einer Datenzeile in einem Projekt: das zuerst eingereichte Label, sofern kein anderes festgelegt wurde. Mit --set wird es festgelegt. Gibt {&quot;data_row_id&quot;, &quot;project_id&quot;, &quot;winning_label_id&quot;} aus (null, wenn die Zeile kein Label im Projekt hat). Ein unbekanntes Projekt oder ein Label, das nicht zur Zeile im Projekt gehört, wird abgelehnt (Exit-Code 2).</translation>
    </message>
    <message>
        <source>labels winner needs exactly one ROW_ID and --project PROJECT_ID.</source>
        <translation>labels winner benötigt genau eine ROW_ID und --project PROJECT_ID.</translation>
    </message>
    <message>
        <source>The label&apos;s annotations: a JSON object, e.g. {&quot;objects&quot;: [], &quot;classifications&quot;: [], &quot;relationships&quot;: []} (the default).</source>
        <translation>Die Annotationen des Labels: ein JSON-Objekt, z. B. {&quot;objects&quot;: [], &quot;classifications&quot;: [], &quot;relationships&quot;: []} (der Standard).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Seconds spent labeling (default 0).</source>
        <translation>Für das Labeln aufgewendete Sekunden (Standard: 0).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>rowscope-cli labels add: submits a label for a data row in a project, by the current user, and prints it like labels list does. The first label of a row in a project is its winner until another is picked.</source>
        <translation>rowscope-cli labels add: reicht ein Label für eine Datenzeile in einem Projekt im Namen des aktuellen Benutzers ein und gibt es wie labels list aus. Das erste Label einer Zeile in einem Projekt ist ihr Gewinner, bis ein anderes festgelegt wird.</translation>
    </message>
    <message>
        <source>labels add needs exactly one ROW_ID and --project PROJECT_ID.</source>
        <translation>labels add benötigt genau eine ROW_ID und --project PROJECT_ID.</translation>
    </message>
    <message>
        <source>--seconds needs a number, got &apos;%1&apos;.</source>
        <translation>--seconds benötigt eine Zahl, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>rowscope-cli projects list: every project, as [{&quot;id&quot;, &quot;name&quot;, &quot;created_at&quot;}].</source>
        <translation>rowscope-cli projects list: alle Projekte als [{&quot;id&quot;, &quot;name&quot;, &quot;created_at&quot;}].</translation>
    </message>
    <message>
        <source>projects list takes no arguments.</source>
        <translation>projects list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>Der Name des Projekts.</translation>
    </message>
    <message>
        <source>rowscope-cli projects create: a new, empty project that labels can go into. Prints {&quot;id&quot;, &quot;name&quot;, &quot;created_at&quot;}.</source>
        <translation>rowscope-cli projects create: ein neues, leeres Projekt für Labels. Gibt {&quot;id&quot;, &quot;name&quot;, &quot;created_at&quot;} aus.</translation>
    </message>
    <message>
        <source>projects create needs exactly one NAME.</source>
        <translation>projects create benötigt genau einen NAME.</translation>
    </message>
    <message>
        <source>a row&apos;s labels</source>
        <translation>die Labels einer Zeile</translation>
    </message>
    <message>
        <source>the winning label (or picks it)</source>
        <translation>das Gewinner-Label (oder legt es fest)</translation>
    </message>
    <message>
        <source>a new label</source>
        <translation>ein neues Label</translation>
    </message>
    <message>
        <source>every project</source>
        <translation>alle Projekte</translation>
    </message>
    <message>
        <source>a new project that labels can go into</source>
        <translation>ein neues Projekt für Labels</translation>
    </message>
</context>
<context>
    <name>LabelStore</name>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Seconds to label must be a finite number of at least 0.</source>
        <translation>Die Sekunden für das Labeln müssen eine endliche Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>A label&apos;s annotations must be a JSON object (%1).</source>
        <translation>Die Annotationen eines Labels müssen ein JSON-Objekt sein (%1).</translation>
    </message>
    <message>
        <source>got another JSON value</source>
        <translation>anderer JSON-Wert erhalten</translation>
    </message>
    <message>
        <source>Label &apos;%1&apos; is not a label of data row &apos;%2&apos; in project &apos;%3&apos;.</source>
        <translation>Label &apos;%1&apos; ist kein Label der Datenzeile &apos;%2&apos; im Projekt &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Choose a label to make the winner.</source>
        <translation>Wählen Sie das Label, das zum Gewinner werden soll.</translation>
    </message>
</context>
<context>
    <name>MetadataCommands</name>
    <message>
        <source>metadata needs an action: set or clear.</source>
        <translation>metadata benötigt eine Aktion: set oder clear.</translation>
    </message>
    <message>
        <source>Unknown action &apos;metadata %1&apos;; the actions are set and clear.</source>
        <translation>Unbekannte Aktion &apos;metadata %1&apos;; die Aktionen sind set und clear.</translation>
    </message>
    <message>
        <source>The data row&apos;s id.</source>
        <translation>Die ID der Datenzeile.</translation>
    </message>
    <message>
        <source>A field (by name or schema id) and its value.</source>
        <translation>Ein Feld (über Name oder Schema-ID) und sein Wert.</translation>
    </message>
    <message>
        <source>rowscope-cli metadata set: sets metadata fields of a data row, replacing their values and leaving the row&apos;s other fields alone. VALUE is read by the field&apos;s kind: a string as given (at most 4,096 characters), a number from its text, a datetime as ISO-8601 (no offset means UTC), an enum option by name or id, an embedding as a JSON array of 128 numbers. NAME ends at the first &apos;=&apos;; give a field whose name holds &apos;=&apos; by its id.
If any field fails (unknown name, wrong kind, unknown option), nothing changes (exit 2). Prints the row&apos;s metadata as [{&quot;schema_id&quot;, &quot;schema_name&quot;, &quot;value&quot;}].</source>
        <translation>rowscope-cli metadata set: setzt Metadatenfelder einer Datenzeile, ersetzt ihre Werte und lässt die anderen Felder der Zeile unverändert. VALUE wird nach dem Typ des Felds gelesen: ein String unverändert (höchstens 4.096 Zeichen), eine Zahl aus ihrem Text, ein Zeitpunkt als ISO-8601 (ohne Offset gilt UTC), eine Enum-Option über Name oder ID, eine Einbettung als JSON-Array aus 128 Zahlen. NAME endet beim ersten &apos;=&apos;; geben Sie ein Feld, dessen Name &apos;=&apos; enthält, über seine ID an.
Schlägt ein Feld fehl (unbekannter Name, falscher Typ, unbekannte Option), ändert sich nichts (Exit-Code 2). Gibt die Metadaten der Zeile als [{&quot;schema_id&quot;, &quot;schema_name&quot;, &quot;value&quot;}] aus.</translation>
    </message>
    <message>
        <source>metadata set needs a ROW_ID and at least one NAME=VALUE.</source>
        <translation>metadata set benötigt eine ROW_ID und mindestens ein NAME=VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE: metadata set takes fields as NAME=VALUE.</source>
        <translation>&apos;%1&apos; ist nicht NAME=VALUE: metadata set erwartet Felder als NAME=VALUE.</translation>
    </message>
    <message>
        <source>A field, by name or schema id.</source>
        <translation>Ein Feld, über Name oder Schema-ID.</translation>
    </message>
    <message>
        <source>rowscope-cli metadata clear: removes the values of metadata fields from a data row (a field the row has no value for is left as it is). An unknown field refuses the call before anything changes (exit 2). Prints the row&apos;s metadata as [{&quot;schema_id&quot;, &quot;schema_name&quot;, &quot;value&quot;}].</source>
        <translation>rowscope-cli metadata clear: entfernt die Werte von Metadatenfeldern von einer Datenzeile (ein Feld, für das die Zeile keinen Wert hat, bleibt, wie es ist). Bei einem unbekannten Feld wird der Aufruf abgelehnt, bevor sich etwas ändert (Exit-Code 2). Gibt die Metadaten der Zeile als [{&quot;schema_id&quot;, &quot;schema_name&quot;, &quot;value&quot;}] aus.</translation>
    </message>
    <message>
        <source>metadata clear needs a ROW_ID and at least one NAME.</source>
        <translation>metadata clear benötigt eine ROW_ID und mindestens einen NAME.</translation>
    </message>
    <message>
        <source>sets fields of a row, others stay</source>
        <translation>setzt Felder einer Zeile, andere bleiben</translation>
    </message>
    <message>
        <source>removes fields&apos; values from a row</source>
        <translation>entfernt die Werte von Feldern einer Zeile</translation>
    </message>
</context>
<context>
    <name>MetadataStore</name>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field; choose another name.</source>
        <translation>&apos;%1&apos; ist ein reserviertes Metadatenfeld; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is already a metadata field named &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Metadatenfeld namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The enum already has an option named &apos;%1&apos;.</source>
        <translation>Das Enum hat bereits eine Option namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only enum fields have options; &apos;%1&apos; is a %2 field.</source>
        <translation>Nur Enum-Felder haben Optionen; &apos;%1&apos; ist ein Feld vom Typ %2.</translation>
    </message>
    <message>
        <source>An enum can have at most %1 options; %2 were given.</source>
        <translation>Ein Enum kann höchstens %1 Optionen haben; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>The option &apos;%1&apos; is given twice.</source>
        <translation>Die Option &apos;%1&apos; ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field and cannot be renamed.</source>
        <translation>&apos;%1&apos; ist ein reserviertes Metadatenfeld und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an enum field; only enums have options.</source>
        <translation>&apos;%1&apos; ist kein Enum-Feld; nur Enums haben Optionen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field; its options are fixed.</source>
        <translation>&apos;%1&apos; ist ein reserviertes Metadatenfeld; seine Optionen sind fest vorgegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has %2 options, the most an enum can have.</source>
        <translation>&apos;%1&apos; hat bereits %2 Optionen, das Maximum für ein Enum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved metadata field and cannot be deleted.</source>
        <translation>&apos;%1&apos; ist ein reserviertes Metadatenfeld und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Give at least one metadata field to set.</source>
        <translation>Geben Sie mindestens ein Metadatenfeld an, das gesetzt werden soll.</translation>
    </message>
    <message>
        <source>Give at least one metadata field to clear.</source>
        <translation>Geben Sie mindestens ein Metadatenfeld an, dessen Wert entfernt werden soll.</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <source>Finds the row by its global key.</source>
        <translation>Findet die Zeile über ihren globalen Schlüssel.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The data row&apos;s id.</source>
        <translation>Die ID der Datenzeile.</translation>
    </message>
    <message>
        <source>rowscope-cli rows get: one data row as an export line with every parameter.</source>
        <translation>rowscope-cli rows get: eine Datenzeile als Exportzeile mit allen Parametern.</translation>
    </message>
    <message>
        <source>rows get needs either one ID or --global-key KEY.</source>
        <translation>rows get benötigt entweder eine ID oder --global-key KEY.</translation>
    </message>
    <message>
        <source>The dataset new rows go into.</source>
        <translation>Der Datensatz, in den neue Zeilen kommen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A JSON array or NDJSON of data row specs or export lines; - for stdin.</source>
        <translation>Ein JSON-Array oder NDJSON aus Datenzeilen-Spezifikationen oder Exportzeilen; - für stdin.</translation>
    </message>
    <message>
        <source>rowscope-cli rows upsert: updates the rows the specs&apos; keys name (ID or GKEY) and creates the rest. Only fields present change; metadata_fields and attachments replace the row&apos;s whole set.</source>
        <translation>rowscope-cli rows upsert: aktualisiert die Zeilen, die die Schlüssel der Spezifikationen nennen (ID oder GKEY), und erstellt den Rest. Nur vorhandene Felder ändern sich; metadata_fields und attachments ersetzen jeweils die gesamte Menge der Zeile.</translation>
    </message>
    <message>
        <source>rows %1 needs --dataset ID and one FILE.</source>
        <translation>rows %1 benötigt --dataset ID und eine Datei (FILE).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: it is a folder.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no items: nothing was written.</source>
        <translation>&apos;%1&apos; enthält keine Einträge: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The new global key.</source>
        <translation>Der neue globale Schlüssel.</translation>
    </message>
    <message>
        <source>The new row data.</source>
        <translation>Die neuen Zeilendaten.</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>The new external id.</source>
        <translation>Die neue externe ID.</translation>
    </message>
    <message>
        <source>rowscope-cli rows update: changes a row&apos;s global key, row data or external id and prints the row as an export line.</source>
        <translation>rowscope-cli rows update: ändert den globalen Schlüssel, die Zeilendaten oder die externe ID einer Zeile und gibt die Zeile als Exportzeile aus.</translation>
    </message>
    <message>
        <source>rows update needs exactly one ID.</source>
        <translation>rows update benötigt genau eine ID.</translation>
    </message>
    <message>
        <source>rows needs an action: get, list, create, upsert, import-folder, update or delete.</source>
        <translation>rows benötigt eine Aktion: get, list, create, upsert, import-folder, update oder delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;rows %1&apos;; the actions are get, list, create, upsert, import-folder, update and delete.</source>
        <translation>Unbekannte Aktion &apos;rows %1&apos;; die Aktionen sind get, list, create, upsert, import-folder, update und delete.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln item(s): %1</source>
        <translation>
            <numerusform>Nach %Ln Eintrag angehalten: %1</numerusform>
            <numerusform>Nach %Ln Einträgen angehalten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln item(s); the items before were written.</source>
        <translation>
            <numerusform>Nach %Ln Eintrag abgebrochen; die Einträge davor wurden geschrieben.</numerusform>
            <numerusform>Nach %Ln Einträgen abgebrochen; die Einträge davor wurden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>rowscope-cli rows create: creates data rows from specs or export lines. Each item goes in or fails alone with its reason; the file is read as a stream and written in transactions of 5,000 items.</source>
        <translation>rowscope-cli rows create: erstellt Datenzeilen aus Spezifikationen oder Exportzeilen. Jeder Eintrag wird übernommen oder schlägt einzeln mit Angabe des Grunds fehl; die Datei wird als Datenstrom gelesen und in Transaktionen zu je 5.000 Einträgen geschrieben.</translation>
    </message>
    <message>
        <source>Upserting</source>
        <translation>Upsert</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The dataset the rows go into.</source>
        <translation>Der Datensatz, in den die Zeilen kommen.</translation>
    </message>
    <message>
        <source>The folder to import.</source>
        <translation>Der zu importierende Ordner.</translation>
    </message>
    <message>
        <source>rowscope-cli rows import-folder: one row per media file of a folder and its subfolders (images, video, audio, PDF, HTML, text). The global key is the path relative to the folder, the row data the absolute path. Hidden files are skipped and symbolic links not followed; other files are listed in warnings.</source>
        <translation>rowscope-cli rows import-folder: eine Zeile pro Mediendatei eines Ordners und seiner Unterordner (Bilder, Video, Audio, PDF, HTML, Text). Der globale Schlüssel ist der Pfad relativ zum Ordner, die Zeilendaten sind der absolute Pfad. Versteckte Dateien werden übersprungen und symbolischen Links wird nicht gefolgt; andere Dateien werden in warnings aufgeführt.</translation>
    </message>
    <message>
        <source>rows import-folder needs --dataset ID and one DIR.</source>
        <translation>rows import-folder benötigt --dataset ID und einen Ordner (DIR).</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no media files: nothing was imported.</source>
        <translation>&apos;%1&apos; enthält keine Mediendateien: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The dataset to list.</source>
        <translation>Der aufzulistende Datensatz.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>created, updated, global_key or external_id; add :desc for descending (default: created).</source>
        <translation>created, updated, global_key oder external_id; :desc anhängen für absteigende Sortierung (Standard: created).</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>The page, from 1 (default 1).</source>
        <translation>Die Seite, ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Rows per page, 1 to 1000 (default 100).</source>
        <translation>Zeilen pro Seite, 1 bis 1000 (Standard: 100).</translation>
    </message>
    <message>
        <source>rows list needs --dataset ID (and no other arguments).</source>
        <translation>rows list benötigt --dataset ID (und keine weiteren Argumente).</translation>
    </message>
    <message>
        <source>--page must be a whole number from 1 to 1,000,000,000.</source>
        <translation>--page muss eine ganze Zahl von 1 bis 1.000.000.000 sein.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 1000.</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>Deletes rows of this dataset.</source>
        <translation>Löscht Zeilen dieses Datensatzes.</translation>
    </message>
    <message>
        <source>A file of row ids, one per line.</source>
        <translation>Eine Datei mit Zeilen-IDs, eine pro Zeile.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Deletes without asking.</source>
        <translation>Löscht ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Row ids to delete.</source>
        <translation>Zu löschende Zeilen-IDs.</translation>
    </message>
    <message>
        <source>rowscope-cli rows delete: deletes rows with their metadata, attachments and labels, in transactions of at most 4,000 rows. States how many rows and labels go and asks first; this cannot be undone.</source>
        <translation>rowscope-cli rows delete: löscht Zeilen mit ihren Metadaten, Anhängen und Labels, in Transaktionen zu höchstens 4.000 Zeilen. Nennt vorher, wie viele Zeilen und Labels entfernt werden, und fragt nach; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no row ids.</source>
        <translation>&apos;%1&apos; enthält keine Zeilen-IDs.</translation>
    </message>
    <message>
        <source>Give row ids or --dataset, not both.</source>
        <translation>Geben Sie Zeilen-IDs oder --dataset an, nicht beides.</translation>
    </message>
    <message>
        <source>--filter needs --dataset.</source>
        <translation>--filter benötigt --dataset.</translation>
    </message>
    <message>
        <source>rows delete needs row ids, --ids-file FILE or --dataset ID.</source>
        <translation>rows delete benötigt Zeilen-IDs, --ids-file FILE oder --dataset ID.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>one row as an export line</source>
        <translation>eine Zeile als Exportzeile</translation>
    </message>
    <message>
        <source>a page of a dataset&apos;s rows</source>
        <translation>eine Seite der Zeilen eines Datensatzes</translation>
    </message>
    <message>
        <source>new rows from specs or export lines</source>
        <translation>neue Zeilen aus Specs oder Exportzeilen</translation>
    </message>
    <message>
        <source>update by key (ID or GKEY), create the rest</source>
        <translation>aktualisiert per Schlüssel (ID oder GKEY), erstellt den Rest</translation>
    </message>
    <message>
        <source>one row per media file</source>
        <translation>eine Zeile pro Mediendatei</translation>
    </message>
    <message>
        <source>changes a row&apos;s key, row data or external id</source>
        <translation>ändert Schlüssel, Zeilendaten oder externe ID einer Zeile</translation>
    </message>
    <message>
        <source>deletes rows with their labels (asks first)</source>
        <translation>löscht Zeilen mit ihren Labels (fragt vorher)</translation>
    </message>
    <message>
        <source>Only rows that match EXPR, in the filter language: split:train tag:night, global_key:street-*, score&gt;0.8, created&gt;=2026-01-01, has:attachments, labeled:false, project:NAME, bare words; OR, -term, (...), &quot;quotes&quot;.</source>
        <translation>Nur Zeilen, auf die EXPR zutrifft, in der Filtersprache: split:train tag:night, global_key:street-*, score&gt;0.8, created&gt;=2026-01-01, has:attachments, labeled:false, project:NAME, einfache Wörter; OR, -Begriff, (...), &quot;Anführungszeichen&quot;.</translation>
    </message>
    <message>
        <source>rowscope-cli rows list: one page of a dataset&apos;s rows as export lines without parameters, with the number of matching rows.

The filter language: terms side by side must all match; OR between terms matches either side, -term negates, (...) groups, &quot;quotes&quot; keep spaces. Terms: global_key:P and external_id:P (* is a wildcard), media:TYPE, has:attachments|global_key|external_id|labels|metadata|embeddings, labeled:true|false, project:NAME, created and updated with : &gt; &gt;= &lt; &lt;= and a date or date and time, any metadata field by name (tag:night, split:train, score&gt;0.8, captureDateTime&gt;=2026-01-01), and bare words, found in the global key, external id or row data.</source>
        <translation>rowscope-cli rows list: eine Seite der Zeilen eines Datensatzes als Exportzeilen ohne Parameter, mit der Anzahl der zutreffenden Zeilen.

Die Filtersprache: Nebeneinanderstehende Begriffe müssen alle zutreffen; OR zwischen Begriffen trifft zu, wenn eine der beiden Seiten zutrifft, -Begriff verneint, (...) gruppiert, &quot;Anführungszeichen&quot; erhalten Leerzeichen. Begriffe: global_key:P und external_id:P (* ist ein Platzhalter), media:TYPE, has:attachments|global_key|external_id|labels|metadata|embeddings, labeled:true|false, project:NAME, created und updated mit : &gt; &gt;= &lt; &lt;= und einem Datum oder einem Datum mit Uhrzeit, jedes Metadatenfeld über seinen Namen (tag:night, split:train, score&gt;0.8, captureDateTime&gt;=2026-01-01) sowie einfache Wörter, die im globalen Schlüssel, in der externen ID oder in den Zeilendaten gesucht werden.</translation>
    </message>
    <message>
        <source>With --dataset: only rows that match EXPR, in the filter language (see rows list --help).</source>
        <translation>Mit --dataset: nur Zeilen, auf die EXPR zutrifft, in der Filtersprache (siehe rows list --help).</translation>
    </message>
</context>
<context>
    <name>RowLister</name>
    <message>
        <source>Cannot sort by &apos;%1&apos;; sort by created, updated, global_key or external_id, with :desc for descending.</source>
        <translation>Nach &apos;%1&apos; kann nicht sortiert werden; sortieren Sie nach created, updated, global_key oder external_id, mit :desc für absteigend.</translation>
    </message>
</context>
<context>
    <name>RowPages</name>
    <message>
        <source>There is no metadata field &apos;%1&apos; to show.</source>
        <translation>Es gibt kein Metadatenfeld &apos;%1&apos;, das angezeigt werden könnte.</translation>
    </message>
</context>
<context>
    <name>SchemaCommands</name>
    <message>
        <source>schema needs an action: list, create, rename or delete.</source>
        <translation>schema benötigt eine Aktion: list, create, rename oder delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;schema %1&apos;; the actions are list, create, rename and delete.</source>
        <translation>Unbekannte Aktion &apos;schema %1&apos;; die Aktionen sind list, create, rename und delete.</translation>
    </message>
    <message>
        <source>rowscope-cli schema list: every metadata field of the workspace with its id, kind and, for enums, its options.</source>
        <translation>rowscope-cli schema list: alle Metadatenfelder des Arbeitsbereichs mit ID, Typ und, bei Enums, ihren Optionen.</translation>
    </message>
    <message>
        <source>schema list takes no arguments.</source>
        <translation>schema list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>string, number, datetime, enum or embedding (required).</source>
        <translation>string, number, datetime, enum oder embedding (erforderlich).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>An option of an enum; repeat for each (at most 64).</source>
        <translation>Eine Option eines Enums; für jede Option wiederholen (höchstens 64).</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>The field&apos;s name: 1-100 characters, unique in the workspace, not a reserved name.</source>
        <translation>Der Name des Felds: 1-100 Zeichen, eindeutig im Arbeitsbereich, kein reservierter Name.</translation>
    </message>
    <message>
        <source>rowscope-cli schema create: a new custom metadata field. Kinds: string (at most 4,096 characters), number, datetime (ISO-8601, stored in UTC), enum (one of its options) and embedding (128 numbers).</source>
        <translation>rowscope-cli schema create: ein neues benutzerdefiniertes Metadatenfeld. Typen: string (höchstens 4.096 Zeichen), number, datetime (ISO-8601, in UTC gespeichert), enum (eine seiner Optionen) und embedding (128 Zahlen).</translation>
    </message>
    <message>
        <source>schema create needs exactly one NAME and --kind KIND.</source>
        <translation>schema create benötigt genau einen NAME und --kind KIND.</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; the kinds are string, number, datetime, enum and embedding.</source>
        <translation>Unbekannter Typ &apos;%1&apos;; die Typen sind string, number, datetime, enum und embedding.</translation>
    </message>
    <message>
        <source>The field&apos;s name or id, or the id of an enum option.</source>
        <translation>Der Name oder die ID des Felds oder die ID einer Enum-Option.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>rowscope-cli schema rename: gives a custom metadata field, or an option of a custom enum (named by its id), a new name. Prints the field. The reserved fields and their options cannot be renamed.</source>
        <translation>rowscope-cli schema rename: gibt einem benutzerdefinierten Metadatenfeld oder einer Option eines benutzerdefinierten Enums (über ihre ID angegeben) einen neuen Namen. Gibt das Feld aus. Die reservierten Felder und ihre Optionen können nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>schema rename needs a NAME and a NEW name.</source>
        <translation>schema rename benötigt einen NAME und einen neuen Namen (NEW).</translation>
    </message>
    <message>
        <source>Deletes without asking.</source>
        <translation>Löscht ohne Rückfrage.</translation>
    </message>
    <message>
        <source>rowscope-cli schema delete: deletes a custom metadata field (or an option of a custom enum, by its id) with its values on every data row. It states how many rows hold a value and asks first; without a terminal it needs --yes. This cannot be undone. The reserved fields cannot be deleted.
Prints {&quot;deleted&quot;: id, &quot;rows_affected&quot;: n}.</source>
        <translation>rowscope-cli schema delete: löscht ein benutzerdefiniertes Metadatenfeld (oder eine Option eines benutzerdefinierten Enums, über ihre ID) mit seinen Werten auf allen Datenzeilen. Nennt vorher, wie viele Zeilen einen Wert haben, und fragt nach; ohne Terminal ist --yes nötig. Dies kann nicht rückgängig gemacht werden. Die reservierten Felder können nicht gelöscht werden.
Gibt {&quot;deleted&quot;: id, &quot;rows_affected&quot;: n} aus.</translation>
    </message>
    <message>
        <source>schema delete needs exactly one NAME.</source>
        <translation>schema delete benötigt genau einen NAME.</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the metadata field &apos;%1&apos; (%2, %3) and its value on %n data row(s). It cannot be undone.</source>
        <translation>
            <numerusform>Dies löscht das Metadatenfeld &apos;%1&apos; (%2, %3) und seinen Wert auf %n Datenzeile. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Dies löscht das Metadatenfeld &apos;%1&apos; (%2, %3) und seinen Wert auf %n Datenzeilen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the option &apos;%1&apos; (%2) of the enum &apos;%3&apos; and its value on %n data row(s). It cannot be undone.</source>
        <translation>
            <numerusform>Dies löscht die Option &apos;%1&apos; (%2) des Enums &apos;%3&apos; und ihren Wert auf %n Datenzeile. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Dies löscht die Option &apos;%1&apos; (%2) des Enums &apos;%3&apos; und ihren Wert auf %n Datenzeilen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>every metadata field, the reserved four first</source>
        <translation>alle Metadatenfelder, die vier reservierten zuerst</translation>
    </message>
    <message>
        <source>a new custom field</source>
        <translation>ein neues benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>a field (by name or id) or an enum option (by id)</source>
        <translation>ein Feld (über Name oder ID) oder eine Enum-Option (über ID)</translation>
    </message>
    <message>
        <source>a custom field and all its values (asks first)</source>
        <translation>ein benutzerdefiniertes Feld mit allen Werten (fragt vorher)</translation>
    </message>
</context>
<context>
    <name>SyntheticItemSource</name>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a workspace file.</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: permission denied.</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; does not exist.</source>
        <translation>Der Arbeitsbereich &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be created.</source>
        <translation>Der Ordner &apos;%1&apos; kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Rowscope workspace (it is not a database file, or it is damaged).</source>
        <translation>&apos;%1&apos; ist kein Rowscope-Arbeitsbereich (keine Datenbankdatei oder beschädigt).</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is open read-only; nothing was changed.</source>
        <translation>Der Arbeitsbereich &apos;%1&apos; ist schreibgeschützt geöffnet; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rowscope: browse and curate datasets of data rows.</source>
        <translation>Rowscope: Datensätze aus Datenzeilen ansehen und kuratieren.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: %1).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>rowscope::AttachmentListModel</name>
    <message>
        <source>%1 attachment, id %2</source>
        <translation>Anhang vom Typ %1, ID %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rowscope::BulkDeleteJob</name>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>rowscope::DataRowTableModel</name>
    <message>
        <source>The workspace cannot be opened.</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Global key</source>
        <translation>Globaler Schlüssel</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Row data</source>
        <translation>Zeilendaten</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>The rows are still loading.</source>
        <translation>Die Zeilen werden noch geladen.</translation>
    </message>
    <message>
        <source>The row &apos;%1&apos; is not among these rows.</source>
        <translation>Die Zeile &apos;%1&apos; gehört nicht zu diesen Zeilen.</translation>
    </message>
    <message>
        <source>No row with the global key &apos;%1&apos; is among these rows.</source>
        <translation>Keine dieser Zeilen hat den globalen Schlüssel &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Es sind keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>The rows changed before the selection was read.</source>
        <translation>Die Zeilen haben sich geändert, bevor die Auswahl gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>rowscope::DatasetListModel</name>
    <message numerus="yes">
        <source>%1
%n data row(s)
id %2</source>
        <translation>
            <numerusform>%1
%n Datenzeile
ID %2</numerusform>
            <numerusform>%1
%n Datenzeilen
ID %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The workspace cannot be opened.</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>rowscope::KeyAssignmentJob</name>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>rowscope::LabelListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Winning label of %1
id %2</source>
        <translation>Gewinner-Label in %1
ID %2</translation>
    </message>
    <message>
        <source>Label in %1
id %2</source>
        <translation>Label in %1
ID %2</translation>
    </message>
</context>
<context>
    <name>rowscope::MainWindow</name>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reads the workspace again</source>
        <translation>Liest den Arbeitsbereich neu ein</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rowscope</source>
        <translation>&amp;Über Rowscope</translation>
    </message>
    <message>
        <source>%1 — Rowscope</source>
        <translation>%1 — Rowscope</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The workspace cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Arbeitsbereich kann nicht geöffnet werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This workspace has no datasets yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one from a terminal:&lt;br&gt;&lt;tt&gt;rowscope-cli datasets create &quot;My dataset&quot;&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Arbeitsbereich enthält noch keine Datensätze.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellen Sie einen im Terminal:&lt;br&gt;&lt;tt&gt;rowscope-cli datasets create &quot;Mein Datensatz&quot;&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>About Rowscope</source>
        <translation>Über Rowscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rowscope %1&lt;/h3&gt;&lt;p&gt;A desktop browser for curating machine-learning datasets: data rows, global keys, metadata, attachments and labels, in the shape of the Labelbox SDK, on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rowscope %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Browser zum Kuratieren von Machine-Learning-Datensätzen: Datenzeilen, globale Schlüssel, Metadaten, Anhänge und Labels, nach dem Vorbild des Labelbox SDK, auf Ihrem eigenen Rechner.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln Datenzeile</numerusform>
            <numerusform>%Ln Datenzeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowscope::MetadataTableModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>Embeddings cannot be edited here.</source>
        <translation>Einbettungen können hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1 (reserved field, id %2)</source>
        <translation>%1 (reserviertes Feld, ID %2)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>rowscope::RowEditor</name>
    <message>
        <source>Clear global key of %1</source>
        <translation>Globalen Schlüssel von %1 entfernen</translation>
    </message>
    <message>
        <source>Set global key of %1</source>
        <translation>Globalen Schlüssel von %1 setzen</translation>
    </message>
    <message>
        <source>Clear external id of %1</source>
        <translation>Externe ID von %1 entfernen</translation>
    </message>
    <message>
        <source>Set external id of %1</source>
        <translation>Externe ID von %1 setzen</translation>
    </message>
    <message>
        <source>Set row data of %1</source>
        <translation>Zeilendaten von %1 setzen</translation>
    </message>
    <message>
        <source>Clear %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Clear %1 on %Ln row(s)</source>
        <translation>
            <numerusform>%1 auf %Ln Zeile entfernen</numerusform>
            <numerusform>%1 auf %Ln Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %Ln row(s)</source>
        <translation>
            <numerusform>%1 auf %Ln Zeile setzen</numerusform>
            <numerusform>%1 auf %Ln Zeilen setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add attachment to %1</source>
        <translation>Anhang zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change attachment of %1</source>
        <translation>Anhang von %1 ändern</translation>
    </message>
    <message>
        <source>Delete attachment of %1</source>
        <translation>Anhang von %1 löschen</translation>
    </message>
    <message>
        <source>Choose winning label of %1</source>
        <translation>Gewinner-Label von %1 wählen</translation>
    </message>
</context>
<context>
    <name>rowscope::RowSelection</name>
    <message>
        <source>Give row ids or global keys, not both.</source>
        <translation>Geben Sie Zeilen-IDs oder globale Schlüssel an, nicht beides.</translation>
    </message>
    <message>
        <source>Choose the rows: a dataset (with an optional filter), row ids, or global keys.</source>
        <translation>Wählen Sie die Zeilen: einen Datensatz (mit optionalem Filter), Zeilen-IDs oder globale Schlüssel.</translation>
    </message>
    <message>
        <source>A filter needs a dataset.</source>
        <translation>Ein Filter benötigt einen Datensatz.</translation>
    </message>
    <message>
        <source>At most %1 row ids or global keys per call; %2 were given.</source>
        <translation>Höchstens %1 Zeilen-IDs oder globale Schlüssel pro Aufruf; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>Rows to include or exclude need a dataset.</source>
        <translation>Ein- oder auszuschließende Zeilen benötigen einen Datensatz.</translation>
    </message>
    <message>
        <source>Give rows to include or rows to exclude, not both.</source>
        <translation>Geben Sie einzuschließende oder auszuschließende Zeilen an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>rowscope::Schema</name>
    <message>
        <source>My organization</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Rowscope workspace.</source>
        <translation>&apos;%1&apos; ist eine SQLite-Datenbank, aber kein Rowscope-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Rowscope (workspace version %2; this Rowscope reads up to version %3). Update Rowscope to open it.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Rowscope-Version geschrieben (Arbeitsbereichsversion %2; diese Rowscope-Version liest bis Version %3). Aktualisieren Sie Rowscope, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only and needs an upgrade to workspace version %2 before this Rowscope can open it.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt und muss auf Arbeitsbereichsversion %2 aktualisiert werden, bevor diese Rowscope-Version die Datei öffnen kann.</translation>
    </message>
</context>
<context>
    <name>rowscope::sql::Connection</name>
    <message>
        <source>The workspace is busy: another program kept it locked too long. Try again.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderes Programm hat ihn zu lange gesperrt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace is read-only; nothing was changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not a workspace or is damaged (%1).</source>
        <translation>Die Datei ist kein Arbeitsbereich oder ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The workspace file cannot be read or written (%1).</source>
        <translation>Die Arbeitsbereichsdatei kann nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
</TS>
