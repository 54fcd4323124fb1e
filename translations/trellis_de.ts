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
Verbs run without a window; &apos;trellis VERB --help&apos; describes each.
</source>
        <translation>Aufruf: trellis [PFAD]
        trellis --screenshot DATEI [PFAD]
        trellis VERB [ARGUMENTE]

Ohne Verb öffnet Trellis sein Fenster mit dem Arbeitsbereichsordner PFAD (einem Ordner
mit einem oder mehreren dbt-Projekten) oder, ohne PFAD, mit dem Sandbox-Mesh.
--screenshot speichert nach dem Laden ein PNG des Fensters und beendet Trellis.
Verben laufen ohne Fenster; &apos;trellis VERB --help&apos; beschreibt jedes.
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
        <source>trellis: unknown option &apos;%1&apos;</source>
        <translation>trellis: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trellis: only one workspace folder can be opened, got &apos;%1&apos; and more</source>
        <translation>trellis: es kann nur ein Arbeitsbereichsordner geöffnet werden, angegeben wurden &apos;%1&apos; und weitere</translation>
    </message>
    <message>
        <source>trellis: &apos;%1&apos; is neither a verb nor a folder</source>
        <translation>trellis: &apos;%1&apos; ist weder ein Verb noch ein Ordner</translation>
    </message>
    <message>
        <source>Run &apos;trellis --help&apos; for the verbs and options.</source>
        <translation>&apos;trellis --help&apos; zeigt die Verben und Optionen.</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::LsCommand</name>
    <message>
        <source>Lists the nodes of a workspace, as dbt ls does.</source>
        <translation>Listet die Knoten eines Arbeitsbereichs auf, wie dbt ls.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Only nodes of this type (model, seed, snapshot, analysis, test, source, exposure, group, macro, doc, all); repeatable.</source>
        <translation>Nur Knoten dieses Typs (model, seed, snapshot, analysis, test, source, exposure, group, macro, doc, all); wiederholbar.</translation>
    </message>
    <message>
        <source>text (default), json (one object per line) or path.</source>
        <translation>text (Standard), json (ein Objekt pro Zeile) oder path.</translation>
    </message>
    <message>
        <source>dbt selector of the nodes to list; repeatable.</source>
        <translation>dbt-Selektor der aufzulistenden Knoten; wiederholbar.</translation>
    </message>
    <message>
        <source>dbt selector of nodes to leave out; repeatable.</source>
        <translation>dbt-Selektor der auszulassenden Knoten; wiederholbar.</translation>
    </message>
    <message>
        <source>trellis ls: unknown output format &apos;%1&apos;; use text, json or path</source>
        <translation>trellis ls: unbekanntes Ausgabeformat &apos;%1&apos;; text, json oder path verwenden</translation>
    </message>
    <message>
        <source>trellis ls: unknown resource type &apos;%1&apos;</source>
        <translation>trellis ls: unbekannter Ressourcentyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trellis ls: &apos;%1&apos; is not a folder</source>
        <translation>trellis ls: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>List the nodes of a workspace (as dbt ls)</source>
        <translation>Knoten eines Arbeitsbereichs auflisten (wie dbt ls)</translation>
    </message>
    <message>
        <source>trellis ls: the selection criterion &apos;%1&apos; does not match any enabled node</source>
        <translation>trellis ls: das Auswahlkriterium &apos;%1&apos; trifft auf keinen aktivierten Knoten zu</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::ManifestCommand</name>
    <message>
        <source>Writes the workspace&apos;s manifest.json (dbt&apos;s schema v12).</source>
        <translation>Schreibt die manifest.json des Arbeitsbereichs (dbt-Schema v12).</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Where to write manifest.json (&apos;-&apos; for standard output).</source>
        <translation>Wohin manifest.json geschrieben wird (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>trellis manifest: -o FILE is required</source>
        <translation>trellis manifest: -o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>trellis manifest: &apos;%1&apos; is not a folder</source>
        <translation>trellis manifest: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>Wrote %1 nodes to %2</source>
        <translation>%1 Knoten nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Write manifest.json for the workspace</source>
        <translation>manifest.json für den Arbeitsbereich schreiben</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::ParseCommand</name>
    <message>
        <source>Parses every project of a workspace and reports what it holds.</source>
        <translation>Parst jedes Projekt eines Arbeitsbereichs und meldet, was es enthält.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>trellis parse: &apos;%1&apos; is not a folder</source>
        <translation>trellis parse: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Parsed %1 projects, %2 packages and %3 nodes in %4 ms (%5 disabled); %6 errors, %7 warnings.</source>
        <translation>%1 Projekte, %2 Pakete und %3 Knoten in %4 ms geparst (%5 deaktiviert); %6 Fehler, %7 Warnungen.</translation>
    </message>
    <message>
        <source>Parse a workspace and report counts and timing</source>
        <translation>Arbeitsbereich parsen und Anzahlen und Laufzeit melden</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::RenderCommand</name>
    <message>
        <source>Renders one Jinja template with plain Jinja (no dbt context) to standard output, configured as dbt configures Jinja2.</source>
        <translation>Rendert eine Jinja-Vorlage mit reinem Jinja (ohne dbt-Kontext) auf die Standardausgabe, so konfiguriert, wie dbt Jinja2 konfiguriert.</translation>
    </message>
    <message>
        <source>Template file.</source>
        <translation>Vorlagendatei.</translation>
    </message>
    <message>
        <source>A JSON file holding an object of template variables.</source>
        <translation>Eine JSON-Datei mit einem Objekt aus Vorlagenvariablen.</translation>
    </message>
    <message>
        <source>Render a Jinja template (for debugging macros)</source>
        <translation>Eine Jinja-Vorlage rendern (zum Debuggen von Macros)</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::VerbParser</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run &apos;trellis %1 --help&apos; for its options.</source>
        <translation>&apos;trellis %1 --help&apos; zeigt die Optionen.</translation>
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
        <source>No dbt project was found in this folder. A project is a folder with a &lt;code&gt;dbt_project.yml&lt;/code&gt;.</source>
        <translation>In diesem Ordner wurde kein dbt-Projekt gefunden. Ein Projekt ist ein Ordner mit einer &lt;code&gt;dbt_project.yml&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>Projekte: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Double-click a file in the project tree to open it.&lt;br&gt;%3 opens another workspace.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&apos;color:gray&apos;&gt;Ein Doppelklick auf eine Datei im Projektbaum öffnet sie.&lt;br&gt;%3 öffnet einen anderen Arbeitsbereich.&lt;/p&gt;</translation>
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
        <source>&lt;h3&gt;Trellis %1&lt;/h3&gt;&lt;p&gt;An IDE for dbt Mesh projects: many dbt projects that reference each other&apos;s public models.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trellis %1&lt;/h3&gt;&lt;p&gt;Eine IDE für dbt-Mesh-Projekte: viele dbt-Projekte, die gegenseitig ihre öffentlichen Modelle referenzieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Projects: %1 · Models: %2 · Problems: %3 · Parsed in %4 ms</source>
        <translation>Projekte: %1 · Modelle: %2 · Probleme: %3 · Geparst in %4 ms</translation>
    </message>
</context>
<context>
    <name>Trellis::Core</name>
    <message>
        <source>package &apos;%1&apos; is not installed in %2/; run &apos;dbt deps&apos; to resolve its macros and models</source>
        <translation>Paket &apos;%1&apos; ist nicht in %2/ installiert; &apos;dbt deps&apos; ausführen, um seine Macros und Modelle aufzulösen</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DbtProjectReader</name>
    <message>
        <source>dbt_project.yml must be a mapping of keys</source>
        <translation>dbt_project.yml muss ein Mapping von Schlüsseln sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in dbt_project.yml</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in dbt_project.yml</translation>
    </message>
    <message>
        <source>dbt_project.yml needs a &apos;name:&apos;</source>
        <translation>dbt_project.yml braucht einen Eintrag &apos;name:&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a legacy key; dbt now calls it &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist ein veralteter Schlüssel; dbt nennt ihn jetzt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys</source>
        <translation>%1 muss ein Mapping von Schlüsseln sein</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; in %2 must be a list</source>
        <translation>&apos;%1:&apos; in %2 muss eine Liste sein</translation>
    </message>
    <message>
        <source>an entry of &apos;%1:&apos; in %2 names nothing</source>
        <translation>ein Eintrag unter &apos;%1:&apos; in %2 gibt keinen Namen an</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::GraphvizContext</name>
    <message>
        <source>Graphviz could not create a layout context.</source>
        <translation>Graphviz konnte keinen Layout-Kontext erstellen.</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <source>libgvplugin_%1 was not found in %2</source>
        <translation>libgvplugin_%1 wurde in %2 nicht gefunden</translation>
    </message>
    <message>
        <source>libgvplugin_%1 could not be loaded: %2</source>
        <translation>libgvplugin_%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the plugin is loaded but offers only: %1</source>
        <translation>das Plugin ist geladen, bietet aber nur: %1</translation>
    </message>
    <message>
        <source>The Graphviz layout engine &quot;%1&quot; is not available (%2). Install Graphviz&apos;s layout plugins (Debian: libgvc6) or point GVBINDIR at the folder that holds them.</source>
        <translation>Die Graphviz-Layout-Engine &quot;%1&quot; ist nicht verfügbar (%2). Die Layout-Plugins von Graphviz installieren (Debian: libgvc6) oder GVBINDIR auf den Ordner setzen, der sie enthält.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::GraphvizLayout</name>
    <message>
        <source>The node limit must be at least 1.</source>
        <translation>Das Knotenlimit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>%1 nodes are too many to lay out at once (the limit is %2). Show the project-level graph or select fewer nodes.</source>
        <translation>%1 Knoten sind zu viele für ein einzelnes Layout (die Grenze liegt bei %2). Den Graphen auf Projektebene anzeigen oder weniger Knoten auswählen.</translation>
    </message>
    <message>
        <source>Node separation, rank separation and font size must be finite, and not negative.</source>
        <translation>Knotenabstand, Rangabstand und Schriftgröße müssen endlich und nicht negativ sein.</translation>
    </message>
    <message>
        <source>A node has no id.</source>
        <translation>Ein Knoten hat keine ID.</translation>
    </message>
    <message>
        <source>The node %1 is listed twice.</source>
        <translation>Der Knoten %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The node %1 has an invalid size.</source>
        <translation>Der Knoten %1 hat eine ungültige Größe.</translation>
    </message>
    <message>
        <source>Edge %1 (%2 → %3) refers to %4, which is not among the nodes.</source>
        <translation>Kante %1 (%2 → %3) verweist auf %4, aber dieser Knoten existiert nicht.</translation>
    </message>
    <message>
        <source>Edge %1 has a weight below 1.</source>
        <translation>Kante %1 hat ein Gewicht kleiner als 1.</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph.</source>
        <translation>Graphviz konnte keinen Graphen erstellen.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz konnte das Layout des Graphen nicht berechnen: %1</translation>
    </message>
    <message>
        <source>Graphviz&apos;s layout could not be read: %1</source>
        <translation>Das Layout von Graphviz konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::LayoutAttributes</name>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between x and y</source>
        <translation>&apos;,&apos; zwischen x und y erwartet</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after &apos;%1&apos;</source>
        <translation>&apos;,&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>a second &apos;%1,&apos; arrow point at character %2</source>
        <translation>ein zweiter Pfeilpunkt &apos;%1,&apos; bei Zeichen %2</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>a Bézier spline needs 3k + 1 points (k at least 1), not %1</source>
        <translation>ein Bézier-Spline braucht 3k + 1 Punkte (k mindestens 1), nicht %1</translation>
    </message>
    <message>
        <source>%1: cannot read %2 %3: %4</source>
        <translation>%1: %2 %3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>expected &apos;,&apos;</source>
        <translation>&apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>the upper right corner is below or left of the lower left</source>
        <translation>die obere rechte Ecke liegt unterhalb oder links der unteren linken</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>der Graph</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1: negative size</source>
        <translation>%1: negative Größe</translation>
    </message>
    <message>
        <source>edge %1 (%2 → %3)</source>
        <translation>Kante %1 (%2 → %3)</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ManifestBuilder</name>
    <message>
        <source>another project is named &apos;%1&apos; (%2); project names must be unique in a workspace, so this one is skipped</source>
        <translation>ein anderes Projekt heißt bereits &apos;%1&apos; (%2); Projektnamen müssen in einem Arbeitsbereich eindeutig sein, daher wird dieses übersprungen</translation>
    </message>
    <message>
        <source>%1 depends on version %2 of &apos;%3&apos;, which does not exist (versions: %4)</source>
        <translation>%1 hängt von Version %2 von &apos;%3&apos; ab, die es nicht gibt (Versionen: %4)</translation>
    </message>
    <message>
        <source>%1 depends on version %2 of &apos;%3&apos;, which has no versions</source>
        <translation>%1 hängt von Version %2 von &apos;%3&apos; ab, das keine Versionen hat</translation>
    </message>
    <message>
        <source>%1 depends on a node named &apos;%2&apos; which is disabled</source>
        <translation>%1 hängt von einem Knoten namens &apos;%2&apos; ab, der deaktiviert ist</translation>
    </message>
    <message>
        <source>%1 depends on a node named &apos;%2&apos; which was not found</source>
        <translation>%1 hängt von einem Knoten namens &apos;%2&apos; ab, der nicht gefunden wurde</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; war &apos;%1&apos; gemeint?</translation>
    </message>
    <message>
        <source>%1 depends on a source named &apos;%2&apos; which was not found</source>
        <translation>%1 hängt von einer Source namens &apos;%2&apos; ab, die nicht gefunden wurde</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::PreviewSql</name>
    <message>
        <source>there is no query to preview</source>
        <translation>es gibt keine Abfrage für die Vorschau</translation>
    </message>
    <message>
        <source>a preview runs a query (SELECT, WITH … SELECT or VALUES), not &apos;%1&apos;</source>
        <translation>eine Vorschau führt eine Abfrage aus (SELECT, WITH … SELECT oder VALUES), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a preview runs one statement; remove what follows this &apos;;&apos;</source>
        <translation>eine Vorschau führt nur eine Anweisung aus; alles nach diesem &apos;;&apos; entfernen</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ProjectGraph</name>
    <message>
        <source>%1
1 node</source>
        <translation>%1
1 Knoten</translation>
    </message>
    <message>
        <source>%1
%2 nodes</source>
        <translation>%1
%2 Knoten</translation>
    </message>
    <message>
        <source>1 ref</source>
        <translation>1 Ref</translation>
    </message>
    <message>
        <source>%1 refs</source>
        <translation>%1 Refs</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ProjectParser</name>
    <message>
        <source>&apos;%1&apos; is described twice in property files; the other entry is in %2</source>
        <translation>&apos;%1&apos; ist in Property-Dateien doppelt beschrieben; der andere Eintrag steht in %2</translation>
    </message>
    <message>
        <source>version %1 of model &apos;%2&apos; has no file: expected %3.sql</source>
        <translation>Version %1 von Modell &apos;%2&apos; hat keine Datei: %3.sql erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the &apos;%2&apos; section matches no file of project &apos;%3&apos;</source>
        <translation>&apos;%1&apos; im Abschnitt &apos;%2&apos; passt zu keiner Datei von Projekt &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::PropertyFileParser</name>
    <message>
        <source>dbt&apos;s YAML loader cannot read the tag &apos;%1&apos;</source>
        <translation>der YAML-Loader von dbt kann das Tag &apos;%1&apos; nicht lesen</translation>
    </message>
    <message>
        <source>aliases make this file expand without bound; the rest of the file is not read</source>
        <translation>Aliase lassen diese Datei unbegrenzt anwachsen; der Rest der Datei wird nicht gelesen</translation>
    </message>
    <message>
        <source>values are nested more than %1 levels deep; the deeper levels are not read</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt; die tieferen Ebenen werden nicht gelesen</translation>
    </message>
    <message>
        <source>a key must be plain text, not %1</source>
        <translation>ein Schlüssel muss einfacher Text sein, nicht %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: dbt uses only this later value</source>
        <translation>doppelter Schlüssel &apos;%1&apos;: dbt verwendet nur diesen späteren Wert</translation>
    </message>
    <message>
        <source>a merge key (&apos;&lt;&lt;&apos;) refers to a mapping that contains it</source>
        <translation>ein Merge-Key (&apos;&lt;&lt;&apos;) verweist auf ein Mapping, das ihn selbst enthält</translation>
    </message>
    <message>
        <source>a merge key (&apos;&lt;&lt;&apos;) takes mappings, not %1</source>
        <translation>ein Merge-Key (&apos;&lt;&lt;&apos;) erwartet Mappings, nicht %1</translation>
    </message>
    <message>
        <source>a plain value</source>
        <translation>ein einfacher Wert</translation>
    </message>
    <message>
        <source>a merge key (&apos;&lt;&lt;&apos;) takes a mapping or a list of mappings</source>
        <translation>ein Merge-Key (&apos;&lt;&lt;&apos;) erwartet ein Mapping oder eine Liste von Mappings</translation>
    </message>
    <message>
        <source>an alias refers to a list that contains it</source>
        <translation>ein Alias verweist auf eine Liste, die ihn selbst enthält</translation>
    </message>
    <message>
        <source>an alias refers to a mapping that contains it</source>
        <translation>ein Alias verweist auf ein Mapping, das ihn selbst enthält</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2; war &apos;%3&apos; gemeint?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2: dbt ignores it (YAML anchors can live under &apos;anchors:&apos;)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2: dbt ignoriert ihn (YAML-Anker können unter &apos;anchors:&apos; stehen)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2: dbt refuses the file (it accepts %3)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2: dbt lehnt die Datei ab (zulässig sind %3)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2: dbt ignores it</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2: dbt ignoriert ihn</translation>
    </message>
    <message>
        <source>dbt ignores &apos;%1&apos; in %2: analyses cannot have data tests</source>
        <translation>dbt ignoriert &apos;%1&apos; in %2: Analysen können keine Data-Tests haben</translation>
    </message>
    <message>
        <source>dbt ignores &apos;%1&apos; in %2: it applies to models only</source>
        <translation>dbt ignoriert &apos;%1&apos; in %2: gilt nur für Modelle</translation>
    </message>
    <message>
        <source>dbt does not accept &apos;%1&apos; directly in %2; move it under the version&apos;s &apos;config:&apos;</source>
        <translation>dbt akzeptiert &apos;%1&apos; nicht direkt in %2; unter &apos;config:&apos; der Version verschieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a config: dbt ignores it at the top level of %2; move it under &apos;config:&apos;</source>
        <translation>&apos;%1&apos; ist eine Config-Einstellung: dbt ignoriert sie auf oberster Ebene von %2; unter &apos;config:&apos; verschieben</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; in %2 must be text, not %3</source>
        <translation>jedes Element von &apos;%1&apos; in %2 muss Text sein, nicht %3</translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation>eine Zahl oder Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 must be %3, not %4</source>
        <translation>&apos;%1&apos; in %2 muss %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>cannot have both &apos;tests&apos; and &apos;data_tests&apos; in %1; move these tests under &apos;data_tests&apos;</source>
        <translation>&apos;tests&apos; und &apos;data_tests&apos; können nicht beide in %1 stehen; diese Tests unter &apos;data_tests&apos; verschieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a test name</source>
        <translation>&apos;%1&apos; in %2 ist kein Testname</translation>
    </message>
    <message>
        <source>a test in %1 is empty</source>
        <translation>ein Test in %1 ist leer</translation>
    </message>
    <message>
        <source>a test in %1 must be a test name or a mapping, not %2</source>
        <translation>ein Test in %1 muss ein Testname oder ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>test &apos;%1&apos; in %2 has an empty argument block: write &apos;- %1&apos; without the colon, or indent its arguments beneath it</source>
        <translation>Test &apos;%1&apos; in %2 hat einen leeren Argumentblock: &apos;- %1&apos; ohne Doppelpunkt schreiben oder die Argumente darunter einrücken</translation>
    </message>
    <message>
        <source>the arguments of test &apos;%1&apos; in %2 must be a mapping, not %3</source>
        <translation>die Argumente von Test &apos;%1&apos; in %2 müssen ein Mapping sein, nicht %3</translation>
    </message>
    <message>
        <source>the test name in %1 must be text, not %2</source>
        <translation>der Testname in %1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>test &apos;%1&apos; in %2</source>
        <translation>Test &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>&apos;arguments&apos; in %1 must be a mapping, not %2</source>
        <translation>&apos;arguments&apos; in %1 muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 cannot have an argument named &apos;model&apos;: dbt fills it in</source>
        <translation>%1 darf kein Argument namens &apos;model&apos; haben: dbt setzt es selbst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set both beside %2 and under its &apos;config:&apos;; keep only one</source>
        <translation>&apos;%1&apos; ist sowohl neben %2 als auch unter dessen &apos;config:&apos; gesetzt; nur eines behalten</translation>
    </message>
    <message>
        <source>a test in %1 is an empty mapping</source>
        <translation>ein Test in %1 ist ein leeres Mapping</translation>
    </message>
    <message>
        <source>a test in %1 has %2 keys (%3): indent %4 under &apos;%5&apos;</source>
        <translation>ein Test in %1 hat %2 Schlüssel (%3): %4 unter &apos;%5&apos; einrücken</translation>
    </message>
    <message>
        <source>a test in %1 has %2 keys (%3): a test is one key, the test&apos;s name, with its arguments beneath it, or a mapping with &apos;test_name:&apos;</source>
        <translation>ein Test in %1 hat %2 Schlüssel (%3): ein Test ist ein einzelner Schlüssel, der Name des Tests, mit den Argumenten darunter, oder ein Mapping mit &apos;test_name:&apos;</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>dieser Datei</translation>
    </message>
    <message>
        <source>property files know only &apos;version: 2&apos;</source>
        <translation>Property-Dateien kennen nur &apos;version: 2&apos;</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>macro</source>
        <translation>Macro</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>this %1</source>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>this %1 has no &apos;name&apos;</source>
        <translation>diesem Eintrag (%1) fehlt &apos;name&apos;</translation>
    </message>
    <message>
        <source>the name of this %1 must be text, not %2</source>
        <translation>der Name dieses Eintrags (%1) muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>the name of %1 &apos;%2&apos; must be text, not %3; put it in quotes</source>
        <translation>der Name von %1 &apos;%2&apos; muss Text sein, nicht %3; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list whose entries start with &apos;- name:&apos;, not a mapping</source>
        <translation>&apos;%1&apos; muss eine Liste sein, deren Einträge mit &apos;- name:&apos; beginnen, kein Mapping</translation>
    </message>
    <message>
        <source>each entry of &apos;%1&apos; must be a mapping with a &apos;name&apos;, not %2</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss ein Mapping mit &apos;name&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is declared twice in this file; dbt refuses duplicate entries</source>
        <translation>%1 &apos;%2&apos; ist in dieser Datei doppelt deklariert; dbt lehnt doppelte Einträge ab</translation>
    </message>
    <message>
        <source>&apos;docs&apos; of %1</source>
        <translation>&apos;docs&apos; von %1</translation>
    </message>
    <message>
        <source>each constraint in %1 must be a mapping with a &apos;type&apos;, not %2</source>
        <translation>jeder Constraint in %1 muss ein Mapping mit &apos;type&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>a constraint of %1</source>
        <translation>Constraint von %1</translation>
    </message>
    <message>
        <source>a constraint of %1 has no &apos;type&apos;</source>
        <translation>ein Constraint von %1 hat keinen &apos;type&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a constraint type; dbt knows %2</source>
        <translation>&apos;%1&apos; ist kein Constraint-Typ; dbt kennt %2</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set both at the top level of %2 and under its &apos;config:&apos;; dbt refuses this, keep only the one under &apos;config:&apos;</source>
        <translation>&apos;%1&apos; ist sowohl auf oberster Ebene von %2 als auch unter dessen &apos;config:&apos; gesetzt; dbt lehnt das ab, nur den Wert unter &apos;config:&apos; behalten</translation>
    </message>
    <message>
        <source>&apos;time_spine&apos; of %1</source>
        <translation>&apos;time_spine&apos; von %1</translation>
    </message>
    <message>
        <source>%1 needs a &apos;standard_granularity_column&apos;</source>
        <translation>%1 braucht eine &apos;standard_granularity_column&apos;</translation>
    </message>
    <message>
        <source>each custom granularity in %1 must be a mapping, not %2</source>
        <translation>jede benutzerdefinierte Granularität in %1 muss ein Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>a custom granularity in %1 has no &apos;name&apos;</source>
        <translation>eine benutzerdefinierte Granularität in %1 hat keinen &apos;name&apos;</translation>
    </message>
    <message>
        <source>each column of %1 must be a mapping with a &apos;name&apos;, not %2</source>
        <translation>jede Spalte von %1 muss ein Mapping mit &apos;name&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of %2 is declared twice; dbt keeps only this later entry</source>
        <translation>Spalte &apos;%1&apos; von %2 ist doppelt deklariert; dbt behält nur diesen späteren Eintrag</translation>
    </message>
    <message>
        <source>column of %1</source>
        <translation>Spalte von %1</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; of %2</source>
        <translation>Spalte &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>each version of %1 must be a mapping with &apos;v&apos;, not %2</source>
        <translation>jede Version von %1 muss ein Mapping mit &apos;v&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>version %1 of %2 is declared twice</source>
        <translation>Version %1 von %2 ist doppelt deklariert</translation>
    </message>
    <message>
        <source>latest_version %1 is given, but %2 has no versions</source>
        <translation>latest_version %1 ist angegeben, aber %2 hat keine Versionen</translation>
    </message>
    <message>
        <source>latest_version %1 is not one of the versions of %2 (%3)</source>
        <translation>latest_version %1 ist keine der Versionen von %2 (%3)</translation>
    </message>
    <message>
        <source>a version of %1 has no &apos;v&apos;</source>
        <translation>eine Version von %1 hat kein &apos;v&apos;</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>%1 can have only one include/exclude entry</source>
        <translation>%1 darf nur einen include/exclude-Eintrag haben</translation>
    </message>
    <message>
        <source>the columns of %1</source>
        <translation>&apos;columns&apos; von %1</translation>
    </message>
    <message>
        <source>&apos;include&apos; in %1 must be &quot;*&quot;, all, or a list of column names</source>
        <translation>&apos;include&apos; in %1 muss &quot;*&quot;, all oder eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>the columns of %1 have &apos;exclude&apos; without &apos;include&apos;; add include: &quot;*&quot; to the same entry</source>
        <translation>&apos;columns&apos; von %1 hat &apos;exclude&apos; ohne &apos;include&apos;; include: &quot;*&quot; im selben Eintrag ergänzen</translation>
    </message>
    <message>
        <source>&apos;exclude&apos; in %1 only works with include: &quot;*&quot; or include: all</source>
        <translation>&apos;exclude&apos; in %1 funktioniert nur mit include: &quot;*&quot; oder include: all</translation>
    </message>
    <message>
        <source>the freshness of %1</source>
        <translation>Freshness von %1</translation>
    </message>
    <message>
        <source>a mapping with &apos;count&apos; and &apos;period&apos;</source>
        <translation>ein Mapping mit &apos;count&apos; und &apos;period&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;period&apos; in %1 must be minute, hour or day, not &apos;%2&apos;</source>
        <translation>&apos;period&apos; in %1 muss minute, hour oder day sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the quoting of %1</source>
        <translation>Quoting von %1</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;</source>
        <translation>Source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;tables&apos; of %1 must be a list whose entries start with &apos;- name:&apos;, not a mapping</source>
        <translation>&apos;tables&apos; von %1 muss eine Liste sein, deren Einträge mit &apos;- name:&apos; beginnen, kein Mapping</translation>
    </message>
    <message>
        <source>each table of %1 must be a mapping with a &apos;name&apos;, not %2</source>
        <translation>jede Tabelle von %1 muss ein Mapping mit &apos;name&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; of %2 is declared twice; dbt refuses duplicate entries</source>
        <translation>Tabelle &apos;%1&apos; von %2 ist doppelt deklariert; dbt lehnt doppelte Einträge ab</translation>
    </message>
    <message>
        <source>table of %1</source>
        <translation>Tabelle von %1</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; of %2</source>
        <translation>Tabelle &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>macro &apos;%1&apos;</source>
        <translation>Macro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>each argument of %1 must be a mapping with a &apos;name&apos;, not %2</source>
        <translation>jedes Argument von %1 muss ein Mapping mit &apos;name&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>argument of %1</source>
        <translation>Argument von %1</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos; of %2</source>
        <translation>Argument &apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;owner&apos; (a name or an email)</source>
        <translation>%1 hat keinen &apos;owner&apos; (einen Namen oder eine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>a mapping with &apos;name&apos; and/or &apos;email&apos;</source>
        <translation>ein Mapping mit &apos;name&apos; und/oder &apos;email&apos;</translation>
    </message>
    <message>
        <source>the owner of %1</source>
        <translation>Owner von %1</translation>
    </message>
    <message>
        <source>the owner of %1 needs a &apos;name&apos; or an &apos;email&apos;</source>
        <translation>der Owner von %1 braucht &apos;name&apos; oder &apos;email&apos;</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;</source>
        <translation>Gruppe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>exposure &apos;%1&apos;</source>
        <translation>Exposure &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dbt deprecates exposure names with characters other than letters, digits, &apos;_&apos; and &apos;-&apos;; put a display name in &apos;label&apos;</source>
        <translation>dbt markiert Exposure-Namen mit anderen Zeichen als Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; als veraltet; einen Anzeigenamen in &apos;label&apos; angeben</translation>
    </message>
    <message>
        <source>%1 has no &apos;type&apos; (%2)</source>
        <translation>%1 hat keinen &apos;type&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;type&apos; of %1 must be one of %2</source>
        <translation>&apos;type&apos; von %1 muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <source>&apos;maturity&apos; of %1 must be one of %2</source>
        <translation>&apos;maturity&apos; von %1 muss einer der Werte %2 sein</translation>
    </message>
    <message>
        <source>each entry of &apos;data_tests&apos; must be a mapping with a &apos;name&apos;, not %1</source>
        <translation>jeder Eintrag von &apos;data_tests&apos; muss ein Mapping mit &apos;name&apos; sein, nicht %1</translation>
    </message>
    <message>
        <source>singular test</source>
        <translation>Singular-Test</translation>
    </message>
    <message>
        <source>singular test &apos;%1&apos;</source>
        <translation>Singular-Test &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a property file must be a mapping of &apos;models:&apos;, &apos;sources:&apos; and so on, not %1</source>
        <translation>eine Property-Datei muss ein Mapping aus &apos;models:&apos;, &apos;sources:&apos; usw. sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::QueryWorker</name>
    <message>
        <source>the query ran longer than %1 s and was stopped</source>
        <translation>die Abfrage lief länger als %1 s und wurde abgebrochen</translation>
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
    <name>Trellis::Core::SeedLoader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>auf ein schließendes Anführungszeichen folgt Text</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>a timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a seed needs a header row naming its columns</source>
        <translation>ein Seed braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>Spalte %1 hat keinen Namen in der Kopfzeile</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>Spalte &apos;%1&apos; kommt in der Kopfzeile doppelt vor</translation>
    </message>
    <message>
        <source>column_types names &apos;%1&apos;, which is not a column of this seed</source>
        <translation>column_types nennt &apos;%1&apos;, aber das ist keine Spalte dieses Seeds</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2 Spalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in column &apos;%2&apos; is not %3 (column_types says %4)</source>
        <translation>&apos;%1&apos; in Spalte &apos;%2&apos; ist kein Wert vom Typ %3 (column_types gibt %4 an)</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>cannot load the seed into %1: %2</source>
        <translation>der Seed kann nicht in %1 geladen werden: %2</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; in column &apos;%2&apos;</source>
        <translation>&apos;%1&apos; in Spalte &apos;%2&apos; kann nicht konvertiert werden</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::SelectorParser</name>
    <message>
        <source>depth %1 is too large</source>
        <translation>Tiefe %1 ist zu groß</translation>
    </message>
    <message>
        <source>bad depth &apos;%1&apos; for the &apos;+&apos; operator: a depth is a whole number of generations, as in 2+my_model or my_model+3</source>
        <translation>ungültige Tiefe &apos;%1&apos; für den Operator &apos;+&apos;: eine Tiefe ist eine ganze Zahl von Generationen, wie in 2+my_model oder my_model+3</translation>
    </message>
    <message>
        <source>&apos;,&apos; with nothing before it: each side of a comma needs a selector</source>
        <translation>&apos;,&apos; ohne etwas davor: jede Seite eines Kommas braucht einen Selektor</translation>
    </message>
    <message>
        <source>dangling &apos;,&apos;: each side of a comma needs a selector</source>
        <translation>&apos;,&apos; ohne etwas danach: jede Seite eines Kommas braucht einen Selektor</translation>
    </message>
    <message>
        <source>empty selector between two commas</source>
        <translation>leerer Selektor zwischen zwei Kommas</translation>
    </message>
    <message>
        <source>empty selector: name a node (my_model), a method and value (tag:nightly), with graph operators if needed (+my_model)</source>
        <translation>leerer Selektor: einen Knoten (my_model) oder eine Methode mit Wert (tag:nightly) angeben, bei Bedarf mit Graph-Operatoren (+my_model)</translation>
    </message>
    <message>
        <source>&apos;@&apos; must come first, as in @my_model</source>
        <translation>&apos;@&apos; muss am Anfang stehen, wie in @my_model</translation>
    </message>
    <message>
        <source>&apos;+&apos; inside &apos;%1&apos;: graph operators go at the start (+my_model, 2+my_model) or at the end (my_model+, my_model+1)</source>
        <translation>&apos;+&apos; innerhalb von &apos;%1&apos;: Graph-Operatoren stehen am Anfang (+my_model, 2+my_model) oder am Ende (my_model+, my_model+1)</translation>
    </message>
    <message>
        <source>&apos;@&apos; cannot be combined with a trailing &apos;+&apos;: @my_model already selects every descendant and all their ancestors</source>
        <translation>&apos;@&apos; lässt sich nicht mit einem nachgestellten &apos;+&apos; kombinieren: @my_model wählt bereits alle Nachfahren und all deren Vorfahren aus</translation>
    </message>
    <message>
        <source>graph operator without a selector to apply it to</source>
        <translation>Graph-Operator ohne Selektor, auf den er angewendet werden kann</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value after the colon</source>
        <translation>&apos;%1:&apos; braucht einen Wert nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>unknown selector method &apos;%1&apos;</source>
        <translation>unbekannte Selektormethode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown selector method &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannte Selektormethode &apos;%1&apos; (war &apos;%2&apos; gemeint?)</translation>
    </message>
    <message>
        <source>empty key in &apos;%1&apos;</source>
        <translation>leerer Schlüssel in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>config needs a key, as in config.materialized:table</source>
        <translation>config braucht einen Schlüssel, wie in config.materialized:table</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; takes no &apos;.%2&apos; (only config.&lt;key&gt; does)</source>
        <translation>Methode &apos;%1&apos; erlaubt kein &apos;.%2&apos; (nur config.&lt;key&gt;)</translation>
    </message>
    <message>
        <source>state: needs --state (baseline), not supported yet</source>
        <translation>state: braucht --state (Baseline), noch nicht unterstützt</translation>
    </message>
    <message>
        <source>result: needs --state (the run_results.json of an earlier run), not supported yet</source>
        <translation>result: braucht --state (die run_results.json eines früheren Laufs), noch nicht unterstützt</translation>
    </message>
    <message>
        <source>source_status: needs --state (the sources.json of an earlier freshness check), not supported yet</source>
        <translation>source_status: braucht --state (die sources.json einer früheren Freshness-Prüfung), noch nicht unterstützt</translation>
    </message>
    <message>
        <source>invalid source selector &apos;%1&apos;: use source_name, source_name.table_name or package_name.source_name.table_name</source>
        <translation>ungültiger source-Selektor &apos;%1&apos;: source_name, source_name.table_name oder package_name.source_name.table_name verwenden</translation>
    </message>
    <message>
        <source>invalid %1 selector &apos;%2&apos;: use name or package_name.name</source>
        <translation>ungültiger %1-Selektor &apos;%2&apos;: name oder package_name.name verwenden</translation>
    </message>
    <message>
        <source>unknown resource type &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannter Ressourcentyp &apos;%1&apos; (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>unknown test type &apos;%1&apos; (expected generic, singular, unit, or the older data and schema)</source>
        <translation>unbekannter Testtyp &apos;%1&apos; (erwartet: generic, singular, unit oder die älteren data und schema)</translation>
    </message>
    <message>
        <source>unknown version selector &apos;%1&apos; (expected latest, prerelease, old or none)</source>
        <translation>unbekannter Versionsselektor &apos;%1&apos; (erwartet: latest, prerelease, old oder none)</translation>
    </message>
    <message>
        <source>unknown access level &apos;%1&apos; (expected public, protected or private)</source>
        <translation>unbekannte Zugriffsebene &apos;%1&apos; (erwartet: public, protected oder private)</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::SqlAuthorizer</name>
    <message>
        <source>Trellis refused %1 on %2: a preview may not change the database</source>
        <translation>Trellis hat %1 auf %2 verweigert: eine Vorschau darf die Datenbank nicht ändern</translation>
    </message>
    <message>
        <source>Trellis refused %1 on %2: a model may only write the relation it builds (%3)</source>
        <translation>Trellis hat %1 auf %2 verweigert: ein Modell darf nur die Relation schreiben, die es erzeugt (%3)</translation>
    </message>
    <message>
        <source>Trellis refused load_extension(): models may not load SQLite extensions</source>
        <translation>Trellis hat load_extension() verweigert: Modelle dürfen keine SQLite-Erweiterungen laden</translation>
    </message>
    <message>
        <source>Trellis refused fts3_tokenizer(): models may not register tokenizers</source>
        <translation>Trellis hat fts3_tokenizer() verweigert: Modelle dürfen keine Tokenizer registrieren</translation>
    </message>
    <message>
        <source>Trellis refused ATTACH: models may not attach databases</source>
        <translation>Trellis hat ATTACH verweigert: Modelle dürfen keine Datenbanken anhängen</translation>
    </message>
    <message>
        <source>Trellis refused DETACH: models may not detach databases</source>
        <translation>Trellis hat DETACH verweigert: Modelle dürfen keine Datenbanken abhängen</translation>
    </message>
    <message>
        <source>Trellis refused PRAGMA %1: models may not change connection settings</source>
        <translation>Trellis hat PRAGMA %1 verweigert: Modelle dürfen keine Verbindungseinstellungen ändern</translation>
    </message>
    <message>
        <source>Trellis refused %1: models may not control transactions; Trellis runs each model in its own</source>
        <translation>Trellis hat %1 verweigert: Modelle dürfen keine Transaktionen steuern; Trellis führt jedes Modell in einer eigenen aus</translation>
    </message>
    <message>
        <source>Trellis refused a trigger: models may not create or drop triggers</source>
        <translation>Trellis hat einen Trigger verweigert: Modelle dürfen keine Trigger anlegen oder löschen</translation>
    </message>
    <message>
        <source>Trellis refused a virtual table: models may not create or drop virtual tables</source>
        <translation>Trellis hat eine virtuelle Tabelle verweigert: Modelle dürfen keine virtuellen Tabellen anlegen oder löschen</translation>
    </message>
    <message>
        <source>Trellis refused an operation it does not know (SQLite action %1)</source>
        <translation>Trellis hat eine unbekannte Operation verweigert (SQLite-Aktion %1)</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::SqlFunctions</name>
    <message>
        <source>%1(): unknown date part &apos;%2&apos;</source>
        <translation>%1(): unbekannter Datumsteil &apos;%2&apos;</translation>
    </message>
    <message>
        <source>dateadd(): the result is outside the years 0 to 9999</source>
        <translation>dateadd(): das Ergebnis liegt außerhalb der Jahre 0 bis 9999</translation>
    </message>
    <message>
        <source>last_day(): the date part must be year, quarter, month or week</source>
        <translation>last_day(): der Datumsteil muss year, quarter, month oder week sein</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; does not match the format &apos;%3&apos;</source>
        <translation>%1(): &apos;%2&apos; passt nicht zum Format &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1(): &apos;%2&apos; is not a date or timestamp (expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1(): &apos;%2&apos; ist weder Datum noch Zeitstempel (erwartet: YYYY-MM-DD oder YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>date_part(): cannot extract that part</source>
        <translation>date_part(): dieser Teil kann nicht extrahiert werden</translation>
    </message>
    <message>
        <source>to_boolean(): &apos;%1&apos; is not a boolean</source>
        <translation>to_boolean(): &apos;%1&apos; ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1(): invalid regular expression &apos;%2&apos;: %3 at offset %4</source>
        <translation>%1(): ungültiger regulärer Ausdruck &apos;%2&apos;: %3 an Position %4</translation>
    </message>
    <message>
        <source>%1(): unknown regular expression parameter in &apos;%2&apos;</source>
        <translation>%1(): unbekannter Parameter für reguläre Ausdrücke in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>regexp_substr(): the pattern has no group %1</source>
        <translation>regexp_substr(): das Muster hat keine Gruppe %1</translation>
    </message>
    <message>
        <source>%1() takes %2 arguments</source>
        <translation>%1() erwartet %2 Argumente</translation>
    </message>
    <message>
        <source>%1() takes %2 to %3 arguments</source>
        <translation>%1() erwartet %2 bis %3 Argumente</translation>
    </message>
    <message>
        <source>cannot register SQL functions: %1</source>
        <translation>SQL-Funktionen können nicht registriert werden: %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::SqliteConnection</name>
    <message>
        <source>the database connection is closed</source>
        <translation>die Datenbankverbindung ist geschlossen</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::StaticSqlAnalyzer</name>
    <message>
        <source>the %1() call is not closed</source>
        <translation>der Aufruf von %1() ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1() has computed arguments; only rendering the template can resolve it</source>
        <translation>%1() hat berechnete Argumente; nur das Rendern des Templates kann den Aufruf auflösen</translation>
    </message>
    <message>
        <source>ref() takes one or two names, got %1</source>
        <translation>ref() erwartet einen oder zwei Namen, erhalten: %1</translation>
    </message>
    <message>
        <source>source() takes a source name and a table name, got %1 arguments</source>
        <translation>source() erwartet einen Source-Namen und einen Tabellennamen, erhalten: %1 Argumente</translation>
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
    <name>Trellis::Core::WorkspaceDatabase</name>
    <message>
        <source>cannot create the workspace database folder</source>
        <translation>der Datenbankordner des Arbeitsbereichs kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a schema here: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;$&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>&apos;%1&apos; kann hier kein Schema sein: Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;$&apos; verwenden, beginnend mit einem Buchstaben oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>&apos;temp&apos; is reserved by SQLite and cannot be a schema</source>
        <translation>&apos;temp&apos; ist von SQLite reserviert und kann kein Schema sein</translation>
    </message>
    <message>
        <source>cannot attach schema &apos;%1&apos;: this SQLite attaches at most %2 schemas per connection</source>
        <translation>Schema &apos;%1&apos; kann nicht angehängt werden: dieses SQLite hängt höchstens %2 Schemas pro Verbindung an</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::WorkspaceScanner</name>
    <message>
        <source>dbt_project.yml has no &apos;name:&apos;</source>
        <translation>dbt_project.yml hat keinen Eintrag &apos;name:&apos;</translation>
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
    <name>Trellis::Core::YamlDocument</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
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
