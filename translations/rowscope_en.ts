<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DatasetCommands</name>
    <message numerus="yes">
        <source>This deletes the dataset &apos;%1&apos; (%2) and its %n data row(s) with their metadata, attachments and labels. It cannot be undone.</source>
        <translation>
            <numerusform>This deletes the dataset &apos;%1&apos; (%2) and its %n data row with its metadata, attachments and labels. It cannot be undone.</numerusform>
            <numerusform>This deletes the dataset &apos;%1&apos; (%2) and its %n data rows with their metadata, attachments and labels. It cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletePlan</name>
    <message numerus="yes">
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln data row</numerusform>
            <numerusform>%Ln data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with %1</source>
        <translation>
            <numerusform>%Ln row with %1</numerusform>
            <numerusform>%Ln rows with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message numerus="yes">
        <source>Stopped after %Ln item(s): %1</source>
        <translation>
            <numerusform>Stopped after %Ln item: %1</numerusform>
            <numerusform>Stopped after %Ln items: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln item(s); the items before were written.</source>
        <translation>
            <numerusform>Cancelled after %Ln item; the items before were written.</numerusform>
            <numerusform>Cancelled after %Ln items; the items before were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCommands</name>
    <message numerus="yes">
        <source>This deletes the metadata field &apos;%1&apos; (%2, %3) and its value on %n data row(s). It cannot be undone.</source>
        <translation>
            <numerusform>This deletes the metadata field &apos;%1&apos; (%2, %3) and its value on %n data row. It cannot be undone.</numerusform>
            <numerusform>This deletes the metadata field &apos;%1&apos; (%2, %3) and its value on %n data rows. It cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the option &apos;%1&apos; (%2) of the enum &apos;%3&apos; and its value on %n data row(s). It cannot be undone.</source>
        <translation>
            <numerusform>This deletes the option &apos;%1&apos; (%2) of the enum &apos;%3&apos; and its value on %n data row. It cannot be undone.</numerusform>
            <numerusform>This deletes the option &apos;%1&apos; (%2) of the enum &apos;%3&apos; and its value on %n data rows. It cannot be undone.</numerusform>
        </translation>
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
%n data row
id %2</numerusform>
            <numerusform>%1
%n data rows
id %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowscope::MainWindow</name>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln data row</numerusform>
            <numerusform>%Ln data rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rowscope::RowEditor</name>
    <message numerus="yes">
        <source>Clear %1 on %Ln row(s)</source>
        <translation>
            <numerusform>Clear %1 on %Ln row</numerusform>
            <numerusform>Clear %1 on %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %Ln row(s)</source>
        <translation>
            <numerusform>Set %1 on %Ln row</numerusform>
            <numerusform>Set %1 on %Ln rows</numerusform>
        </translation>
    </message>
</context>
</TS>
