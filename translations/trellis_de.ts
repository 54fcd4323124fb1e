<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Trellis::App</name>
    <message>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>only one workspace folder can be opened</source>
        <translation>es kann nur ein Arbeitsbereichsordner geöffnet werden</translation>
    </message>
    <message>
        <source>Sandbox mesh</source>
        <translation>Sandbox-Mesh</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::CommandLine</name>
    <message>
        <source>Usage: trellis [PATH]
       trellis --screenshot FILE [PATH]
       trellis VERB [ARGUMENTS]

Without a verb, Trellis opens its window on the workspace folder PATH (a folder
holding one or more dbt projects), or on the sandbox mesh when PATH is omitted.
--screenshot saves a PNG of the window once the workspace is loaded, then exits.
Verbs run without a window; 'trellis VERB --help' describes each.
</source>
        <translation>Aufruf: trellis [PFAD]
        trellis --screenshot DATEI [PFAD]
        trellis VERB [ARGUMENTE]

Ohne Verb öffnet Trellis sein Fenster mit dem Arbeitsbereichsordner PFAD (einem Ordner
mit einem oder mehreren dbt-Projekten) oder, ohne PFAD, mit dem Sandbox-Mesh.
--screenshot speichert nach dem Laden ein PNG des Fensters und beendet Trellis.
Verben laufen ohne Fenster; 'trellis VERB --help' beschreibt jedes.
</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verben:</translation>
    </message>
    <message>
        <source>Options:
  -h, --help     Show this help and exit.
  -v, --version  Show the version and exit.
</source>
        <translation>Optionen:
  -h, --help     Diese Hilfe anzeigen und beenden.
  -v, --version  Die Version anzeigen und beenden.
</translation>
    </message>
    <message>
        <source>trellis: unknown option '%1'</source>
        <translation>trellis: unbekannte Option '%1'</translation>
    </message>
    <message>
        <source>trellis: only one workspace folder can be opened, got '%1' and more</source>
        <translation>trellis: es kann nur ein Arbeitsbereichsordner geöffnet werden, angegeben wurden '%1' und weitere</translation>
    </message>
    <message>
        <source>trellis: '%1' is neither a verb nor a folder</source>
        <translation>trellis: '%1' ist weder ein Verb noch ein Ordner</translation>
    </message>
    <message>
        <source>Run 'trellis --help' for the verbs and options.</source>
        <translation>'trellis --help' zeigt die Verben und Optionen.</translation>
    </message>
</context>
<context>
    <name>Trellis::App::MainWindow</name>
    <message>
        <source>Trellis</source>
        <translation>Trellis</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sandbox Mesh</source>
        <translation>&amp;Sandbox-Mesh öffnen</translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox Mesh…</source>
        <translation>Sandbox-Mesh &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>Datei s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>Dateien &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>Ü&amp;ber Trellis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Trellis</source>
        <translation>%1 — Trellis</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Projects: %1 · Files: %2 · Scanned in %3 ms</source>
        <translation>Projekte: %1 · Dateien: %2 · Durchsucht in %3 ms</translation>
    </message>
    <message>
        <source>No dbt project was found in this folder. A project is a folder with a &lt;code&gt;dbt_project.yml&lt;/code&gt;.</source>
        <translation>In diesem Ordner wurde kein dbt-Projekt gefunden. Ein Projekt ist ein Ordner mit einer &lt;code&gt;dbt_project.yml&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projekte: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style='color:gray'&gt;Double-click a file in the project tree to open it.&lt;br&gt;%3 opens another workspace.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style='color:gray'&gt;Ein Doppelklick auf eine Datei im Projektbaum öffnet sie.&lt;br&gt;%3 öffnet einen anderen Arbeitsbereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Reset the sandbox mesh</source>
        <translation>Sandbox-Mesh zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away every change made to the sandbox mesh and start again from the original?</source>
        <translation>Alle Änderungen am Sandbox-Mesh verwerfen und mit dem Original neu beginnen?</translation>
    </message>
    <message>
        <source>Sandbox mesh</source>
        <translation>Sandbox-Mesh</translation>
    </message>
    <message>
        <source>About Trellis</source>
        <translation>Über Trellis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trellis %1&lt;/h3&gt;&lt;p&gt;An IDE for dbt Mesh projects: many dbt projects that reference each other's public models.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trellis %1&lt;/h3&gt;&lt;p&gt;Eine IDE für dbt-Mesh-Projekte: viele dbt-Projekte, die gegenseitig ihre öffentlichen Modelle referenzieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Sandbox</name>
    <message>
        <source>cannot remove an incomplete sandbox copy</source>
        <translation>eine unvollständige Sandbox-Kopie kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot remove the old sandbox copy</source>
        <translation>die alte Sandbox-Kopie kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the bundled sandbox mesh is missing</source>
        <translation>das mitgelieferte Sandbox-Mesh fehlt</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy the file</source>
        <translation>die Datei kann nicht kopiert werden</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::TextFile</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to read (%1 MB; the limit is %2 MB)</source>
        <translation>die Datei ist zu groß zum Lesen (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is a binary file, not text (it contains a NUL byte)</source>
        <translation>dies ist eine Binärdatei, kein Text (sie enthält ein NUL-Byte)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8; bitte als UTF-8 speichern</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>die Datei kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::WorkspaceScanner</name>
    <message>
        <source>dbt_project.yml has no 'name:'</source>
        <translation>dbt_project.yml hat keinen Eintrag 'name:'</translation>
    </message>
    <message>
        <source>cannot read dbt_project.yml: %1</source>
        <translation>dbt_project.yml kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the workspace folder does not exist</source>
        <translation>der Arbeitsbereichsordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::EditorArea</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
</TS>
