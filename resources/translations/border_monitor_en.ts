<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/conflicts/panel.py" line="145"/>
        <source>%n incident(s) changed on two stores in ways sync cannot merge.</source>
        <translation>
            <numerusform>%n incident changed on two stores in ways sync cannot merge.</numerusform>
            <numerusform>%n incidents changed on two stores in ways sync cannot merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="322"/>
        <source>Set status %1 on %Ln incident(s)</source>
        <translation>
            <numerusform>Set status %1 on %Ln incident</numerusform>
            <numerusform>Set status %1 on %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="346"/>
        <source>Delete %Ln incident(s)</source>
        <translation>
            <numerusform>Delete %Ln incident</numerusform>
            <numerusform>Delete %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="352"/>
        <source>Restore %Ln incident(s)</source>
        <translation>
            <numerusform>Restore %Ln incident</numerusform>
            <numerusform>Restore %Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/controller.py" line="360"/>
        <source>import of %1 (%Ln incident(s))</source>
        <translation>
            <numerusform>import of %1 (%Ln incident)</numerusform>
            <numerusform>import of %1 (%Ln incidents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="152"/>
        <source>%1: %Ln row(s) have problems and cannot be imported:</source>
        <translation>
            <numerusform>%1: %Ln row has problems and cannot be imported:</numerusform>
            <numerusform>%1: %Ln rows have problems and cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="159"/>
        <source>Import the %Ln good row(s)?</source>
        <translation>
            <numerusform>Import the %Ln good row?</numerusform>
            <numerusform>Import the %Ln good rows?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="186"/>
        <source>%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.</source>
        <translation>
            <numerusform>%Ln incident lies on the Belarusian side, up to %1 km from the line.</numerusform>
            <numerusform>%Ln incidents lie on the Belarusian side, up to %1 km from the line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="195"/>
        <source>%Ln of them lie more than 1 km inside: often a mistyped coordinate.</source>
        <translation>
            <numerusform>%Ln of them lies more than 1 km inside: often a mistyped coordinate.</numerusform>
            <numerusform>%Ln of them lie more than 1 km inside: often a mistyped coordinate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="197"/>
        <source>Store all %Ln incident(s) of %1?</source>
        <translation>
            <numerusform>Store the %Ln incident of %1?</numerusform>
            <numerusform>Store all %Ln incidents of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="219"/>
        <source>Imported %Ln incident(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln incident from %1.</numerusform>
            <numerusform>Imported %Ln incidents from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="226"/>
        <source>Writing %Ln incident(s)...</source>
        <translation>
            <numerusform>Writing %Ln incident...</numerusform>
            <numerusform>Writing %Ln incidents...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/files.py" line="254"/>
        <source>Exported %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln incident to %1</numerusform>
            <numerusform>Exported %Ln incidents to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/import_dialog/dialog.py" line="318"/>
        <source>%Ln of %1 row(s) would be rejected; the first reasons:</source>
        <translation>
            <numerusform>%Ln of %1 row would be rejected; the first reasons:</numerusform>
            <numerusform>%Ln of %1 rows would be rejected; the first reasons:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/main_window.py" line="262"/>
        <location filename="../../border_monitor/ui/main_window.py" line="312"/>
        <source>%Ln incident(s) in the filter</source>
        <translation>
            <numerusform>%Ln incident in the filter</numerusform>
            <numerusform>%Ln incidents in the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="204"/>
        <source>Wrote the report of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Wrote the report of %Ln incident to %1</numerusform>
            <numerusform>Wrote the report of %Ln incidents to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/actions/report_actions.py" line="249"/>
        <source>Exported the map of %Ln incident(s) to %1</source>
        <translation>
            <numerusform>Exported the map of %Ln incident to %1</numerusform>
            <numerusform>Exported the map of %Ln incidents to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/editing/restore_dialog.py" line="90"/>
        <source>%Ln deleted incident(s).</source>
        <translation>
            <numerusform>%Ln deleted incident.</numerusform>
            <numerusform>%Ln deleted incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="450"/>
        <source>← %n more person(s), the last on %1</source>
        <translation>
            <numerusform>← %n more person, the last on %1</numerusform>
            <numerusform>← %n more persons, the last on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="451"/>
        <source>← %n more incident(s), the last on %1</source>
        <translation>
            <numerusform>← %n more incident, the last on %1</numerusform>
            <numerusform>← %n more incidents, the last on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="453"/>
        <source>%n more person(s), the first on %1 →</source>
        <translation>
            <numerusform>%n more person, the first on %1 →</numerusform>
            <numerusform>%n more persons, the first on %1 →</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/timeline/panel.py" line="454"/>
        <source>%n more incident(s), the first on %1 →</source>
        <translation>
            <numerusform>%n more incident, the first on %1 →</numerusform>
            <numerusform>%n more incidents, the first on %1 →</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/check_texts.py" line="24"/>
        <source>%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</source>
        <translation>
            <numerusform>%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</numerusform>
            <numerusform>%1 are not known nationality codes (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SyncCounts</name>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="19"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entry</numerusform>
            <numerusform>%1 -&gt; %2: %3 new, %4 changed incidents, %Ln audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="21"/>
        <source>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries</source>
        <translation>
            <numerusform>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entry</numerusform>
            <numerusform>%1 -&gt; %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="27"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>wrote %1 for %2: %3 incident versions, %Ln audit entry in %4 batches (%5 bytes, encrypted)</numerusform>
            <numerusform>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="30"/>
        <source>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>wrote %1 for %2: %3 incident versions, %Ln audit entry in %4 batches (%5 bytes)</numerusform>
            <numerusform>wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="33"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</source>
        <translation>
            <numerusform>wrote %1: %3 incident versions, %Ln audit entry in %4 batches (%5 bytes, encrypted)</numerusform>
            <numerusform>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../border_monitor/ui/text/sync_texts.py" line="36"/>
        <source>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</source>
        <translation>
            <numerusform>wrote %1: %3 incident versions, %Ln audit entry in %4 batches (%5 bytes)</numerusform>
            <numerusform>wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)</numerusform>
        </translation>
    </message>
</context>
</TS>
