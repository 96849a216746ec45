<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DatasetCommands</name>
    <message numerus="yes">
        <source>This deletes the dataset &apos;%1&apos; (%2) and its %n data row(s) with their metadata, attachments and labels. It cannot be undone.</source>
        <translation>
            <numerusform>This deletes the dataset &apos;%1&apos; (%2) and its %n data row with their metadata, attachments and labels. It cannot be undone.</numerusform>
            <numerusform>This deletes the dataset &apos;%1&apos; (%2) and its %n data rows with their metadata, attachments and labels. It cannot be undone.</numerusform>
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
</context>
</TS>
