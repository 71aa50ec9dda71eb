<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop music auto-tagger: 50 Last.fm tags per track, over time, from two pretrained networks.</source>
        <translation>Ein Desktop-Programm zur automatischen Verschlagwortung von Musik: 50 Last.fm-Tags pro Titel, im Zeitverlauf, aus zwei vortrainierten Netzen.</translation>
    </message>
    <message>
        <source>Networks: Keunwoo Choi, George Fazekas and Mark Sandler,</source>
        <translation>Netze: Keunwoo Choi, George Fazekas und Mark Sandler,</translation>
    </message>
    <message>
        <source>Pretrained weights © 2016 Keunwoo Choi, MIT licence (keunwoochoi/music-auto_tagging-keras).</source>
        <translation>Vortrainierte Gewichte © 2016 Keunwoo Choi, MIT-Lizenz (keunwoochoi/music-auto_tagging-keras).</translation>
    </message>
    <message>
        <source>Sample music: www.bensound.com (&quot;Music: www.bensound.com&quot;).</source>
        <translation>Beispielmusik: www.bensound.com („Music: www.bensound.com“).</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>About Tagscope</source>
        <translation>Über Tagscope</translation>
    </message>
</context>
<context>
    <name>AudioFiles</name>
    <message>
        <source>no audio files in this folder</source>
        <translation>keine Audiodateien in diesem Ordner</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation>weder Datei noch Ordner</translation>
    </message>
    <message>
        <source>not an audio file (by its extension)</source>
        <translation>keine Audiodatei (nach ihrer Endung)</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PlaylistExport</name>
    <message>
        <source>The playlist was not saved: %1</source>
        <translation>Die Wiedergabeliste wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PredictionWarning</name>
    <message>
        <source>Track shorter than 29.12 s (%1): the network heard %2 % zero padding</source>
        <translation>Titel kürzer als 29,12 s (%1): Das Netz hörte zu %2 % Nullen (Auffüllung)</translation>
    </message>
    <message>
        <source>%1 of %2 windows are silent (below %3 dBFS); the summary averages them in</source>
        <translation>%1 von %2 Fenstern sind still (unter %3 dBFS); die Zusammenfassung mittelt sie mit ein</translation>
    </message>
    <message>
        <source>Silent central window (below %1 dBFS): these tags mean little</source>
        <translation>Stilles zentrales Fenster (unter %1 dBFS): Diese Tags sagen wenig</translation>
    </message>
    <message>
        <source>Silent window (below %1 dBFS): these tags mean little</source>
        <translation>Stilles Fenster (unter %1 dBFS): Diese Tags sagen wenig</translation>
    </message>
    <message>
        <source>Window mostly zero padding: these tags mean little</source>
        <translation>Fenster besteht überwiegend aus Auffüllung: Diese Tags sagen wenig</translation>
    </message>
</context>
<context>
    <name>TrackStatus</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Taggen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>WindowSelection</name>
    <message>
        <source>Window %1–%2</source>
        <translation>Fenster %1–%2</translation>
    </message>
    <message>
        <source>Track summary</source>
        <translation>Zusammenfassung des Titels</translation>
    </message>
    <message>
        <source>Original central window (summary pending)</source>
        <translation>Originales Mittelfenster (Zusammenfassung folgt)</translation>
    </message>
    <message>
        <source>Original central window</source>
        <translation>Originales Mittelfenster</translation>
    </message>
    <message>
        <source>At %1 · between windows %2 and %3</source>
        <translation>Bei %1 · zwischen den Fenstern %2 und %3</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ColorMap</name>
    <message>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Graustufen</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CompareChartView</name>
    <message>
        <source>Each tag: CNN against RNN</source>
        <translation>Jeder Tag: CNN gegen RNN</translation>
    </message>
    <message>
        <source>CNN = RNN</source>
        <translation>CNN = RNN</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>Top tags of either network</source>
        <translation>Die wichtigsten Tags beider Netze</translation>
    </message>
    <message>
        <source>%1: CNN %2 · RNN %3</source>
        <translation>%1: CNN %2 · RNN %3</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CompareView</name>
    <message>
        <source>Analyse with both networks to compare them</source>
        <translation>Mit beiden Netzen analysieren, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Top-%1 overlap: %2/%1 · Spearman ρ = %3</source>
        <translation>Übereinstimmung der Top %1: %2/%1 · Spearman ρ = %3</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <source>All tagged tracks (%n)</source>
        <translation>
            <numerusform>Alle getaggten Titel (%n)</numerusform>
            <numerusform>Alle getaggten Titel (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected tracks (%n)</source>
        <translation>
            <numerusform>Ausgewählter Titel (%n)</numerusform>
            <numerusform>Ausgewählte Titel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include per-window rows</source>
        <translation>Zeilen pro Analysefenster einschließen</translation>
    </message>
    <message>
        <source>Adds a start_s column and one row per 29.12 s analysis window instead of one row per track</source>
        <translation>Fügt eine Spalte start_s und eine Zeile pro 29,12-s-Analysefenster statt einer Zeile pro Titel hinzu</translation>
    </message>
    <message>
        <source>The format is the command line&apos;s: one row per file and model, 50 probabilities.</source>
        <translation>Das Format entspricht dem der Kommandozeile: eine Zeile pro Datei und Modell, 50 Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::HoverReadout</name>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LevelRange</name>
    <message>
        <source>&amp;Automatic (1st–99.5th Percentile)</source>
        <translation>&amp;Automatisch (1.–99,5. Perzentil)</translation>
    </message>
    <message>
        <source>Track &amp;Maximum − 80 dB</source>
        <translation>&amp;Maximum des Titels − 80 dB</translation>
    </message>
    <message>
        <source>&amp;Fixed %1 … %2 dB</source>
        <translation>&amp;Fest %1 … %2 dB</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::Library</name>
    <message>
        <source>Library store replaced</source>
        <translation>Bibliotheksspeicher ersetzt</translation>
    </message>
    <message>
        <source>The library store could not be used and was moved aside; a new, empty one was made. Nothing was deleted.

%1</source>
        <translation>Der Bibliotheksspeicher war nicht verwendbar und wurde beiseitegelegt; ein neuer, leerer wurde angelegt. Nichts wurde gelöscht.

%1</translation>
    </message>
    <message>
        <source>No library store</source>
        <translation>Kein Bibliotheksspeicher</translation>
    </message>
    <message>
        <source>The library store could not be opened, so results will not be kept after Tagscope closes.

%1</source>
        <translation>Der Bibliotheksspeicher konnte nicht geöffnet werden; Ergebnisse bleiben daher nach dem Beenden von Tagscope nicht erhalten.

%1</translation>
    </message>
    <message>
        <source>Library rescan failed: %1</source>
        <translation>Erneutes Durchsuchen der Bibliothek fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Library rescan stopped</source>
        <translation>Durchsuchen der Bibliothek abgebrochen</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Library rescanned: %1 files; %2 new, %3 changed, %4 removed</source>
        <translation>Bibliothek durchsucht: %1 Dateien; %2 neu, %3 geändert, %4 entfernt</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryCharts</name>
    <message>
        <source>Tag Statistics</source>
        <translation>Tag-Statistik</translation>
    </message>
    <message>
        <source>Ta&amp;g Statistics</source>
        <translation>Tag-&amp;Statistik</translation>
    </message>
    <message>
        <source>The library&apos;s embeddings could not be read: %1</source>
        <translation>Die Embeddings der Bibliothek konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <source>The tracks that sound most like the selected one</source>
        <translation>Die Titel, die dem ausgewählten am ähnlichsten klingen</translation>
    </message>
    <message>
        <source>PCA (principal components)</source>
        <translation>PCA (Hauptkomponenten)</translation>
    </message>
    <message>
        <source>t-SNE (neighbourhoods; up to 2,000 tracks)</source>
        <translation>t-SNE (Nachbarschaften; bis 2.000 Titel)</translation>
    </message>
    <message>
        <source>&amp;Projection:</source>
        <translation>&amp;Projektion:</translation>
    </message>
    <message>
        <source>Library Map</source>
        <translation>Bibliothekskarte</translation>
    </message>
    <message>
        <source>Li&amp;brary Map</source>
        <translation>K&amp;arte der Bibliothek</translation>
    </message>
    <message>
        <source>Select a track to see the tracks most like it</source>
        <translation>Wählen Sie einen Titel, um die ähnlichsten Titel zu sehen</translation>
    </message>
    <message>
        <source>Reading the library&apos;s embeddings…</source>
        <translation>Die Embeddings der Bibliothek werden gelesen …</translation>
    </message>
    <message>
        <source>Like “%1” (%2)</source>
        <translation>Ähnlich wie „%1“ (%2)</translation>
    </message>
    <message>
        <source>No %1 embedding of “%2” is stored: it is still being analysed, or its results are from before Tagscope kept embeddings.</source>
        <translation>Für „%2“ ist kein %1-Embedding gespeichert: Der Titel wird noch analysiert, oder seine Ergebnisse stammen aus der Zeit, bevor Tagscope Embeddings speicherte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 embeddings, t-SNE · %n track(s)</source>
        <translation>
            <numerusform>%1-Embeddings, t-SNE · %n Titel</numerusform>
            <numerusform>%1-Embeddings, t-SNE · %n Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 embeddings, principal components · %n track(s)</source>
        <translation>
            <numerusform>%1-Embeddings, Hauptkomponenten · %n Titel</numerusform>
            <numerusform>%1-Embeddings, Hauptkomponenten · %n Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>t-SNE takes at most %L1 tracks</source>
        <translation>t-SNE nimmt höchstens %L1 Titel</translation>
    </message>
    <message>
        <source>computing t-SNE…</source>
        <translation>t-SNE wird berechnet …</translation>
    </message>
    <message>
        <source>1st principal component</source>
        <translation>1. Hauptkomponente</translation>
    </message>
    <message>
        <source>2nd principal component</source>
        <translation>2. Hauptkomponente</translation>
    </message>
    <message>
        <source>t-SNE failed: %1</source>
        <translation>t-SNE fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryFoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>The tracks in these folders are listed at every start with their stored results, and the folders are rescanned for new, changed and removed files.</source>
        <translation>Die Titel in diesen Ordnern werden bei jedem Start mit ihren gespeicherten Ergebnissen aufgelistet, und die Ordner werden nach neuen, geänderten und entfernten Dateien durchsucht.</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Its tracks leave the list; their results stay stored, nothing on disk is touched</source>
        <translation>Seine Titel verlassen die Liste; ihre Ergebnisse bleiben gespeichert, auf der Festplatte wird nichts verändert</translation>
    </message>
    <message>
        <source>Re&amp;scan Now</source>
        <translation>Jetzt &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>Ordner zur Bibliothek hinzufügen</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryMapView</name>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MainWindow</name>
    <message>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Playback error: %1</source>
        <translation>Wiedergabefehler: %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Add audio files to the list</source>
        <translation>Audiodateien zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Add every audio file in a folder and its subfolders</source>
        <translation>Alle Audiodateien eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the tag probabilities in the command line&apos;s CSV format</source>
        <translation>Die Tag-Wahrscheinlichkeiten im CSV-Format der Kommandozeile speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tracks and stop their analysis</source>
        <translation>Die ausgewählten Titel entfernen und ihre Analyse abbrechen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Track &amp;Summary</source>
        <translation>&amp;Zusammenfassung des Titels</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show the mean over all analysis windows instead of the window under the playhead</source>
        <translation>Den Mittelwert über alle Analysefenster statt des Fensters unter der Abspielposition zeigen</translation>
    </message>
    <message>
        <source>&amp;Calibrate on These Tracks…</source>
        <translation>Auf diese Titel &amp;kalibrieren…</translation>
    </message>
    <message>
        <source>Compute normalisation statistics from the loaded tracks, as if run as one batch</source>
        <translation>Normierungsstatistiken aus den geladenen Titeln berechnen, als liefen sie als ein Stapel</translation>
    </message>
    <message>
        <source>&amp;Load Calibration…</source>
        <translation>Kalibrierung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save Calibration…</source>
        <translation>Kalibrierung &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;About Tagscope</source>
        <translation>Über &amp;Tagscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colour Map</source>
        <translation>&amp;Farbskala</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <source>CNN + RNN</source>
        <translation>CNN + RNN</translation>
    </message>
    <message>
        <source>Which network tags the tracks (both: compare them)</source>
        <translation>Welches Netz die Titel taggt (beide: zum Vergleich)</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <source>Calibrated (bundled)</source>
        <translation>Kalibriert (mitgeliefert)</translation>
    </message>
    <message>
        <source>Track (each alone)</source>
        <translation>Titel (jeder für sich)</translation>
    </message>
    <message>
        <source>Calibrated: frozen statistics, a track gets the tags it had in the original batch. Track: each track normalised alone.</source>
        <translation>Kalibriert: eingefrorene Statistiken, ein Titel erhält die Tags, die er im ursprünglichen Stapel hatte. Titel: jeder Titel wird für sich normiert.</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Number of tags shown as bars</source>
        <translation>Anzahl der als Balken gezeigten Tags</translation>
    </message>
    <message>
        <source>No audio output device</source>
        <translation>Kein Audioausgabegerät</translation>
    </message>
    <message>
        <source>Playback is off; everything else works</source>
        <translation>Wiedergabe ist aus; alles andere funktioniert</translation>
    </message>
    <message>
        <source>Those tracks are already in the list</source>
        <translation>Diese Titel sind bereits in der Liste</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s)</source>
        <translation>
            <numerusform>%n Titel hinzugefügt</numerusform>
            <numerusform>%n Titel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s)</source>
        <translation>
            <numerusform>%n Titel entfernt</numerusform>
            <numerusform>%n Titel entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop audio files or folders here</source>
        <translation>Audiodateien oder Ordner hierher ziehen</translation>
    </message>
    <message>
        <source>Tagging… %1 of %2 tracks done</source>
        <translation>Taggen… %1 von %2 Titeln fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) tagged</source>
        <translation>
            <numerusform>%n Titel getaggt</numerusform>
            <numerusform>%n Titel getaggt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Audio Files</source>
        <translation>Audiodateien öffnen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No tagged tracks to export yet.</source>
        <translation>Noch keine getaggten Titel zum Exportieren.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The CSV file was not written.

%1</source>
        <translation>Die CSV-Datei wurde nicht geschrieben.

%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Calibrated (custom)</source>
        <translation>Kalibriert (eigene)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Kalibrieren</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrating on %n track(s)…</source>
        <translation>
            <numerusform>Kalibriere auf %n Titel…</numerusform>
            <numerusform>Kalibriere auf %n Titeln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n track(s); results are being recomputed</source>
        <translation>
            <numerusform>Auf %n Titel kalibriert; die Ergebnisse werden neu berechnet</numerusform>
            <numerusform>Auf %n Titeln kalibriert; die Ergebnisse werden neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation>Kalibrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Load Calibration</source>
        <translation>Kalibrierung laden</translation>
    </message>
    <message numerus="yes">
        <source>Loaded a %1 calibration (%n track(s))</source>
        <translation>
            <numerusform>%1-Kalibrierung geladen (%n Titel)</numerusform>
            <numerusform>%1-Kalibrierung geladen (%n Titel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load calibration</source>
        <translation>Kalibrierung kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Save %1 Calibration</source>
        <translation>%1-Kalibrierung speichern</translation>
    </message>
    <message>
        <source>Cannot save calibration</source>
        <translation>Kalibrierung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Audio files (%1);;All files (*)</source>
        <translation>Audiodateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Filter by Tag or Query</source>
        <translation>Nach Tag oder Abfrage &amp;filtern</translation>
    </message>
    <message>
        <source>Filter by tag or query, e.g. jazz &gt; 0.5 and not rock</source>
        <translation>Nach Tag oder Abfrage filtern, z. B. jazz &gt; 0.5 and not rock</translation>
    </message>
    <message>
        <source>Tag query: %1</source>
        <translation>Tag-Abfrage: %1</translation>
    </message>
    <message>
        <source>Tracks whose top tags contain the text, or a tag query such as: jazz &gt; 0.5 and not rock</source>
        <translation>Titel, deren wichtigste Tags den Text enthalten, oder eine Tag-Abfrage wie: jazz &gt; 0.5 and not rock</translation>
    </message>
    <message>
        <source>Calibrations (*.calibration.json *.json *.h5)</source>
        <translation>Kalibrierungen (*.calibration.json *.json *.h5)</translation>
    </message>
    <message>
        <source>No tagged tracks yet: add tracks and wait until they are tagged.</source>
        <translation>Noch keine getaggten Titel: Titel hinzufügen und warten, bis sie getaggt sind.</translation>
    </message>
    <message>
        <source>Tag &amp;Thresholds…</source>
        <translation>Tag-&amp;Schwellenwerte…</translation>
    </message>
    <message>
        <source>Choose how probable a label must be to become a tag, with a live preview</source>
        <translation>Festlegen, wie wahrscheinlich ein Label sein muss, um ein Tag zu werden, mit Live-Vorschau</translation>
    </message>
    <message>
        <source>Load &amp;Vocabulary…</source>
        <translation>&amp;Vokabular laden…</translation>
    </message>
    <message>
        <source>Use your own vocabulary file: label names, merged tags and groups</source>
        <translation>Eigene Vokabulardatei verwenden: Labelnamen, zusammengeführte Tags und Gruppen</translation>
    </message>
    <message>
        <source>Export &amp;Playlist…</source>
        <translation>&amp;Playlist exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the tracks matching a tag query as an M3U8 playlist</source>
        <translation>Die zu einer Tag-Abfrage passenden Titel als M3U8-Playlist speichern</translation>
    </message>
    <message>
        <source>The shipped vocabulary is used: %1</source>
        <translation>Das mitgelieferte Vokabular wird verwendet: %1</translation>
    </message>
    <message>
        <source>Tag Thresholds</source>
        <translation>Tag-Schwellenwerte</translation>
    </message>
    <message>
        <source>Tag thresholds saved in the library</source>
        <translation>Tag-Schwellenwerte in der Bibliothek gespeichert</translation>
    </message>
    <message>
        <source>Tag thresholds set for this session</source>
        <translation>Tag-Schwellenwerte für diese Sitzung gesetzt</translation>
    </message>
    <message>
        <source>Load Vocabulary</source>
        <translation>Vokabular laden</translation>
    </message>
    <message>
        <source>Vocabulary (*.json)</source>
        <translation>Vokabular (*.json)</translation>
    </message>
    <message>
        <source>Vocabulary %1 in use</source>
        <translation>Vokabular %1 wird verwendet</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>The shipped vocabulary is in use</source>
        <translation>Das mitgelieferte Vokabular wird verwendet</translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation>Playlist exportieren</translation>
    </message>
    <message>
        <source>M3U8 playlist (*.m3u8)</source>
        <translation>M3U8-Playlist (*.m3u8)</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) written to %1</source>
        <translation>
            <numerusform>%n Titel in %1 geschrieben</numerusform>
            <numerusform>%n Titel in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation>Ordner zur &amp;Bibliothek hinzufügen…</translation>
    </message>
    <message>
        <source>Keep a folder in the library: its tracks are listed at every start and rescanned</source>
        <translation>Einen Ordner in der Bibliothek behalten: seine Titel werden bei jedem Start aufgelistet und erneut durchsucht</translation>
    </message>
    <message>
        <source>See and remove the folders kept in the library</source>
        <translation>Die Ordner der Bibliothek ansehen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Look for new, changed and removed files in the library&apos;s folders</source>
        <translation>In den Ordnern der Bibliothek nach neuen, geänderten und entfernten Dateien suchen</translation>
    </message>
    <message>
        <source>S&amp;top Rescan</source>
        <translation>Durchsuchen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Rescanning library…</source>
        <translation>Bibliothek wird durchsucht…</translation>
    </message>
    <message>
        <source>Rescanning library… %1 of %2 files</source>
        <translation>Bibliothek wird durchsucht… %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>Ordner zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Added %1 to the library</source>
        <translation>%1 zur Bibliothek hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) ignored: %1</source>
        <translation>
            <numerusform>%n Eingabe ignoriert: %1</numerusform>
            <numerusform>%n Eingaben ignoriert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Write Tags into Files…</source>
        <translation>Tags in die Dateien &amp;schreiben…</translation>
    </message>
    <message>
        <source>Preview, then write the decided tags into the selected tracks&apos; files (all tagged tracks if none is selected)</source>
        <translation>Vorschau, dann die entschiedenen Tags in die Dateien der ausgewählten Titel schreiben (aller getaggten Titel, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation>Schreiben &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Restore the fields the last write into files changed</source>
        <translation>Die Felder wiederherstellen, die das letzte Schreiben in Dateien geändert hat</translation>
    </message>
    <message>
        <source>No tagged tracks to write tags into</source>
        <translation>Keine getaggten Titel, in die Tags geschrieben werden könnten</translation>
    </message>
    <message>
        <source>Write Tags into Files</source>
        <translation>Tags in die Dateien schreiben</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Keine Datei wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Tags written into %n file(s).</source>
        <translation>
            <numerusform>Tags in %n Datei geschrieben.</numerusform>
            <numerusform>Tags in %n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written:</source>
        <translation>
            <numerusform>%n Datei nicht geschrieben:</numerusform>
            <numerusform>%n Dateien nicht geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Journaled in %1; Edit ▸ Undo Write restores the previous values.</source>
        <translation>Protokolliert in %1; Bearbeiten ▸ Schreiben rückgängig machen stellt die vorherigen Werte wieder her.</translation>
    </message>
    <message>
        <source>Undoing the last write…</source>
        <translation>Das letzte Schreiben wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation>Schreiben rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Nichts wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>There is no write to undo.</source>
        <translation>Es gibt kein Schreiben, das rückgängig gemacht werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n Datei wiederhergestellt.</numerusform>
            <numerusform>%n Dateien wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already as before.</source>
        <translation>
            <numerusform>%n Datei war schon wie vorher.</numerusform>
            <numerusform>%n Dateien waren schon wie vorher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not restored:</source>
        <translation>
            <numerusform>%n Datei nicht wiederhergestellt:</numerusform>
            <numerusform>%n Dateien nicht wiederhergestellt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The write stays in the journal: undo it again once these are fixed.</source>
        <translation>Das Schreiben bleibt im Protokoll: erneut rückgängig machen, sobald diese behoben sind.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Write (%n file(s))</source>
        <translation>
            <numerusform>Schreiben &amp;rückgängig machen (%n Datei)</numerusform>
            <numerusform>Schreiben &amp;rückgängig machen (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Shi&amp;pped Vocabulary</source>
        <translation>&amp;Mitgeliefertes Vokabular verwenden</translation>
    </message>
    <message>
        <source>Library Fol&amp;ders…</source>
        <translation>Bibliotheks&amp;ordner…</translation>
    </message>
    <message>
        <source>Seek &amp;Back 5 s</source>
        <translation>5 s &amp;zurück</translation>
    </message>
    <message>
        <source>Seek &amp;Forward 5 s</source>
        <translation>5 s &amp;vor</translation>
    </message>
    <message>
        <source>Seek Back 30 s</source>
        <translation>30 s zurück</translation>
    </message>
    <message>
        <source>Seek Forward 30 s</source>
        <translation>30 s vor</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Whole Track</source>
        <translation>&amp;Ganzer Titel</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>V&amp;orheriger Bereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>T&amp;ag Panel</source>
        <translation>&amp;Tag-Bereich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>S&amp;mooth Tags over Time</source>
        <translation>Tags im Zeitverlauf &amp;glätten</translation>
    </message>
    <message>
        <source>Blend the windows around the playhead and draw the taggram smooth, instead of window by window</source>
        <translation>Die Fenster um die Abspielposition überblenden und das Taggramm glatt zeichnen statt Fenster für Fenster</translation>
    </message>
    <message>
        <source>&amp;Level Range</source>
        <translation>&amp;Pegelbereich</translation>
    </message>
    <message>
        <source>Trac&amp;k List</source>
        <translation>Tite&amp;lliste</translation>
    </message>
    <message>
        <source>Overlay O&amp;pacity</source>
        <translation>Deckk&amp;raft der Überlagerung</translation>
    </message>
    <message>
        <source>Looking for audio files in %1…</source>
        <translation>Suche Audiodateien in %1…</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::PlaybackBar</name>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::PlaylistExportDialog</name>
    <message>
        <source>Export Playlist</source>
        <translation>Wiedergabeliste exportieren</translation>
    </message>
    <message>
        <source>The tracks that match the query go into an M3U8 playlist.</source>
        <translation>Die Titel, auf die die Abfrage zutrifft, kommen in eine M3U8-Wiedergabeliste.</translation>
    </message>
    <message>
        <source>e.g. jazz &gt; 0.5 and not rock</source>
        <translation>z. B. jazz &gt; 0.5 and not rock</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>tracks that get the tag at the current thresholds</source>
        <translation>Titel, die das Tag bei den aktuellen Schwellenwerten erhalten</translation>
    </message>
    <message>
        <source>by probability: &gt; &gt;= &lt; &lt;= = and a number from 0 to 1</source>
        <translation>nach Wahrscheinlichkeit: &gt; &gt;= &lt; &lt;= = und eine Zahl von 0 bis 1 (mit Punkt)</translation>
    </message>
    <message>
        <source>combine; &quot;quote&quot; labels of several words</source>
        <translation>verknüpfen; Labels aus mehreren Wörtern in &quot;Anführungszeichen&quot;</translation>
    </message>
    <message>
        <source>&amp;Relative paths (the playlist can move with the music)</source>
        <translation>&amp;Relative Pfade (die Wiedergabeliste kann mit der Musik umziehen)</translation>
    </message>
    <message>
        <source>Writes each track&apos;s path relative to the playlist&apos;s folder</source>
        <translation>Schreibt den Pfad jedes Titels relativ zum Ordner der Wiedergabeliste</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Type a query to choose the tracks.</source>
        <translation>Geben Sie eine Abfrage ein, um die Titel auszuwählen.</translation>
    </message>
    <message>
        <source>Matching tracks: %1 of %2.</source>
        <translation>Passende Titel: %1 von %2.</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::RelevanceController</name>
    <message>
        <source>R&amp;elevance Overlay</source>
        <translation>Relevanz-&amp;Überlagerung</translation>
    </message>
    <message>
        <source>Show where in the current window the network heard the selected tag</source>
        <translation>Zeigt, wo im aktuellen Fenster das Netz den gewählten Tag gehört hat</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1 %</translation>
    </message>
    <message>
        <source>Export Relevance &amp;Audio…</source>
        <translation>Relevanz-&amp;Audio exportieren…</translation>
    </message>
    <message>
        <source>Export Spectrogram &amp;Image…</source>
        <translation>Spektrogramm-B&amp;ild exportieren…</translation>
    </message>
    <message>
        <source>Playback error: %1</source>
        <translation>Wiedergabefehler: %1</translation>
    </message>
    <message>
        <source>Selected “%1”: View ▸ Relevance Overlay (Ctrl+Shift+R) shows where the network heard it</source>
        <translation>„%1“ gewählt: Ansicht ▸ Relevanz-Überlagerung (Strg+Umschalt+R) zeigt, wo das Netz ihn gehört hat</translation>
    </message>
    <message>
        <source>The relevance could not be computed: %1</source>
        <translation>Die Relevanz konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Choose a tag first: click its bar or its row in the taggram</source>
        <translation>Wählen Sie zuerst einen Tag: Klicken Sie auf seinen Balken oder seine Zeile im Taggramm</translation>
    </message>
    <message>
        <source>Computing the relevance of “%1”…</source>
        <translation>Relevanz von „%1“ wird berechnet…</translation>
    </message>
    <message>
        <source>Relevance audio written to %1</source>
        <translation>Relevanz-Audio gespeichert unter %1</translation>
    </message>
    <message>
        <source>Playing what made it “%1”</source>
        <translation>Wiedergabe dessen, was es zu „%1“ macht</translation>
    </message>
    <message>
        <source>No audio output device</source>
        <translation>Kein Audioausgabegerät</translation>
    </message>
    <message>
        <source>The relevance audio could not be made: %1</source>
        <translation>Das Relevanz-Audio konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Export Relevance Audio</source>
        <translation>Relevanz-Audio exportieren</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>Export Spectrogram Image</source>
        <translation>Spektrogramm-Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Spectrogram image written to %1</source>
        <translation>Spektrogramm-Bild gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Listen to What Made It %1</source>
        <translation>&amp;Hören, was es zu %1 macht</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SimilarTracksModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Top-Tags</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SpectrogramView</name>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Drop music files here</source>
        <translation>Musikdateien hierher ziehen</translation>
    </message>
    <message>
        <source>original %1 s</source>
        <translation>original %1 s</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagBarsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagBarsView</name>
    <message>
        <source>No tags yet</source>
        <translation>Noch keine Tags</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagDecisionSettings</name>
    <message>
        <source>The shipped vocabulary was not found; the model&apos;s raw tags are used as labels. %1</source>
        <translation>Das mitgelieferte Vokabular wurde nicht gefunden; die Roh-Tags des Modells dienen als Labels. %1</translation>
    </message>
    <message>
        <source>The saved tag thresholds could not be read: %1</source>
        <translation>Die gespeicherten Tag-Schwellenwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tag thresholds could not be saved: %1</source>
        <translation>Die Tag-Schwellenwerte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved tag thresholds were not used (the defaults are): %1</source>
        <translation>Die gespeicherten Tag-Schwellenwerte werden nicht verwendet (stattdessen die Standardwerte): %1</translation>
    </message>
    <message>
        <source>Thresholds of labels the vocabulary does not have are not used: %1</source>
        <translation>Schwellenwerte von Labels, die das Vokabular nicht enthält, werden nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagGroupName</name>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagName</name>
    <message>
        <source>rock</source>
        <translation>Rock</translation>
    </message>
    <message>
        <source>pop</source>
        <translation>Pop</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>indie</source>
        <translation>Indie</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <source>female vocalists</source>
        <translation>Sängerinnen</translation>
    </message>
    <message>
        <source>dance</source>
        <translation>Dance</translation>
    </message>
    <message>
        <source>2000s</source>
        <translation>2000er</translation>
    </message>
    <message>
        <source>alternative rock</source>
        <translation>Alternative Rock</translation>
    </message>
    <message>
        <source>jazz</source>
        <translation>Jazz</translation>
    </message>
    <message>
        <source>beautiful</source>
        <translation>schön</translation>
    </message>
    <message>
        <source>metal</source>
        <translation>Metal</translation>
    </message>
    <message>
        <source>chillout</source>
        <translation>Chillout</translation>
    </message>
    <message>
        <source>male vocalists</source>
        <translation>Sänger</translation>
    </message>
    <message>
        <source>classic rock</source>
        <translation>Classic Rock</translation>
    </message>
    <message>
        <source>soul</source>
        <translation>Soul</translation>
    </message>
    <message>
        <source>indie rock</source>
        <translation>Indie-Rock</translation>
    </message>
    <message>
        <source>mellow</source>
        <translation>sanft</translation>
    </message>
    <message>
        <source>electronica</source>
        <translation>Electronica</translation>
    </message>
    <message>
        <source>80s</source>
        <translation>80er</translation>
    </message>
    <message>
        <source>folk</source>
        <translation>Folk</translation>
    </message>
    <message>
        <source>90s</source>
        <translation>90er</translation>
    </message>
    <message>
        <source>chill</source>
        <translation>entspannt</translation>
    </message>
    <message>
        <source>instrumental</source>
        <translation>instrumental</translation>
    </message>
    <message>
        <source>punk</source>
        <translation>Punk</translation>
    </message>
    <message>
        <source>oldies</source>
        <translation>Oldies</translation>
    </message>
    <message>
        <source>blues</source>
        <translation>Blues</translation>
    </message>
    <message>
        <source>hard rock</source>
        <translation>Hard Rock</translation>
    </message>
    <message>
        <source>ambient</source>
        <translation>Ambient</translation>
    </message>
    <message>
        <source>acoustic</source>
        <translation>akustisch</translation>
    </message>
    <message>
        <source>experimental</source>
        <translation>experimentell</translation>
    </message>
    <message>
        <source>female vocalist</source>
        <translation>Sängerin</translation>
    </message>
    <message>
        <source>guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <source>Hip-Hop</source>
        <translation>Hip-Hop</translation>
    </message>
    <message>
        <source>70s</source>
        <translation>70er</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>easy listening</source>
        <translation>Easy Listening</translation>
    </message>
    <message>
        <source>sexy</source>
        <translation>sexy</translation>
    </message>
    <message>
        <source>catchy</source>
        <translation>eingängig</translation>
    </message>
    <message>
        <source>funk</source>
        <translation>Funk</translation>
    </message>
    <message>
        <source>electro</source>
        <translation>Electro</translation>
    </message>
    <message>
        <source>heavy metal</source>
        <translation>Heavy Metal</translation>
    </message>
    <message>
        <source>progressive rock</source>
        <translation>Progressive Rock</translation>
    </message>
    <message>
        <source>60s</source>
        <translation>60er</translation>
    </message>
    <message>
        <source>R&amp;B</source>
        <translation>R&amp;B</translation>
    </message>
    <message>
        <source>indie pop</source>
        <translation>Indie-Pop</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <source>house</source>
        <translation>House</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>fröhlich</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Compare CNN / RNN</source>
        <translation>CNN / RNN vergleichen</translation>
    </message>
    <message>
        <source>Available when both networks have tagged the track</source>
        <translation>Verfügbar, sobald beide Netze den Titel getaggt haben</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagStatisticsView</name>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <source>Tracks per label at the current thresholds (%n track(s) tagged)</source>
        <translation>
            <numerusform>Titel je Label bei den aktuellen Schwellen (%n getaggter Titel)</numerusform>
            <numerusform>Titel je Label bei den aktuellen Schwellen (%n getaggte Titel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagWritePlanModel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to change</source>
        <translation>
            <numerusform>%n Feld zu ändern</numerusform>
            <numerusform>%n Felder zu ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>File / field</source>
        <translation>Datei / Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagWritePreviewDialog</name>
    <message>
        <source>Write Tags into Files</source>
        <translation>Tags in die Dateien schreiben</translation>
    </message>
    <message numerus="yes">
        <source>The decided tags of %n track(s) go into the files&apos; GENRE and MOOD fields, and all of them with their probabilities into TAGSCOPE. Nothing else in the files changes, and nothing is written until you press Write; Edit ▸ Undo Write restores the fields.</source>
        <translation>
            <numerusform>Die entschiedenen Tags von %n Titel kommen in die Felder GENRE und MOOD der Datei, alle mit ihren Wahrscheinlichkeiten in TAGSCOPE. Sonst ändert sich nichts an der Datei, und nichts wird geschrieben, bevor Sie auf Schreiben drücken; Bearbeiten ▸ Schreiben rückgängig machen stellt die Felder wieder her.</numerusform>
            <numerusform>Die entschiedenen Tags von %n Titeln kommen in die Felder GENRE und MOOD der Dateien, alle mit ihren Wahrscheinlichkeiten in TAGSCOPE. Sonst ändert sich nichts an den Dateien, und nichts wird geschrieben, bevor Sie auf Schreiben drücken; Bearbeiten ▸ Schreiben rückgängig machen stellt die Felder wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the current values</source>
        <translation>Zu den aktuellen Werten hinzufügen</translation>
    </message>
    <message>
        <source>Replace the current values</source>
        <translation>Die aktuellen Werte ersetzen</translation>
    </message>
    <message>
        <source>Add keeps what a field holds and appends the new labels; replace puts the decided labels in its place. TAGSCOPE is always replaced, and a field for which nothing is decided is left as it is.</source>
        <translation>Hinzufügen behält, was ein Feld enthält, und hängt die neuen Labels an; Ersetzen setzt die entschiedenen Labels an seine Stelle. TAGSCOPE wird immer ersetzt, und ein Feld, für das nichts entschieden ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Reading the tracks&apos; results and the files&apos; current fields…</source>
        <translation>Die Ergebnisse der Titel und die aktuellen Felder der Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <translation>Nichts wird geändert.</translation>
    </message>
    <message>
        <source>%1 in %2 will change.</source>
        <translation>Geändert werden: %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be written (see the list).</source>
        <translation>
            <numerusform>%n Datei kann nicht geschrieben werden (siehe Liste).</numerusform>
            <numerusform>%n Dateien können nicht geschrieben werden (siehe Liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <source>Writing… %1 of %2 files done (%3)</source>
        <translation>Schreiben… %1 von %2 Dateien fertig (%3)</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Wird nach der gerade geschriebenen Datei angehalten…</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TaggramView</name>
    <message>
        <source>Tags over time appear here after analysis</source>
        <translation>Tags im Zeitverlauf erscheinen hier nach der Analyse</translation>
    </message>
    <message>
        <source>%1: silent (below %2 dBFS); its tags mean little</source>
        <translation>%1: still (unter %2 dBFS); seine Tags sagen wenig</translation>
    </message>
    <message>
        <source>%1: %2 % zero padding (the track ends at %3); its tags mean little</source>
        <translation>%1: %2 % Auffüllung mit Nullen (der Titel endet bei %3); seine Tags sagen wenig</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThresholdsDialog</name>
    <message>
        <source>Tag Thresholds</source>
        <translation>Tag-Schwellenwerte</translation>
    </message>
    <message>
        <source>A track gets a label when the label&apos;s probability reaches its threshold: its own where it has one, otherwise the default.</source>
        <translation>Ein Titel erhält ein Label, wenn dessen Wahrscheinlichkeit seinen Schwellenwert erreicht: den eigenen des Labels, falls es einen hat, sonst den Standardwert.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>At most this many tags per track, the most probable</source>
        <translation>Höchstens so viele Tags pro Titel, die wahrscheinlichsten</translation>
    </message>
    <message>
        <source>&amp;Default threshold:</source>
        <translation>&amp;Standard-Schwellenwert:</translation>
    </message>
    <message>
        <source>&amp;Tags per track, at most:</source>
        <translation>&amp;Tags pro Titel, höchstens:</translation>
    </message>
    <message>
        <source>No tagged tracks to preview.</source>
        <translation>Keine getaggten Titel für die Vorschau.</translation>
    </message>
    <message>
        <source>Tracks with at least one tag: %1 of %2 (%3 tags per track on average).</source>
        <translation>Titel mit mindestens einem Tag: %1 von %2 (durchschnittlich %3 Tags pro Titel).</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThresholdsTableModel</name>
    <message>
        <source>The model&apos;s tags: %1</source>
        <translation>Tags des Modells: %1</translation>
    </message>
    <message>
        <source>Its own threshold (uncheck for the default)</source>
        <translation>Eigener Schwellenwert (abwählen für den Standardwert)</translation>
    </message>
    <message>
        <source>The default threshold (check to give it its own)</source>
        <translation>Standard-Schwellenwert (anwählen für einen eigenen)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>How many of the tracks get the label at these thresholds</source>
        <translation>Wie viele der Titel das Label bei diesen Schwellenwerten erhalten</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TimelinePanel</name>
    <message>
        <source>Analysing… the spectrogram appears once the whole track is decoded</source>
        <translation>Analyse läuft … das Spektrogramm erscheint, sobald der ganze Titel dekodiert ist</translation>
    </message>
    <message>
        <source>&amp;Follow Playback</source>
        <translation>Wiedergabe &amp;folgen</translation>
    </message>
    <message>
        <source>Page the zoomed views along with the playhead; scrolling away pauses it until the playhead is in view again</source>
        <translation>Die vergrößerten Ansichten blättern mit der Abspielposition weiter; wegscrollen pausiert das, bis die Abspielposition wieder sichtbar ist</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackDisplay</name>
    <message>
        <source>No track selected</source>
        <translation>Kein Titel ausgewählt</translation>
    </message>
    <message>
        <source>%1 · analysing…</source>
        <translation>%1 · wird analysiert…</translation>
    </message>
    <message>
        <source>CNN vs RNN · %1</source>
        <translation>CNN vs. RNN · %1</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation>Top-Tags</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackSession</name>
    <message>
        <source>The stored tag thresholds were not used: %1</source>
        <translation>Die gespeicherten Tag-Schwellenwerte wurden nicht verwendet: %1</translation>
    </message>
</context>
</TS>
