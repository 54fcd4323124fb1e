<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Core::Build</name>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich ist geöffnet</translation>
    </message>
    <message>
        <source>the workspace is still being read</source>
        <translation>der Arbeitsbereich wird noch gelesen</translation>
    </message>
</context>
<context>
    <name>LineageExporter</name>
    <message>
        <source>cannot write the lineage: %1</source>
        <translation>die Lineage kann nicht geschrieben werden: %1</translation>
    </message>
</context>
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
    <message>
        <source>Show the Lineage panel with this dbt selector (&apos;&apos; for the whole mesh).</source>
        <translation>Das Lineage-Panel mit diesem dbt-Selektor anzeigen (&apos;&apos; für das ganze Mesh).</translation>
    </message>
    <message>
        <source>Show the Lineage panel collapsed to projects.</source>
        <translation>Das Lineage-Panel auf Projekte zusammengefasst anzeigen.</translation>
    </message>
    <message>
        <source>Use this theme for this run: desktop, light or dark.</source>
        <translation>Dieses Design für diesen Lauf verwenden: desktop, light oder dark.</translation>
    </message>
    <message>
        <source>Open this file in an editor.</source>
        <translation>Diese Datei in einem Editor öffnen.</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (use desktop, light or dark)</source>
        <translation>unbekanntes Design &apos;%1&apos; (desktop, light oder dark verwenden)</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>keine solche Datei: %1</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::BuildCommand</name>
    <message>
        <source>Builds seeds, models and snapshots into the workspace database and runs their data tests, in dependency order, as dbt build does.</source>
        <translation>Erzeugt Seeds, Modelle und Snapshots in der Datenbank des Arbeitsbereichs und führt ihre Data-Tests in Abhängigkeitsreihenfolge aus, wie dbt build.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Rebuild everything, incremental models from scratch, instead of reusing relations that are up to date.</source>
        <translation>Alles neu erzeugen, inkrementelle Modelle von Grund auf, statt aktuelle Relationen wiederzuverwenden.</translation>
    </message>
    <message>
        <source>Build and test the workspace in SQLite (as dbt build)</source>
        <translation>Den Arbeitsbereich in SQLite erzeugen und testen (wie dbt build)</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::BuildSession</name>
    <message>
        <source>dbt selector of the nodes; repeatable.</source>
        <translation>dbt-Selektor der Knoten; wiederholbar.</translation>
    </message>
    <message>
        <source>dbt selector of nodes to leave out; repeatable.</source>
        <translation>dbt-Selektor der auszulassenden Knoten; wiederholbar.</translation>
    </message>
    <message>
        <source>The workspace database (default: one per workspace in the user&apos;s cache folder).</source>
        <translation>Die Datenbank des Arbeitsbereichs (Standard: eine pro Arbeitsbereich im Cache-Ordner des Benutzers).</translation>
    </message>
    <message>
        <source>trellis: &apos;%1&apos; is not a folder</source>
        <translation>trellis: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>OK loaded seed file %1</source>
        <translation>OK Seed-Datei %1 geladen</translation>
    </message>
    <message>
        <source>OK compiled ephemeral model %1</source>
        <translation>OK ephemeral-Modell %1 kompiliert</translation>
    </message>
    <message>
        <source>OK source %1</source>
        <translation>OK Source %1</translation>
    </message>
    <message>
        <source>OK created sql %1 model %2</source>
        <translation>OK sql-%1-Modell %2 erzeugt</translation>
    </message>
    <message>
        <source>REUSED %1 %2 (up to date)</source>
        <translation>REUSED %1 %2 (aktuell)</translation>
    </message>
    <message>
        <source>PASS %1</source>
        <translation>PASS %1</translation>
    </message>
    <message>
        <source>WARN %1 %2</source>
        <translation>WARN %1 %2</translation>
    </message>
    <message>
        <source>FAIL %1 %2</source>
        <translation>FAIL %1 %2</translation>
    </message>
    <message>
        <source>ERROR %1</source>
        <translation>ERROR %1</translation>
    </message>
    <message>
        <source>ERROR creating %1 %2</source>
        <translation>ERROR beim Erzeugen von %1 %2</translation>
    </message>
    <message>
        <source>SKIP %1 %2</source>
        <translation>SKIP %1 %2</translation>
    </message>
    <message>
        <source>data tests</source>
        <translation>Data-Tests</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1-Modelle</translation>
    </message>
    <message>
        <source>Finished running %1 in %2.</source>
        <translation>Fertig: %1 in %2 ausgeführt.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 relations were up to date and reused.</source>
        <translation>%1 Relationen waren aktuell und wurden wiederverwendet.</translation>
    </message>
    <message>
        <source>Completed with %1 errors and %2 warnings.</source>
        <translation>Abgeschlossen mit %1 Fehlern und %2 Warnungen.</translation>
    </message>
    <message>
        <source>Completed successfully</source>
        <translation>Erfolgreich abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::CheckCommand</name>
    <message>
        <source>Checks a workspace against dbt&apos;s mesh rules (access, groups, project dependencies, cycles, versions, contracts) and reports every finding. Exit code 1 when there are errors.</source>
        <translation>Prüft einen Arbeitsbereich gegen die Mesh-Regeln von dbt (Zugriff, Gruppen, Projektabhängigkeiten, Zyklen, Versionen, Contracts) und meldet jeden Befund. Exit-Code 1, wenn es Fehler gibt.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Only findings about nodes this dbt selector picks; repeatable.</source>
        <translation>Nur Befunde zu Knoten, die dieser dbt-Selektor auswählt; wiederholbar.</translation>
    </message>
    <message>
        <source>text (default), json, junit or sarif.</source>
        <translation>text (Standard), json, junit oder sarif.</translation>
    </message>
    <message>
        <source>Treat warnings as errors.</source>
        <translation>Warnungen als Fehler behandeln.</translation>
    </message>
    <message>
        <source>Rule settings (severities, ignores); default: %1 in the workspace folder, if there is one.</source>
        <translation>Regeleinstellungen (Schweregrade, ignorierte Befunde); Standard: %1 im Arbeitsbereichsordner, falls vorhanden.</translation>
    </message>
    <message>
        <source>A previous manifest.json (or a folder holding one), as written by dbt or &apos;trellis manifest&apos;: report breaking changes to contracted models since then.</source>
        <translation>Eine frühere manifest.json (oder ein Ordner mit einer solchen), wie von dbt oder &apos;trellis manifest&apos; geschrieben: seither erfolgte Breaking Changes an Modellen mit Contract melden.</translation>
    </message>
    <message>
        <source>trellis check: unknown format &apos;%1&apos;; use text, json, junit or sarif</source>
        <translation>trellis check: unbekanntes Format &apos;%1&apos;; text, json, junit oder sarif verwenden</translation>
    </message>
    <message>
        <source>trellis check: &apos;%1&apos; is not a folder</source>
        <translation>trellis check: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>Check a workspace against the mesh rules</source>
        <translation>Einen Arbeitsbereich gegen die Mesh-Regeln prüfen</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::CommandLine</name>
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
    <message>
        <source>Usage: trellis [PATH]
       trellis --screenshot FILE [PATH]
       trellis VERB [ARGUMENTS]

Without a verb, Trellis opens its window on the workspace folder PATH (a folder
holding one or more dbt projects), or on the sandbox mesh when PATH is omitted.
--screenshot saves a PNG of the window once the workspace is loaded, then exits;
--theme desktop|light|dark picks the look for this run; --open FILE opens a file.
Verbs run without a window; &apos;trellis VERB --help&apos; describes each.
</source>
        <translation>Aufruf: trellis [PATH]
        trellis --screenshot FILE [PATH]
        trellis VERB [ARGUMENTS]

Ohne Verb öffnet Trellis sein Fenster mit dem Arbeitsbereichsordner PATH (einem
Ordner mit einem oder mehreren dbt-Projekten) oder, ohne PATH, mit dem Sandbox-Mesh.
--screenshot speichert nach dem Laden des Arbeitsbereichs ein PNG und beendet sich;
--theme desktop|light|dark wählt das Design für diesen Lauf; --open FILE öffnet eine Datei.
Verben laufen ohne Fenster; &apos;trellis VERB --help&apos; beschreibt jedes.
</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::CompileCommand</name>
    <message>
        <source>Compiles nodes in dbt&apos;s execute mode for the SQLite workspace: refs and sources become &quot;schema&quot;.&quot;table&quot;, ephemeral models CTEs. With one selected node and no --output-dir, prints its SQL; otherwise writes &lt;dir&gt;/&lt;project&gt;/&lt;path&gt;.</source>
        <translation>Kompiliert Knoten im execute-Modus von dbt für den SQLite-Arbeitsbereich: Refs und Sources werden zu &quot;schema&quot;.&quot;table&quot;, ephemeral-Modelle zu CTEs. Bei einem einzigen ausgewählten Knoten und ohne --output-dir wird dessen SQL ausgegeben; andernfalls wird &lt;dir&gt;/&lt;project&gt;/&lt;path&gt; geschrieben.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Where to write compiled SQL (default: next to the workspace database, in compiled/).</source>
        <translation>Wohin das kompilierte SQL geschrieben wird (Standard: neben der Datenbank des Arbeitsbereichs, in compiled/).</translation>
    </message>
    <message>
        <source>trellis compile: cannot write %1</source>
        <translation>trellis compile: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Compiled %1 nodes into %2</source>
        <translation>%1 Knoten nach %2 kompiliert</translation>
    </message>
    <message>
        <source>Compile nodes to the SQL the workspace runs (as dbt compile)</source>
        <translation>Knoten zu dem SQL kompilieren, das der Arbeitsbereich ausführt (wie dbt compile)</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::LineageCommand</name>
    <message>
        <source>dbt selector of the nodes to draw (default: the whole mesh).</source>
        <translation>dbt-Selektor der zu zeichnenden Knoten (Standard: das ganze Mesh).</translation>
    </message>
    <message>
        <source>dot, svg, png or json (default: from the file&apos;s suffix).</source>
        <translation>dot, svg, png oder json (Standard: aus der Dateiendung).</translation>
    </message>
    <message>
        <source>Where to write (&apos;-&apos;: standard output, dot and json only).</source>
        <translation>Wohin geschrieben wird (&apos;-&apos;: Standardausgabe, nur dot und json).</translation>
    </message>
    <message>
        <source>Collapse the selection to one node per project.</source>
        <translation>Die Auswahl auf einen Knoten pro Projekt zusammenfassen.</translation>
    </message>
    <message>
        <source>Beyond this many nodes, draw the projects instead (default %1).</source>
        <translation>Bei mehr Knoten als diesen stattdessen die Projekte zeichnen (Standard %1).</translation>
    </message>
    <message>
        <source>Draws the lineage of a selection, laid out by Graphviz as the Lineage panel shows it.</source>
        <translation>Zeichnet die Lineage einer Auswahl, von Graphviz so angeordnet, wie das Lineage-Panel sie zeigt.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>trellis lineage: -o FILE is required</source>
        <translation>trellis lineage: -o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>trellis lineage: unknown format &apos;%1&apos;; use dot, svg, png or json</source>
        <translation>trellis lineage: unbekanntes Format &apos;%1&apos;; dot, svg, png oder json verwenden</translation>
    </message>
    <message>
        <source>trellis lineage: %1 needs a file, not standard output</source>
        <translation>trellis lineage: %1 braucht eine Datei, nicht die Standardausgabe</translation>
    </message>
    <message>
        <source>trellis lineage: drawing %1 needs a GUI application</source>
        <translation>trellis lineage: das Zeichnen von %1 braucht eine GUI-Anwendung</translation>
    </message>
    <message>
        <source>trellis lineage: --max-nodes needs a positive number</source>
        <translation>trellis lineage: --max-nodes braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>trellis lineage: &apos;%1&apos; is not a folder</source>
        <translation>trellis lineage: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>trellis lineage: the selection criterion &apos;%1&apos; does not match any node</source>
        <translation>trellis lineage: das Auswahlkriterium &apos;%1&apos; trifft auf keinen Knoten zu</translation>
    </message>
    <message>
        <source>trellis lineage: %1 nodes are more than --max-nodes %2; drawing the projects instead</source>
        <translation>trellis lineage: %1 Knoten sind mehr als --max-nodes %2; stattdessen werden die Projekte gezeichnet</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
    <message>
        <source>Draw the lineage of a selection (dot, svg, png or json)</source>
        <translation>Die Lineage einer Auswahl zeichnen (dot, svg, png oder json)</translation>
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
    <name>Trellis::App::Cli::ScorecardCommand</name>
    <message>
        <source>Scores every public model on the eight characteristics of a data product, and each project on the average of its models.</source>
        <translation>Bewertet jedes öffentliche Modell nach den acht Merkmalen eines Datenprodukts und jedes Projekt nach dem Durchschnitt seiner Modelle.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>trellis scorecard: unknown format &apos;%1&apos;; use text or json</source>
        <translation>trellis scorecard: unbekanntes Format &apos;%1&apos;; text oder json verwenden</translation>
    </message>
    <message>
        <source>trellis scorecard: &apos;%1&apos; is not a folder</source>
        <translation>trellis scorecard: &apos;%1&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>project %1: average %2/8 (public models: %3)</source>
        <translation>Projekt %1: Durchschnitt %2/8 (öffentliche Modelle: %3)</translation>
    </message>
    <message>
        <source>No public models.</source>
        <translation>Keine öffentlichen Modelle.</translation>
    </message>
    <message>
        <source>Score public models as data products</source>
        <translation>Öffentliche Modelle als Datenprodukte bewerten</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::ShowCommand</name>
    <message>
        <source>Previews a model&apos;s rows: builds what it reads (reusing what is up to date) and runs its compiled SQL without building it, as dbt show does.</source>
        <translation>Zeigt eine Vorschau der Zeilen eines Modells: erzeugt, was es liest (und verwendet Aktuelles wieder), und führt sein kompiliertes SQL aus, ohne das Modell selbst zu erzeugen, wie dbt show.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>At most this many rows (default 500).</source>
        <translation>Höchstens so viele Zeilen (Standard 500).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>trellis show: --limit takes a number of rows, not &apos;%1&apos;</source>
        <translation>trellis show: --limit erwartet eine Zeilenanzahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>trellis show: unknown format &apos;%1&apos;; use table, csv or json</source>
        <translation>trellis show: unbekanntes Format &apos;%1&apos;; table, csv oder json verwenden</translation>
    </message>
    <message>
        <source>trellis show: --select must name exactly one model (it names %1 nodes)</source>
        <translation>trellis show: --select muss genau ein Modell angeben (es gibt %1 Knoten an)</translation>
    </message>
    <message>
        <source>trellis show: the inputs of %1 could not be built</source>
        <translation>trellis show: die Eingaben von %1 konnten nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Previewing node &apos;%1&apos;:</source>
        <translation>Vorschau von Knoten &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Preview a model&apos;s rows from the workspace (as dbt show)</source>
        <translation>Vorschau der Zeilen eines Modells aus dem Arbeitsbereich (wie dbt show)</translation>
    </message>
</context>
<context>
    <name>Trellis::App::Cli::TestCommand</name>
    <message>
        <source>Runs data tests against the relations already built in the workspace database, as dbt test does.</source>
        <translation>Führt Data-Tests gegen die bereits in der Datenbank des Arbeitsbereichs erzeugten Relationen aus, wie dbt test.</translation>
    </message>
    <message>
        <source>Workspace folder.</source>
        <translation>Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Run data tests against the workspace database (as dbt test)</source>
        <translation>Data-Tests gegen die Datenbank des Arbeitsbereichs ausführen (wie dbt test)</translation>
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
        <translation>Sandbo&amp;x-Mesh öffnen</translation>
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
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Go to File or Node…</source>
        <translation>&amp;Gehe zu Datei oder Knoten…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Split Editor</source>
        <translation>Editor &amp;teilen</translation>
    </message>
    <message>
        <source>Go to a file or node of any project</source>
        <translation>Zu einer Datei oder einem Knoten eines beliebigen Projekts springen</translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation>Einen Befehl ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Trellis did not close properly last time. Unsaved changes to %n file(s) can be restored: %1.</source>
        <translation>
            <numerusform>Trellis wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %n Datei können wiederhergestellt werden: %1.</numerusform>
            <numerusform>Trellis wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %n Dateien können wiederhergestellt werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Node Details</source>
        <translation>Knotendetails</translation>
    </message>
</context>
<context>
    <name>Trellis::App::RecentWorkspaces</name>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Trellis::App::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schriftart:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Rows shown by a preview:</source>
        <translation>&amp;Zeilen in einer Vorschau:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Another action uses this shortcut too.</source>
        <translation>Eine andere Aktion verwendet dieses Tastenkürzel ebenfalls.</translation>
    </message>
</context>
<context>
    <name>Trellis::App::StatusIndicators</name>
    <message>
        <source>The project of the current file</source>
        <translation>Das Projekt der aktuellen Datei</translation>
    </message>
    <message>
        <source>The dbt node the current file defines</source>
        <translation>Der dbt-Knoten, den die aktuelle Datei definiert</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Parsing…</source>
        <translation>Wird geparst…</translation>
    </message>
    <message>
        <source>Models: %1 · Problems: %2 · Parsed in %3 ms</source>
        <translation>Modelle: %1 · Probleme: %2 · Geparst in %3 ms</translation>
    </message>
</context>
<context>
    <name>Trellis::App::WorkspaceRunPanels</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Compiled SQL</source>
        <translation>Kompiliertes SQL</translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation>Wird erzeugt: %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Preview the model&apos;s rows, the selected SQL, or the CTE under the caret</source>
        <translation>Vorschau der Zeilen des Modells, des ausgewählten SQL oder der CTE unter dem Cursor</translation>
    </message>
    <message>
        <source>&amp;Build &amp;&amp; Test Current Model</source>
        <translation>Aktuelles Modell &amp;erzeugen &amp;&amp; testen</translation>
    </message>
    <message>
        <source>Build &amp;&amp; Test &amp;Everything</source>
        <translation>&amp;Alles erzeugen &amp;&amp; testen</translation>
    </message>
    <message>
        <source>Show &amp;Compiled SQL</source>
        <translation>&amp;Kompiliertes SQL anzeigen</translation>
    </message>
    <message>
        <source>Show Pre&amp;view</source>
        <translation>Vorschau anzei&amp;gen</translation>
    </message>
    <message>
        <source>Open a model to see its compiled SQL.</source>
        <translation>Öffnen Sie ein Modell, um sein kompiliertes SQL zu sehen.</translation>
    </message>
    <message>
        <source>Preview needs a model, snapshot or analysis open in the editor</source>
        <translation>Die Vorschau braucht ein im Editor geöffnetes Modell, einen Snapshot oder eine Analyse</translation>
    </message>
    <message>
        <source>%1 (selection)</source>
        <translation>%1 (Auswahl)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>The current file is not a model.</source>
        <translation>Die aktuelle Datei ist kein Modell.</translation>
    </message>
    <message>
        <source>The workspace is still being read.</source>
        <translation>Der Arbeitsbereich wird noch gelesen.</translation>
    </message>
    <message>
        <source>Build &amp;&amp; Test needs a model, snapshot or seed open in the editor</source>
        <translation>Erzeugen &amp;&amp; Testen braucht ein im Editor geöffnetes Modell, einen Snapshot oder einen Seed</translation>
    </message>
    <message numerus="yes">
        <source>Building %n node(s)…</source>
        <translation>
            <numerusform>%n Knoten wird erzeugt…</numerusform>
            <numerusform>%n Knoten werden erzeugt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was built: the workspace is not read yet</source>
        <translation>Nichts erzeugt: der Arbeitsbereich ist noch nicht gelesen</translation>
    </message>
    <message>
        <source>Build &amp;&amp; Test: %1 nodes, %2 failed, %3 warned</source>
        <translation>Erzeugen &amp;&amp; Testen: %1 Knoten, %2 fehlgeschlagen, %3 mit Warnung</translation>
    </message>
</context>
<context>
    <name>Trellis::App::WorkspaceRunner</name>
    <message>
        <source>there is no node %1 in the workspace</source>
        <translation>es gibt keinen Knoten %1 im Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>Building %n upstream node(s)…</source>
        <translation>
            <numerusform>%n Upstream-Knoten wird erzeugt…</numerusform>
            <numerusform>%n Upstream-Knoten werden erzeugt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Building upstream nodes: %1 of %2 (%3)…</source>
        <translation>Upstream-Knoten werden erzeugt: %1 von %2 (%3)…</translation>
    </message>
    <message>
        <source>%1, which this node reads, could not be built: %2</source>
        <translation>%1, das dieser Knoten liest, konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>Compiling…</source>
        <translation>Wird kompiliert…</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>the workspace database is not open</source>
        <translation>die Datenbank des Arbeitsbereichs ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Trellis::Core</name>
    <message>
        <source>package &apos;%1&apos; is not installed in %2/; run &apos;dbt deps&apos; to resolve its macros and models</source>
        <translation>Paket &apos;%1&apos; ist nicht in %2/ installiert; &apos;dbt deps&apos; ausführen, um seine Macros und Modelle aufzulösen</translation>
    </message>
    <message>
        <source>the manifest of &apos;%1&apos; is of type &apos;%2&apos;, which needs a network connection; Trellis reads &apos;type: file&apos; manifests only</source>
        <translation>das Manifest von &apos;%1&apos; hat den Typ &apos;%2&apos;, der eine Netzwerkverbindung braucht; Trellis liest nur Manifeste mit &apos;type: file&apos;</translation>
    </message>
    <message>
        <source>upstream project &apos;%1&apos; cannot be read from %2: %3</source>
        <translation>Upstream-Projekt &apos;%1&apos; kann nicht aus %2 gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::AccessRules</name>
    <message>
        <source>Node %1 attempted to reference node %2, which is not allowed because the referenced node is %3 to the &apos;%4&apos; %5.</source>
        <translation>Knoten %1 hat versucht, Knoten %2 zu referenzieren; das ist nicht erlaubt, weil der referenzierte Knoten für %5 &apos;%4&apos; %3 ist.</translation>
    </message>
    <message>
        <source>Only public models can be referenced from another project.</source>
        <translation>Nur öffentliche Modelle können aus einem anderen Projekt referenziert werden.</translation>
    </message>
    <message>
        <source>An exposure has no group, so it can only reference private models that have none; reference a public model instead, or make &apos;%1&apos; protected.</source>
        <translation>Eine Exposure hat keine Gruppe und kann daher nur private Modelle ohne Gruppe referenzieren; stattdessen ein öffentliches Modell referenzieren oder &apos;%1&apos; auf protected setzen.</translation>
    </message>
    <message>
        <source>Reference a public model instead, or add &apos;%1&apos; to the &apos;%2&apos; group.</source>
        <translation>Stattdessen ein öffentliches Modell referenzieren oder &apos;%1&apos; zur Gruppe &apos;%2&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>Reference a public model instead, or make &apos;%1&apos; public or part of the &apos;%2&apos; group.</source>
        <translation>Stattdessen ein öffentliches Modell referenzieren oder &apos;%1&apos; auf public setzen bzw. zur Gruppe &apos;%2&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared private here</source>
        <translation>&apos;%1&apos; ist hier als private deklariert</translation>
    </message>
    <message>
        <source>Only public models can be referenced from another project; set &apos;access: public&apos; on &apos;%1&apos; or reference one of its public models.</source>
        <translation>Nur öffentliche Modelle können aus einem anderen Projekt referenziert werden; &apos;access: public&apos; für &apos;%1&apos; setzen oder eines seiner öffentlichen Modelle referenzieren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared here</source>
        <translation>&apos;%1&apos; ist hier deklariert</translation>
    </message>
    <message>
        <source>Node %1 has an invalid value (%2) for the access field; use private, protected or public.</source>
        <translation>Knoten %1 hat einen ungültigen Wert (%2) im Feld access; private, protected oder public verwenden.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is private but belongs to no group, so no other node may reference it; add it to a group or make it protected.</source>
        <translation>Modell &apos;%1&apos; ist private, gehört aber zu keiner Gruppe, daher darf kein anderer Knoten es referenzieren; es einer Gruppe hinzufügen oder auf protected setzen.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::AmbiguousRefRule</name>
    <message>
        <source>ref(&apos;%1&apos;) in %2 is ambiguous: &apos;%1&apos; exists in %3, and resolves to %4 only because of the search order; write ref(&apos;%5&apos;, &apos;%1&apos;) to say which one is meant.</source>
        <translation>ref(&apos;%1&apos;) in %2 ist mehrdeutig: &apos;%1&apos; existiert in %3 und wird nur wegen der Suchreihenfolge zu %4 aufgelöst; ref(&apos;%5&apos;, &apos;%1&apos;) schreiben, um anzugeben, welches gemeint ist.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::BreakingChangeRules</name>
    <message>
        <source>Breaking Change to Contract for model &apos;%1&apos;: While comparing to previous project state, dbt detected a breaking change to an enforced contract.
  - %2
Consider making an additive (non-breaking) change instead, if possible.
Otherwise, create a new model version: https://docs.getdbt.com/docs/collaborate/govern/model-versions</source>
        <translation>Breaking Change am Contract von Modell &apos;%1&apos;: Beim Vergleich mit dem vorherigen Projektzustand hat dbt einen Breaking Change an einem erzwungenen Contract festgestellt.
  - %2
Wenn möglich, stattdessen eine additive (nicht brechende) Änderung vornehmen.
Andernfalls eine neue Modellversion anlegen: https://docs.getdbt.com/docs/collaborate/govern/model-versions</translation>
    </message>
    <message>
        <source>Contract enforcement was removed: Previously, this model had an enforced contract. It is no longer configured to enforce its contract, and this is a breaking change.</source>
        <translation>Contract-Erzwingung wurde entfernt: Bisher hatte dieses Modell einen erzwungenen Contract. Es ist nicht mehr so konfiguriert, dass es seinen Contract erzwingt, und das ist ein Breaking Change.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; constraint on column %2</source>
        <translation>Constraint &apos;%1&apos; auf Spalte %2</translation>
    </message>
    <message>
        <source>Columns were removed: %1</source>
        <translation>Spalten wurden entfernt: %1</translation>
    </message>
    <message>
        <source>Columns with data_type changes: %1</source>
        <translation>Spalten mit geändertem data_type: %1</translation>
    </message>
    <message>
        <source>Enforced column level constraints were removed: %1</source>
        <translation>Erzwungene Constraints auf Spaltenebene wurden entfernt: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; constraint</source>
        <translation>Constraint &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enforced model level constraints were removed: %1</source>
        <translation>Erzwungene Constraints auf Modellebene wurden entfernt: %1</translation>
    </message>
    <message>
        <source>Materialization changed with enforced constraints: %1</source>
        <translation>Materialisierung bei erzwungenen Constraints geändert: %1</translation>
    </message>
    <message>
        <source>Breaking change to contracted, unversioned model %1 (%2)
While comparing to previous project state, dbt detected a breaking change to an unversioned model.
  - %3</source>
        <translation>Breaking Change an Modell %1 (%2) mit Contract und ohne Version
Beim Vergleich mit dem vorherigen Projektzustand hat dbt einen Breaking Change an einem unversionierten Modell festgestellt.
  - %3</translation>
    </message>
    <message>
        <source>Contracted model &apos;%1&apos; was disabled.</source>
        <translation>Modell &apos;%1&apos; mit Contract wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Contracted model &apos;%1&apos; was deleted or renamed.</source>
        <translation>Modell &apos;%1&apos; mit Contract wurde gelöscht oder umbenannt.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::BuildRunner</name>
    <message>
        <source>the CSV file &apos;%1&apos; named by %2 cannot be read</source>
        <translation>die von %2 angegebene CSV-Datei &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>loaded %1 rows from %2</source>
        <translation>%1 Zeilen aus %2 geladen</translation>
    </message>
    <message>
        <source>the source %1 has no data: no seed is named &apos;%2&apos;, no CSV is named by meta.%3, and it declares no columns to create it empty from</source>
        <translation>die Source %1 hat keine Daten: kein Seed heißt &apos;%2&apos;, meta.%3 nennt keine CSV-Datei, und sie deklariert keine Spalten, aus denen sie leer angelegt werden könnte</translation>
    </message>
    <message>
        <source>created empty from its declared columns: no seed or CSV provides its rows (name a CSV with meta.%1)</source>
        <translation>leer aus den deklarierten Spalten angelegt: weder ein Seed noch eine CSV-Datei liefert ihre Zeilen (eine CSV-Datei mit meta.%1 angeben)</translation>
    </message>
    <message>
        <source> (line %1 of the compiled SQL)</source>
        <translation> (Zeile %1 des kompilierten SQL)</translation>
    </message>
    <message>
        <source> (model line: %1:%2)</source>
        <translation> (Modellzeile: %1:%2)</translation>
    </message>
    <message>
        <source>the seed file cannot be read</source>
        <translation>die Seed-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>skipped because %1 failed</source>
        <translation>übersprungen, weil %1 fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>there is no node %1</source>
        <translation>es gibt keinen Knoten %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::ConstrainedTable</name>
    <message>
        <source>not_null on %1</source>
        <translation>not_null auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>check %1</translation>
    </message>
    <message>
        <source>foreign_key %1 → %2</source>
        <translation>foreign_key %1 → %2</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::ContractCheck</name>
    <message>
        <source>This model has an enforced contract that failed.
Please ensure the name, data_type, and number of columns in your contract match the columns in your model&apos;s definition.

</source>
        <translation>Dieses Modell hat einen erzwungenen Contract, der nicht erfüllt wurde.
Bitte sicherstellen, dass Name, data_type und Anzahl der Spalten im Contract mit den Spalten in der Definition des Modells übereinstimmen.

</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::CteQuery</name>
    <message>
        <source>the compiled SQL has no CTE named %1</source>
        <translation>das kompilierte SQL hat keine CTE namens %1</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::DataTestRunner</name>
    <message>
        <source>the test query gave no result</source>
        <translation>die Testabfrage lieferte kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::Materializer</name>
    <message>
        <source>the materialization &apos;%1&apos; is not one Trellis can build (view, table, incremental, ephemeral, snapshot)</source>
        <translation>die Materialisierung &apos;%1&apos; kann Trellis nicht erzeugen (view, table, incremental, ephemeral, snapshot)</translation>
    </message>
    <message>
        <source>the model&apos;s columns do not match its enforced contract</source>
        <translation>die Spalten des Modells passen nicht zu seinem erzwungenen Contract</translation>
    </message>
    <message>
        <source>built as a table: SQLite views cannot read relations in other schemas</source>
        <translation>als Tabelle erzeugt: SQLite-Views können keine Relationen in anderen Schemas lesen</translation>
    </message>
    <message>
        <source>the table for the contract cannot be created: %1</source>
        <translation>die Tabelle für den Contract kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>rows that break the constraint %1:</source>
        <translation>Zeilen, die den Constraint %1 verletzen:</translation>
    </message>
    <message>
        <source>the constraint %1 cannot be checked: %2</source>
        <translation>der Constraint %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>FOREIGN KEY constraint failed: %1</source>
        <translation>Constraint FOREIGN KEY verletzt: %1</translation>
    </message>
    <message>
        <source>a snapshot needs unique_key, and updated_at for the timestamp strategy</source>
        <translation>ein Snapshot braucht unique_key und für die timestamp-Strategie zusätzlich updated_at</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::NodeCompiler</name>
    <message>
        <source>%1 depends on a node named &apos;%2&apos; which was not found</source>
        <translation>%1 hängt von einem Knoten namens &apos;%2&apos; ab, der nicht gefunden wurde</translation>
    </message>
    <message>
        <source>%1 depends on a source named &apos;%2.%3&apos; which was not found</source>
        <translation>%1 hängt von einer Source namens &apos;%2.%3&apos; ab, die nicht gefunden wurde</translation>
    </message>
    <message>
        <source>ephemeral model %1 refers to itself through other ephemeral models</source>
        <translation>ephemeral-Modell %1 verweist über andere ephemeral-Modelle auf sich selbst</translation>
    </message>
    <message>
        <source>the node %1 that this test tests is not in the workspace</source>
        <translation>der von diesem Test geprüfte Knoten %1 ist nicht im Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Build::OutcomeDiagnostics</name>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message numerus="yes">
        <source>data test %1 failed: %n failing row(s)</source>
        <translation>
            <numerusform>Data-Test %1 fehlgeschlagen: %n fehlerhafte Zeile</numerusform>
            <numerusform>Data-Test %1 fehlgeschlagen: %n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data test %1 warned: %n failing row(s)</source>
        <translation>
            <numerusform>Data-Test %1 mit Warnung: %n fehlerhafte Zeile</numerusform>
            <numerusform>Data-Test %1 mit Warnung: %n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (declared at %2)</source>
        <translation>%1 (deklariert in %2)</translation>
    </message>
    <message>
        <source>contract of %1: column %2: %3</source>
        <translation>Contract von %1: Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>the model&apos;s columns do not match its enforced contract (%n column(s) differ; see %1)</source>
        <translation>
            <numerusform>die Spalten des Modells passen nicht zu seinem erzwungenen Contract (%n Spalte weicht ab; siehe %1)</numerusform>
            <numerusform>die Spalten des Modells passen nicht zu seinem erzwungenen Contract (%n Spalten weichen ab; siehe %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be built</source>
        <translation>%1 konnte nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ChainedViewsRule</name>
    <message>
        <source>Model &apos;%1&apos; is built on a chain of %2 views and ephemeral models: %3 (dbt-project-evaluator: fct_chained_views_dependencies, threshold %4); materialize one of them as a table or incremental model.</source>
        <translation>Modell &apos;%1&apos; baut auf einer Kette von %2 Views und ephemeral-Modellen auf: %3 (dbt-project-evaluator: fct_chained_views_dependencies, Schwelle %4); materialisieren Sie eines davon als Tabelle oder inkrementelles Modell.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ContractRules</name>
    <message>
        <source>Model &apos;%1&apos; is ephemeral, and an ephemeral model cannot have an enforced contract: it is never built as a relation. Materialize it as a table, view or incremental model, or remove the contract.</source>
        <translation>Modell &apos;%1&apos; ist ephemeral, und ein ephemeral-Modell kann keinen erzwungenen Contract haben: es wird nie als Relation erzeugt. Es als table, view oder incremental materialisieren oder den Contract entfernen.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is a Python model, and dbt enforces contracts on SQL models only; remove the contract or write the model in SQL.</source>
        <translation>Modell &apos;%1&apos; ist ein Python-Modell, und dbt erzwingt Contracts nur für SQL-Modelle; den Contract entfernen oder das Modell in SQL schreiben.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; has an enforced contract but declares no columns; list every column with its name and data_type under &apos;columns:&apos;.</source>
        <translation>Modell &apos;%1&apos; hat einen erzwungenen Contract, deklariert aber keine Spalten; jede Spalte mit name und data_type unter &apos;columns:&apos; aufführen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no data_type</source>
        <translation>&apos;%1&apos; hat keinen data_type</translation>
    </message>
    <message>
        <source>Contracted models require data_type to be defined for each column.  Please ensure that the column name and data_type are defined within the YAML configuration for the %1 column(s).</source>
        <translation>Modelle mit Contract erfordern für jede Spalte einen definierten data_type.  Bitte sicherstellen, dass Spaltenname und data_type in der YAML-Konfiguration für die Spalte(n) %1 definiert sind.</translation>
    </message>
    <message>
        <source>Constraint types are not supported for %1 materializations and will be ignored.  Set &apos;warn_unsupported: false&apos; on this constraint to ignore this warning.</source>
        <translation>Constraint-Typen werden für %1-Materialisierungen nicht unterstützt und ignoriert.  &apos;warn_unsupported: false&apos; für diesen Constraint setzen, um diese Warnung zu unterdrücken.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DagGovernanceRules</name>
    <message>
        <source>Model &apos;%1&apos; has no parents (dbt-project-evaluator: fct_root_models); read its data through source() or ref() so lineage and freshness reach it.</source>
        <translation>Modell &apos;%1&apos; hat keine Eltern (dbt-project-evaluator: fct_root_models); seine Daten über source() oder ref() lesen, damit Lineage und Freshness es erreichen.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; joins source &apos;%2.%3&apos; directly next to other models (dbt-project-evaluator: fct_direct_join_to_source); read the source through its staging model instead.</source>
        <translation>Modell &apos;%1&apos; joint Source &apos;%2.%3&apos; direkt neben anderen Modellen (dbt-project-evaluator: fct_direct_join_to_source); die Source stattdessen über ihr Staging-Modell lesen.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is an intermediate or marts model but reads source &apos;%2.%3&apos; (dbt-project-evaluator: fct_marts_or_intermediate_dependent_on_source); only staging models should read sources.</source>
        <translation>Modell &apos;%1&apos; ist ein Intermediate- oder Marts-Modell, liest aber Source &apos;%2.%3&apos; (dbt-project-evaluator: fct_marts_or_intermediate_dependent_on_source); nur Staging-Modelle sollten Sources lesen.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; joins %2 sources (dbt-project-evaluator: fct_multiple_sources_joined); give each source its own staging model and join those.</source>
        <translation>Modell &apos;%1&apos; joint %2 Sources (dbt-project-evaluator: fct_multiple_sources_joined); jeder Source ein eigenes Staging-Modell geben und diese joinen.</translation>
    </message>
    <message>
        <source>Staging model &apos;%1&apos; depends on staging model &apos;%2&apos; (dbt-project-evaluator: fct_staging_dependent_on_staging); staging models should each read one source, and joins belong in intermediate models.</source>
        <translation>Staging-Modell &apos;%1&apos; hängt von Staging-Modell &apos;%2&apos; ab (dbt-project-evaluator: fct_staging_dependent_on_staging); Staging-Modelle sollten jeweils eine Source lesen, und Joins gehören in Intermediate-Modelle.</translation>
    </message>
    <message>
        <source>Staging model &apos;%1&apos; depends on &apos;%2&apos;, a model further downstream (dbt-project-evaluator: fct_staging_dependent_on_marts_or_intermediate); move it to the layer it belongs to.</source>
        <translation>Staging-Modell &apos;%1&apos; hängt von &apos;%2&apos; ab, einem weiter downstream liegenden Modell (dbt-project-evaluator: fct_staging_dependent_on_marts_or_intermediate); es in die Schicht verschieben, zu der es gehört.</translation>
    </message>
    <message>
        <source>Source &apos;%1.%2&apos; is declared but nothing reads it (dbt-project-evaluator: fct_unused_sources); remove it, or build its staging model.</source>
        <translation>Source &apos;%1.%2&apos; ist deklariert, aber nichts liest sie (dbt-project-evaluator: fct_unused_sources); sie entfernen oder ihr Staging-Modell anlegen.</translation>
    </message>
    <message>
        <source>Source &apos;%1.%2&apos; is read by %3 nodes (dbt-project-evaluator: fct_source_fanout); let one staging model read it and the others ref() that model.</source>
        <translation>Source &apos;%1.%2&apos; wird von %3 Knoten gelesen (dbt-project-evaluator: fct_source_fanout); ein einziges Staging-Modell sie lesen lassen und die anderen per ref() auf dieses Modell verweisen lassen.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DataProductScorecard</name>
    <message>
        <source>a description</source>
        <translation>eine Beschreibung</translation>
    </message>
    <message>
        <source>an owner (meta.owner, or a group with an owner)</source>
        <translation>ein Owner (meta.owner oder eine Gruppe mit Owner)</translation>
    </message>
    <message>
        <source>latest_version</source>
        <translation>latest_version</translation>
    </message>
    <message>
        <source>an enforced contract</source>
        <translation>ein erzwungener Contract</translation>
    </message>
    <message>
        <source>a description for every column</source>
        <translation>eine Beschreibung für jede Spalte</translation>
    </message>
    <message>
        <source>data tests</source>
        <translation>Data-Tests</translation>
    </message>
    <message>
        <source>freshness on the sources it reads</source>
        <translation>Freshness für die gelesenen Sources</translation>
    </message>
    <message>
        <source>a materialization other than ephemeral</source>
        <translation>eine andere Materialisierung als ephemeral</translation>
    </message>
    <message>
        <source>a name starting with fct_ or dim_</source>
        <translation>ein Name, der mit fct_ oder dim_ beginnt</translation>
    </message>
    <message>
        <source>a consumer: another project&apos;s model or an exposure</source>
        <translation>ein Konsument: ein Modell eines anderen Projekts oder eine Exposure</translation>
    </message>
    <message>
        <source>grants</source>
        <translation>Grants</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Dbt::ProjectFileRenderer</name>
    <message>
        <source>&apos;%1&apos; cannot be rendered: %2</source>
        <translation>&apos;%1&apos; kann nicht gerendert werden: %2</translation>
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
    <message>
        <source>dbt_loom.config.yml needs a &apos;manifests:&apos; list</source>
        <translation>dbt_loom.config.yml braucht eine Liste &apos;manifests:&apos;</translation>
    </message>
    <message>
        <source>a manifest in dbt_loom.config.yml has no &apos;name:&apos;</source>
        <translation>ein Manifest in dbt_loom.config.yml hat kein &apos;name:&apos;</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DeprecatedRefRule</name>
    <message>
        <source>While compiling &apos;%1&apos;: Found a reference to %2.%3%4, which was deprecated on &apos;%5&apos;. </source>
        <translation>Beim Kompilieren von &apos;%1&apos;: Referenz auf %2.%3%4 gefunden, das am &apos;%5&apos; als veraltet markiert wurde. </translation>
    </message>
    <message>
        <source>While compiling &apos;%1&apos;: Found a reference to %2.%3%4, which is slated for deprecation on &apos;%5&apos;. </source>
        <translation>Beim Kompilieren von &apos;%1&apos;: Referenz auf %2.%3%4 gefunden, das am &apos;%5&apos; als veraltet markiert werden soll. </translation>
    </message>
    <message>
        <source>A new version of &apos;%1&apos; is available. Migrate now: {{ ref(&apos;%2&apos;, &apos;%1&apos;, v=&apos;%3&apos;) }}.</source>
        <translation>Eine neue Version von &apos;%1&apos; ist verfügbar. Jetzt migrieren: {{ ref(&apos;%2&apos;, &apos;%1&apos;, v=&apos;%3&apos;) }}.</translation>
    </message>
    <message>
        <source>A new version of &apos;%1&apos; is available. Try it out: {{ ref(&apos;%2&apos;, &apos;%1&apos;, v=&apos;%3&apos;) }}.</source>
        <translation>Eine neue Version von &apos;%1&apos; ist verfügbar. Jetzt ausprobieren: {{ ref(&apos;%2&apos;, &apos;%1&apos;, v=&apos;%3&apos;) }}.</translation>
    </message>
    <message>
        <source>deprecation_date of %1%2</source>
        <translation>deprecation_date von %1%2</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DirectoryRules</name>
    <message>
        <source>Source &apos;%1&apos; is declared outside a folder named after it (dbt-project-evaluator: fct_source_directories); move its declaration to models/staging/%2/.</source>
        <translation>Source &apos;%1&apos; ist außerhalb eines nach ihr benannten Ordners deklariert (dbt-project-evaluator: fct_source_directories); verschieben Sie die Deklaration nach models/staging/%2/.</translation>
    </message>
    <message>
        <source>Staging model &apos;%1&apos; reads source &apos;%2&apos; but is not in a folder named after it (dbt-project-evaluator: fct_model_directories); move it to models/staging/%2/%3.</source>
        <translation>Staging-Modell &apos;%1&apos; liest Source &apos;%2&apos;, liegt aber nicht in einem nach ihr benannten Ordner (dbt-project-evaluator: fct_model_directories); verschieben Sie es nach models/staging/%2/%3.</translation>
    </message>
    <message>
        <source>Model &apos;%1&apos; is named for the %2 layer but sits in the %3 folder (dbt-project-evaluator: fct_model_directories); move it, or rename it with a prefix of its folder (%4).</source>
        <translation>Modell &apos;%1&apos; ist nach der Schicht %2 benannt, liegt aber im Ordner %3 (dbt-project-evaluator: fct_model_directories); verschieben Sie es oder benennen Sie es mit dem Präfix seines Ordners um (%4).</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DocReferences</name>
    <message>
        <source>doc() takes a doc block&apos;s name, and optionally its package first</source>
        <translation>doc() erwartet den Namen eines Doc-Blocks, optional mit seinem Paket davor</translation>
    </message>
    <message>
        <source>the description of %1 uses doc(&apos;%2&apos;), which names no doc block; write it in a .md file as {% docs %2 %}…{% enddocs %}</source>
        <translation>die Beschreibung von %1 verwendet doc(&apos;%2&apos;), das keinen Doc-Block benennt; schreiben Sie ihn in einer .md-Datei als {% docs %2 %}…{% enddocs %}</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DocumentationCoverageRule</name>
    <message>
        <source>Project &apos;%1&apos; has descriptions on %2 of %3 models (%4%), below the target of %5% (dbt-project-evaluator: fct_documentation_coverage); describe %6.</source>
        <translation>Projekt &apos;%1&apos; hat Beschreibungen für %2 von %3 Modellen (%4%), unter dem Ziel von %5% (dbt-project-evaluator: fct_documentation_coverage); beschreiben Sie %6.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DocumentationRules</name>
    <message>
        <source>Model &apos;%1&apos; has no description (dbt-project-evaluator: fct_undocumented_models); say what a row is in its property file.</source>
        <translation>Modell &apos;%1&apos; hat keine Beschreibung (dbt-project-evaluator: fct_undocumented_models); beschreiben Sie in seiner Property-Datei, was eine Zeile ist.</translation>
    </message>
    <message>
        <source>Source table &apos;%1&apos; has no description (dbt-project-evaluator: fct_undocumented_source_tables); say what it holds and where it comes from.</source>
        <translation>Source-Tabelle &apos;%1&apos; hat keine Beschreibung (dbt-project-evaluator: fct_undocumented_source_tables); beschreiben Sie, was sie enthält und woher sie kommt.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DuplicateNameRule</name>
    <message>
        <source>dbt found two %1 with the name &quot;%2&quot;. Since these resources have the same name, dbt will be unable to find the correct resource when looking for ref(&quot;%2&quot;). To fix this, change the name of one of these resources: %3.</source>
        <translation>dbt hat zwei %1 mit dem Namen &quot;%2&quot; gefunden. Da diese Ressourcen denselben Namen haben, kann dbt bei der Suche nach ref(&quot;%2&quot;) nicht die richtige Ressource finden. Zur Behebung den Namen einer dieser Ressourcen ändern: %3.</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>the other &apos;%1&apos;</source>
        <translation>der andere Eintrag &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::DuplicateSourceRule</name>
    <message>
        <source>Source &apos;%1&apos; points at %2, as source &apos;%3&apos; does (dbt-project-evaluator: fct_duplicate_sources); keep one source for each relation.</source>
        <translation>Source &apos;%1&apos; verweist auf %2, wie auch Source &apos;%3&apos; (dbt-project-evaluator: fct_duplicate_sources); behalten Sie eine Source pro Relation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared here</source>
        <translation>&apos;%1&apos; ist hier deklariert</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ExposureMaterializationRule</name>
    <message>
        <source>Exposure &apos;%1&apos; reads source &apos;%2&apos; (dbt-project-evaluator: fct_exposure_parents_materializations); expose a model built on it, materialized as a table or incremental model.</source>
        <translation>Exposure &apos;%1&apos; liest die Quelle &apos;%2&apos; (dbt-project-evaluator: fct_exposure_parents_materializations); stellen Sie ein darauf aufbauendes Modell bereit, materialisiert als Tabelle oder inkrementelles Modell.</translation>
    </message>
    <message>
        <source>Exposure &apos;%1&apos; reads &apos;%2&apos;, materialized as %3 (dbt-project-evaluator: fct_exposure_parents_materializations); materialize it as a table or incremental model, so what the exposure queries is computed once.</source>
        <translation>Exposure &apos;%1&apos; liest &apos;%2&apos;, materialisiert als %3 (dbt-project-evaluator: fct_exposure_parents_materializations); materialisieren Sie es als Tabelle oder inkrementelles Modell, damit das, was die Exposure abfragt, einmal berechnet wird.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ExposureParentsRule</name>
    <message>
        <source>Exposure &apos;%1&apos; depends on &apos;%2&apos;, a %3 model (dbt-project-evaluator: fct_exposures_dependent_on_private_models); make it public, with a contract, or expose a public model instead.</source>
        <translation>Exposure &apos;%1&apos; hängt von &apos;%2&apos; ab, einem %3-Modell (dbt-project-evaluator: fct_exposures_dependent_on_private_models); machen Sie es öffentlich, mit Contract, oder stellen Sie stattdessen ein öffentliches Modell bereit.</translation>
    </message>
    <message>
        <source>Exposure &apos;%1&apos; depends on %2 &apos;%3&apos;, which is not a public model (dbt-project-evaluator: fct_exposures_dependent_on_private_models); expose a public model built on it instead.</source>
        <translation>Exposure &apos;%1&apos; hängt von %2 &apos;%3&apos; ab, das kein öffentliches Modell ist (dbt-project-evaluator: fct_exposures_dependent_on_private_models); stellen Sie stattdessen ein darauf aufbauendes öffentliches Modell bereit.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::FindingsFormat</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings and %3 infos in %4 files.</source>
        <translation>%1 Fehler, %2 Warnungen und %3 Hinweise in %4 Dateien.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::GovernanceRules</name>
    <message>
        <source>Public model &apos;%1&apos; has no enforced contract, so its consumers in other projects have no guarantee of its columns and types; add &apos;contract: {enforced: true}&apos; and declare each column&apos;s data_type.</source>
        <translation>Öffentliches Modell &apos;%1&apos; hat keinen erzwungenen Contract, daher haben seine Konsumenten in anderen Projekten keine Garantie für seine Spalten und Typen; &apos;contract: {enforced: true}&apos; hinzufügen und für jede Spalte den data_type deklarieren.</translation>
    </message>
    <message>
        <source>Public model &apos;%1&apos; has no description; describe what a row is and who owns it, for the teams that build on it.</source>
        <translation>Öffentliches Modell &apos;%1&apos; hat keine Beschreibung; für die Teams, die darauf aufbauen, beschreiben, was eine Zeile ist und wem das Modell gehört.</translation>
    </message>
    <message>
        <source>Public model &apos;%1&apos; has undocumented columns: %2; describe them for the teams that build on it.</source>
        <translation>Öffentliches Modell &apos;%1&apos; hat undokumentierte Spalten: %2; sie für die Teams beschreiben, die darauf aufbauen.</translation>
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
    <name>Trellis::Core::GroupRules</name>
    <message>
        <source>Invalid group &apos;%1&apos;, expected one of [%2]; define it under &apos;groups:&apos; in a property file of project &apos;%3&apos;.</source>
        <translation>Ungültige Gruppe &apos;%1&apos;, erwartet wird eine von [%2]; sie unter &apos;groups:&apos; in einer Property-Datei von Projekt &apos;%3&apos; definieren.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::GuardedSql</name>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation>nach dem Zeitlimit von %1 s abgebrochen</translation>
    </message>
    <message>
        <source>there is no query to run</source>
        <translation>es gibt keine Abfrage zum Ausführen</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::HardCodedReferenceRule</name>
    <message>
        <source>Model &apos;%1&apos; reads &apos;%2&apos; by name (dbt-project-evaluator: fct_hard_coded_references); use ref() for a model or source() for raw data, so dbt knows the dependency.</source>
        <translation>Modell &apos;%1&apos; liest &apos;%2&apos; über den Namen (dbt-project-evaluator: fct_hard_coded_references); verwenden Sie ref() für ein Modell oder source() für Rohdaten, damit dbt die Abhängigkeit kennt.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Ide::NodeSummary</name>
    <message>
        <source>v%1 (latest of %2)</source>
        <translation>v%1 (neueste von %2)</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>v%1 von %2</translation>
    </message>
    <message>
        <source>contract enforced</source>
        <translation>Contract erzwungen</translation>
    </message>
    <message>
        <source>deprecated %1</source>
        <translation>veraltet ab %1</translation>
    </message>
    <message>
        <source>source table</source>
        <translation>Source-Tabelle</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (Owner: %2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more column(s)</source>
        <translation>
            <numerusform>… und %n weitere Spalte</numerusform>
            <numerusform>… und %n weitere Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>enforced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>not enforced</source>
        <translation>nicht erzwungen</translation>
    </message>
    <message>
        <source>Materialized</source>
        <translation>Materialisierung</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>%1 (deprecated %2)</source>
        <translation>%1 (veraltet ab %2)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Deprecation date</source>
        <translation>Deprecation-Datum</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Loader</source>
        <translation>Loader</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Ide::SqlCompletion</name>
    <message>
        <source>upstream project</source>
        <translation>Upstream-Projekt</translation>
    </message>
    <message>
        <source>source of %1</source>
        <translation>Source von %1</translation>
    </message>
    <message>
        <source>macro · %1</source>
        <translation>Macro · %1</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>dbt</source>
        <translation>dbt</translation>
    </message>
    <message>
        <source>dbt macro</source>
        <translation>dbt-Macro</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::Ide::YamlCompletion</name>
    <message>
        <source>dbt property</source>
        <translation>dbt-Property</translation>
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
    <name>Trellis::Core::LineageNodeFacts</name>
    <message>
        <source>contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>v%1 von %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 · latest</source>
        <translation>%1 · neueste</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::LiveMesh</name>
    <message>
        <source>%1 (the rules run with their defaults until it is fixed)</source>
        <translation>%1 (die Regeln laufen mit ihren Standardeinstellungen, bis das behoben ist)</translation>
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
    <name>Trellis::Core::ModelFanoutRule</name>
    <message>
        <source>&apos;%1&apos; has %2 direct leaf children: %3 (dbt-project-evaluator: fct_model_fanout, threshold %4); move the transformation they share upstream, or let the BI tool do the final joins.</source>
        <translation>&apos;%1&apos; hat %2 direkte Blatt-Kinder: %3 (dbt-project-evaluator: fct_model_fanout, Schwelle %4); verlagern Sie die gemeinsame Transformation nach vorn oder überlassen Sie die letzten Joins dem BI-Werkzeug.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::NamingConventionRule</name>
    <message>
        <source>Model &apos;%1&apos; does not follow the naming conventions (dbt-project-evaluator: fct_model_naming_conventions); %2 models start with %3.</source>
        <translation>Modell &apos;%1&apos; folgt nicht den Namenskonventionen (dbt-project-evaluator: fct_model_naming_conventions); %2-Modelle beginnen mit %3.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::NodeCycleRule</name>
    <message>
        <source>Found a cycle: %1. Remove one of these references; a model cannot depend on itself, even through others.</source>
        <translation>Zyklus gefunden: %1. Eine dieser Referenzen entfernen; ein Modell kann nicht von sich selbst abhängen, auch nicht über andere.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; references &apos;%2&apos;</source>
        <translation>&apos;%1&apos; referenziert &apos;%2&apos;</translation>
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
    <name>Trellis::Core::ProjectCoverage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trellis::Core::ProjectCycleRule</name>
    <message>
        <source>Projects depend on each other in a cycle: %1. dbt Mesh does not allow cyclic dependencies between projects; move the shared models into one project, or remove one of these dependencies.</source>
        <translation>Projekte hängen zyklisch voneinander ab: %1. dbt Mesh erlaubt keine zyklischen Abhängigkeiten zwischen Projekten; die gemeinsam genutzten Modelle in ein Projekt verschieben oder eine dieser Abhängigkeiten entfernen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lists &apos;%2&apos; in dependencies.yml</source>
        <translation>&apos;%1&apos; führt &apos;%2&apos; in dependencies.yml auf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; references &apos;%2&apos;</source>
        <translation>&apos;%1&apos; referenziert &apos;%2&apos;</translation>
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
    <message>
        <source>%1 could not be rendered, so its ref(), source() and config() calls were read without Jinja: %2</source>
        <translation>%1 konnte nicht gerendert werden, daher wurden seine ref()-, source()- und config()-Aufrufe ohne Jinja gelesen: %2</translation>
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
    <name>Trellis::Core::RejoiningRule</name>
    <message>
        <source>&apos;%1&apos; reads &apos;%2&apos; directly and through &apos;%3&apos;, which feeds nothing else (dbt-project-evaluator: fct_rejoining_of_upstream_concepts); fold &apos;%3&apos; into &apos;%1&apos; as a CTE, or read &apos;%2&apos; only through &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; liest &apos;%2&apos; direkt und über &apos;%3&apos;, das sonst nichts speist (dbt-project-evaluator: fct_rejoining_of_upstream_concepts); übernehmen Sie &apos;%3&apos; als CTE in &apos;%1&apos; oder lesen Sie &apos;%2&apos; nur über &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read only by &apos;%2&apos;</source>
        <translation>&apos;%1&apos; wird nur von &apos;%2&apos; gelesen</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::RuleSettings</name>
    <message>
        <source>expected a pattern or a list of patterns</source>
        <translation>Muster oder Liste von Mustern erwartet</translation>
    </message>
    <message>
        <source>&apos;rules&apos; maps codes to off, info, warning or error</source>
        <translation>&apos;rules&apos; ordnet Codes off, info, warning oder error zu</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;; use off, info, warning or error</source>
        <translation>unbekannter Schweregrad &apos;%1&apos;; off, info, warning oder error verwenden</translation>
    </message>
    <message>
        <source>&apos;ignore&apos; is a list of entries with a &apos;code&apos;</source>
        <translation>&apos;ignore&apos; ist eine Liste von Einträgen mit &apos;code&apos;</translation>
    </message>
    <message>
        <source>an &apos;ignore&apos; entry needs a &apos;code&apos;</source>
        <translation>ein Eintrag in &apos;ignore&apos; braucht einen &apos;code&apos;</translation>
    </message>
    <message>
        <source>&apos;thresholds&apos; maps dbt-project-evaluator&apos;s variables to numbers</source>
        <translation>&apos;thresholds&apos; ordnet den Variablen von dbt-project-evaluator Zahlen zu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number of at least 0</source>
        <translation>&apos;%1&apos; braucht eine Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>expected &apos;rules:&apos;, &apos;ignore:&apos; and &apos;thresholds:&apos; keys</source>
        <translation>erwartet werden die Schlüssel &apos;rules:&apos;, &apos;ignore:&apos; und &apos;thresholds:&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected &apos;rules&apos;, &apos;ignore&apos; or &apos;thresholds&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; erwartet: &apos;rules&apos;, &apos;ignore&apos; oder &apos;thresholds&apos;</translation>
    </message>
    <message>
        <source>unknown threshold &apos;%1&apos;; expected models_fanout_threshold, too_many_joins_threshold, chained_views_threshold, test_coverage_target or documentation_coverage_target</source>
        <translation>unbekannte Schwelle &apos;%1&apos;; erwartet: models_fanout_threshold, too_many_joins_threshold, chained_views_threshold, test_coverage_target oder documentation_coverage_target</translation>
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
    <name>Trellis::Core::SourceFreshnessRule</name>
    <message>
        <source>Source table &apos;%1&apos; has no freshness check (dbt-project-evaluator: fct_sources_without_freshness); give it or its source a freshness with warn_after or error_after, and a loaded_at_field, so a stalled load shows.</source>
        <translation>Quelltabelle &apos;%1&apos; hat keine Aktualitätsprüfung (dbt-project-evaluator: fct_sources_without_freshness); geben Sie ihr oder ihrer Quelle eine freshness mit warn_after oder error_after und ein loaded_at_field, damit ein steckengebliebener Ladevorgang auffällt.</translation>
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
    <name>Trellis::Core::StateManifest</name>
    <message>
        <source>not a valid manifest.json: %1</source>
        <translation>keine gültige manifest.json: %1</translation>
    </message>
    <message>
        <source>not a manifest.json: it has no &apos;nodes&apos;</source>
        <translation>keine manifest.json: sie hat keine &apos;nodes&apos;</translation>
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
    <name>Trellis::Core::TestDirectoryRule</name>
    <message>
        <source>Test &apos;%1&apos; of model &apos;%2&apos; is declared in %3/, away from the model in %4/ (dbt-project-evaluator: fct_test_directories); move it to a property file next to the model.</source>
        <translation>Test &apos;%1&apos; des Modells &apos;%2&apos; ist in %3/ deklariert, getrennt vom Modell in %4/ (dbt-project-evaluator: fct_test_directories); verschieben Sie ihn in eine Property-Datei neben dem Modell.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::TestingRules</name>
    <message>
        <source>Model &apos;%1&apos; has no primary key tests (dbt-project-evaluator: fct_missing_primary_key_tests); test its grain with unique and not_null on one column, or with dbt_utils.unique_combination_of_columns.</source>
        <translation>Modell &apos;%1&apos; hat keine Primärschlüssel-Tests (dbt-project-evaluator: fct_missing_primary_key_tests); testen Sie seine Granularität mit unique und not_null auf einer Spalte oder mit dbt_utils.unique_combination_of_columns.</translation>
    </message>
    <message>
        <source>Project &apos;%1&apos; has tests on %2 of %3 models (%4%), below the target of %5% (dbt-project-evaluator: fct_test_coverage); add tests to %6.</source>
        <translation>Projekt &apos;%1&apos; hat Tests für %2 von %3 Modellen (%4%), unter dem Ziel von %5% (dbt-project-evaluator: fct_test_coverage); ergänzen Sie Tests für %6.</translation>
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
    <name>Trellis::Core::TooManyJoinsRule</name>
    <message>
        <source>Model &apos;%1&apos; reads %2 models and sources (dbt-project-evaluator: fct_too_many_joins, threshold %3); join some of them in an intermediate model first.</source>
        <translation>Modell &apos;%1&apos; liest %2 Modelle und Sources (dbt-project-evaluator: fct_too_many_joins, Schwelle %3); führen Sie einige davon zuerst in einem Intermediate-Modell zusammen.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::UndocumentedSourceRule</name>
    <message>
        <source>Source &apos;%1&apos; has no description (dbt-project-evaluator: fct_undocumented_sources); say where its tables come from.</source>
        <translation>Source &apos;%1&apos; hat keine Beschreibung (dbt-project-evaluator: fct_undocumented_sources); beschreiben Sie, woher ihre Tabellen kommen.</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::UnlistedProjectRule</name>
    <message>
        <source>%1 in %2 uses project &apos;%3&apos;, which is not listed in dependencies.yml of project &apos;%4&apos;; add it under &apos;projects:&apos; so dbt can resolve the reference.</source>
        <translation>%1 in %2 verwendet Projekt &apos;%3&apos;, das nicht in dependencies.yml von Projekt &apos;%4&apos; aufgeführt ist; es unter &apos;projects:&apos; hinzufügen, damit dbt die Referenz auflösen kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared here</source>
        <translation>&apos;%1&apos; ist hier deklariert</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::UpstreamManifest</name>
    <message>
        <source>cannot open the upstream manifest: %1</source>
        <translation>das Upstream-Manifest kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the upstream manifest is not a JSON object: %1 at byte %2</source>
        <translation>das Upstream-Manifest ist kein JSON-Objekt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the upstream manifest has no models of project &apos;%1&apos;</source>
        <translation>das Upstream-Manifest enthält keine Modelle von Projekt &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Trellis::Core::VersionDeclarationRule</name>
    <message>
        <source>deprecation_date &apos;%1&apos; of model &apos;%2&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>deprecation_date &apos;%1&apos; von Modell &apos;%2&apos; ist kein Datum; es als YYYY-MM-DD schreiben.</translation>
    </message>
    <message>
        <source>Model %1%2 has passed its deprecation date of %3. This model should be disabled or removed.</source>
        <translation>Modell %1%2 hat sein Deprecation-Datum %3 überschritten. Dieses Modell sollte deaktiviert oder entfernt werden.</translation>
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
    <name>Trellis::Widgets::CompiledSqlPanel</name>
    <message>
        <source>Open a model to see its compiled SQL.</source>
        <translation>Öffnen Sie ein Modell, um sein kompiliertes SQL zu sehen.</translation>
    </message>
    <message>
        <source>Does not compile:</source>
        <translation>Kompiliert nicht:</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::CompletionIcons</name>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>ƒ</source>
        <translation>ƒ</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
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
    <message>
        <source>cannot open the file: it does not exist or cannot be read</source>
        <translation>die Datei kann nicht geöffnet werden: sie existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>not saved: the file changed on disk</source>
        <translation>nicht gespeichert: die Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Overwrite those changes with yours?</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert. Diese Änderungen mit Ihren überschreiben?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>The file was deleted from disk. Its text is kept here; save to write it again.</source>
        <translation>Die Datei wurde vom Datenträger gelöscht. Ihr Text bleibt hier erhalten; beim Speichern wird sie erneut geschrieben.</translation>
    </message>
    <message>
        <source>The file changed on disk and can no longer be read as text (%1). The text here is kept.</source>
        <translation>Die Datei wurde auf dem Datenträger geändert und kann nicht mehr als Text gelesen werden (%1). Der Text hier bleibt erhalten.</translation>
    </message>
    <message>
        <source>The file changed on disk, and you have unsaved changes here.</source>
        <translation>Die Datei wurde auf dem Datenträger geändert, und Sie haben hier ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::EditorTab</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Trellis cannot show %1 as text: %2</source>
        <translation>Trellis kann %1 nicht als Text anzeigen: %2</translation>
    </message>
    <message>
        <source>This file is shown read-only.</source>
        <translation>Diese Datei wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>This file is large, so syntax colouring is off.</source>
        <translation>Diese Datei ist groß, daher ist die Syntaxhervorhebung ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Ganzes Wort</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Replace every match</source>
        <translation>Alle Treffer ersetzen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::JinjaSqlLexer</name>
    <message>
        <source>SQL text</source>
        <translation>SQL-Text</translation>
    </message>
    <message>
        <source>SQL keyword</source>
        <translation>SQL-Schlüsselwort</translation>
    </message>
    <message>
        <source>SQL function</source>
        <translation>SQL-Funktion</translation>
    </message>
    <message>
        <source>SQL identifier</source>
        <translation>SQL-Bezeichner</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>SQL string</source>
        <translation>SQL-String</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Bezeichner in Anführungszeichen</translation>
    </message>
    <message>
        <source>SQL comment</source>
        <translation>SQL-Kommentar</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Jinja text</source>
        <translation>Jinja-Text</translation>
    </message>
    <message>
        <source>Jinja delimiter</source>
        <translation>Jinja-Begrenzer</translation>
    </message>
    <message>
        <source>Jinja keyword</source>
        <translation>Jinja-Schlüsselwort</translation>
    </message>
    <message>
        <source>dbt function</source>
        <translation>dbt-Funktion</translation>
    </message>
    <message>
        <source>Jinja name</source>
        <translation>Jinja-Name</translation>
    </message>
    <message>
        <source>Jinja string</source>
        <translation>Jinja-String</translation>
    </message>
    <message>
        <source>Jinja number</source>
        <translation>Jinja-Zahl</translation>
    </message>
    <message>
        <source>Jinja operator</source>
        <translation>Jinja-Operator</translation>
    </message>
    <message>
        <source>Jinja comment</source>
        <translation>Jinja-Kommentar</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineageExporter</name>
    <message>
        <source>dbt lineage exported by Trellis</source>
        <translation>dbt-Lineage, exportiert von Trellis</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>die Datei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the picture is too large for an image</source>
        <translation>die Grafik ist zu groß für ein Bild</translation>
    </message>
    <message>
        <source>the image cannot be saved</source>
        <translation>das Bild kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineageMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineagePalette</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protected</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>incremental</translation>
    </message>
    <message>
        <source>ephemeral</source>
        <translation>ephemeral</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>staging</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediate</translation>
    </message>
    <message>
        <source>marts</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Materialization</source>
        <translation>Materialisierung</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>no tests</source>
        <translation>keine Tests</translation>
    </message>
    <message>
        <source>tested</source>
        <translation>getestet</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>mit Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineagePanel</name>
    <message>
        <source>dbt node selection: +model, model+2, @model, tag:, group:, path:, access:public, config.materialized:, unions (space) and intersections (comma). Empty shows the whole mesh.</source>
        <translation>dbt-Knotenauswahl: +model, model+2, @model, tag:, group:, path:, access:public, config.materialized:, Vereinigungen (Leerzeichen) und Schnittmengen (Komma). Leer zeigt das ganze Mesh.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Aufwärts</translation>
    </message>
    <message>
        <source>How many levels of parents to show</source>
        <translation>Wie viele Ebenen von Eltern angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>A&amp;bwärts</translation>
    </message>
    <message>
        <source>How many levels of children to show</source>
        <translation>Wie viele Ebenen von Kindern angezeigt werden</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Collapse the selection to one node per project</source>
        <translation>Die Auswahl auf einen Knoten pro Projekt zusammenfassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole picture into the view</source>
        <translation>Das ganze Bild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the picture as SVG, PNG or DOT</source>
        <translation>Das Bild als SVG, PNG oder DOT speichern</translation>
    </message>
    <message>
        <source>Nothing matches this selector.</source>
        <translation>Dieser Selektor trifft auf nichts zu.</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges. Click a node for details, double-click to open it; drag to pan, wheel to zoom.</source>
        <translation>%1 Knoten, %2 Kanten. Klick auf einen Knoten zeigt Details, Doppelklick öffnet ihn; Ziehen verschiebt die Ansicht, das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — project with %2 of the selected nodes. Double-click to show its models.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Projekt mit %2 der ausgewählten Knoten. Doppelklick zeigt seine Modelle.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>contract enforced</source>
        <translation>Contract erzwungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>unknown picture format; use .svg, .png or .dot</source>
        <translation>unbekanntes Bildformat; .svg, .png oder .dot verwenden</translation>
    </message>
    <message>
        <source>Export Lineage</source>
        <translation>Lineage exportieren</translation>
    </message>
    <message>
        <source>SVG picture (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)</source>
        <translation>SVG-Grafik (*.svg);;PNG-Bild (*.png);;Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>dbt selector, e.g. 2+dim_members+2</source>
        <translation>dbt-Selektor, z. B. 2+dim_members+2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Every selected model as a dot, however many: for the whole mesh at a glance</source>
        <translation>Jedes ausgewählte Modell als Punkt, egal wie viele: das ganze Mesh auf einen Blick</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>Knoten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a model, source or other node by name or unique id: it is selected if it is on the picture, focused otherwise.</source>
        <translation>Ein Modell, eine Source oder einen anderen Knoten nach Name oder eindeutiger ID suchen: Ist er im Bild, wird er ausgewählt, sonst wird auf ihn fokussiert.</translation>
    </message>
    <message>
        <source>No node is called &apos;%1&apos;.</source>
        <translation>Kein Knoten heißt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 nodes match: more than the %2 that can be laid out quickly, so the projects are shown. Narrow the selector or lower the depths to see the models, or switch on Overview to see every model as a dot.</source>
        <translation>%1 Knoten passen: mehr als die %2, die sich schnell anordnen lassen, daher werden die Projekte gezeigt. Schränken Sie den Selektor ein oder verringern Sie die Tiefen, um die Modelle zu sehen, oder schalten Sie Übersicht ein, um jedes Modell als Punkt zu sehen.</translation>
    </message>
    <message>
        <source>Laying out %1 nodes in the background…</source>
        <translation>%1 Knoten werden im Hintergrund angeordnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n data test(s)</source>
        <translation>
            <numerusform>%n Data-Test</numerusform>
            <numerusform>%n Data-Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>tests: %1</source>
        <translation>Tests: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Draw each dbt group as a box inside its project</source>
        <translation>Jede dbt-Gruppe als Kasten in ihrem Projekt zeichnen</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineageScene</name>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::LineageView</name>
    <message>
        <source>Show This Project&apos;s Models</source>
        <translation>Modelle dieses Projekts anzeigen</translation>
    </message>
    <message>
        <source>Focus Here</source>
        <translation>Hierauf fokussieren</translation>
    </message>
    <message>
        <source>Expand Parents</source>
        <translation>Eltern einblenden</translation>
    </message>
    <message>
        <source>Expand Children</source>
        <translation>Kinder einblenden</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Copy Project Name</source>
        <translation>Projektnamen kopieren</translation>
    </message>
    <message>
        <source>Copy Unique Id</source>
        <translation>Eindeutige ID kopieren</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::NodeDetails</name>
    <message>
        <source>Select a node in the project tree or the lineage, or open its file, to see its details.</source>
        <translation>Wählen Sie einen Knoten im Projektbaum oder in der Lineage aus oder öffnen Sie seine Datei, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer in the workspace.</source>
        <translation>&apos;%1&apos; ist nicht mehr im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::NodeDetailsDocument</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 in project %2</source>
        <translation>%1 in Projekt %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Owner %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Materialized</source>
        <translation>Materialisierung</translation>
    </message>
    <message>
        <source>enforced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>not enforced</source>
        <translation>nicht erzwungen</translation>
    </message>
    <message>
        <source>constraints: %1</source>
        <translation>Constraints: %1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>v%1 of %2, latest</source>
        <translation>v%1 von %2, neueste</translation>
    </message>
    <message>
        <source>v%1 of %2, latest is v%3</source>
        <translation>v%1 von %2, neueste ist v%3</translation>
    </message>
    <message>
        <source>Deprecation</source>
        <translation>Deprecation</translation>
    </message>
    <message>
        <source>(past)</source>
        <translation>(überschritten)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>tests: %1</source>
        <translation>Tests: %1</translation>
    </message>
    <message>
        <source>no data type</source>
        <translation>kein Datentyp</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::PreviewPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter in a model to preview its rows.</source>
        <translation>Drücken Sie Strg+Eingabe in einem Modell, um eine Vorschau seiner Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far…</source>
        <translation>
            <numerusform>Bisher %n Zeile…</numerusform>
            <numerusform>Bisher %n Zeilen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) (the row limit) in %1</source>
        <translation>
            <numerusform>Erste %n Zeile (das Zeilenlimit) in %1</numerusform>
            <numerusform>Erste %n Zeilen (das Zeilenlimit) in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n Zeile in %1</numerusform>
            <numerusform>%n Zeilen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 (%n row(s))</source>
        <translation>
            <numerusform>Abgebrochen nach %1 (%n Zeile)</numerusform>
            <numerusform>Abgebrochen nach %1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source> (line %1 of the compiled SQL)</source>
        <translation> (Zeile %1 des kompilierten SQL)</translation>
    </message>
    <message>
        <source>Stopped after %1</source>
        <translation>Gestoppt nach %1</translation>
    </message>
    <message>
        <source>Export Preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>Export All Rows to CSV…</source>
        <translation>Alle Zeilen als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::PreviewTableModel</name>
    <message>
        <source>%1: values are %2</source>
        <translation>%1: Werte sind %2</translation>
    </message>
    <message>
        <source>%1: declared %2</source>
        <translation>%1: deklariert als %2</translation>
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
<context>
    <name>Trellis::Widgets::ProjectExplorer</name>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Show the files by folder, or the models by dbt group</source>
        <translation>Die Dateien nach Ordnern oder die Modelle nach dbt-Gruppen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show &amp;Lineage</source>
        <translation>&amp;Lineage anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reveal in File Manager</source>
        <translation>Im Datei&amp;manager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Unique ID</source>
        <translation>Eindeutige ID &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::ProjectTreeModel</name>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Trellis::Widgets::YamlLexer</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>dbt key</source>
        <translation>dbt-Schlüssel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Jinja</source>
        <translation>Jinja</translation>
    </message>
    <message>
        <source>Document marker</source>
        <translation>Dokumentmarkierung</translation>
    </message>
    <message>
        <source>Block text</source>
        <translation>Blocktext</translation>
    </message>
</context>
</TS>
