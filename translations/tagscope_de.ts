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
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
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
</context>
<context>
    <name>tagscope::ui::AnalysisWorker</name>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: Speicher erschöpft</translation>
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
    <name>tagscope::ui::MainWindow</name>
    <message>
        <source>Tagscope</source>
        <translation>Tagscope</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
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
        <source>&amp;Filter by Tag</source>
        <translation>Nach Tag &amp;filtern</translation>
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
        <source>Filter by tag, e.g. jazz</source>
        <translation>Nach Tag filtern, z. B. jazz</translation>
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
        <source>No audio files found</source>
        <translation>Keine Audiodateien gefunden</translation>
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
        <source>No decoded tracks yet: add tracks and wait until they are decoded.</source>
        <translation>Noch keine dekodierten Titel: Titel hinzufügen und warten, bis sie dekodiert sind.</translation>
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
        <source>Calibrations (*.calibration.h5 *.h5)</source>
        <translation>Kalibrierungen (*.calibration.h5 *.h5)</translation>
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
    <name>tagscope::ui::TaggramView</name>
    <message>
        <source>Tags over time appear here after analysis</source>
        <translation>Tags im Zeitverlauf erscheinen hier nach der Analyse</translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TimelinePanel</name>
    <message>
        <source>Analysing… the spectrogram appears once the whole track is decoded</source>
        <translation>Analyse läuft … das Spektrogramm erscheint, sobald der ganze Titel dekodiert ist</translation>
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
</TS>
