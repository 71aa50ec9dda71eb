<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>A desktop music auto-tagger: 50 Last.fm tags per track, over time, from two pretrained networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks: Keunwoo Choi, George Fazekas and Mark Sandler,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretrained weights © 2016 Keunwoo Choi, MIT licence (keunwoochoi/music-auto_tagging-keras).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample music: www.bensound.com (&quot;Music: www.bensound.com&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tagscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioFiles</name>
    <message>
        <source>no audio files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an audio file (by its extension)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistExport</name>
    <message>
        <source>The playlist was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionWarning</name>
    <message>
        <source>Track shorter than 29.12 s (%1): the network heard %2 % zero padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 windows are silent (below %3 dBFS); the summary averages them in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent central window (below %1 dBFS): these tags mean little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent window (below %1 dBFS): these tags mean little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window mostly zero padding: these tags mean little</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackStatus</name>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSelection</name>
    <message>
        <source>Window %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 · between windows %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original central window (summary pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original central window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ColorMap</name>
    <message>
        <source>Magma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CompareChartView</name>
    <message>
        <source>Each tag: CNN against RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN = RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags of either network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CNN %2 · RNN %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::CompareView</name>
    <message>
        <source>Top-%1 overlap: %2/%1 · Spearman ρ = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse with both networks to compare them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All tagged tracks (%n)</source>
        <translation>
            <numerusform>All tagged tracks (%n)</numerusform>
            <numerusform>All tagged tracks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected tracks (%n)</source>
        <translation>
            <numerusform>Selected track (%n)</numerusform>
            <numerusform>Selected tracks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include per-window rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a start_s column and one row per 29.12 s analysis window instead of one row per track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format is the command line&apos;s: one row per file and model, 50 probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::HoverReadout</name>
    <message>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LevelRange</name>
    <message>
        <source>&amp;Automatic (1st–99.5th Percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track &amp;Maximum − 80 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed %1 … %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::Library</name>
    <message>
        <source>Library store replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library store could not be used and was moved aside; a new, empty one was made. Nothing was deleted.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library store could not be opened, so results will not be kept after Tagscope closes.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library rescan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library rescan stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library rescanned: %1 files; %2 new, %3 changed, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryCharts</name>
    <message>
        <source>Tag Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s embeddings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracks that sound most like the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCA (principal components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE (neighbourhoods; up to 2,000 tracks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;brary Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a track to see the tracks most like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library&apos;s embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 embedding of “%2” is stored: it is still being analysed, or its results are from before Tagscope kept embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 embeddings, t-SNE · %n track(s)</source>
        <translation>
            <numerusform>%1 embeddings, t-SNE · %n track</numerusform>
            <numerusform>%1 embeddings, t-SNE · %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 embeddings, principal components · %n track(s)</source>
        <translation>
            <numerusform>%1 embeddings, principal components · %n track</numerusform>
            <numerusform>%1 embeddings, principal components · %n tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>t-SNE takes at most %L1 tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing t-SNE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-SNE failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryFoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracks in these folders are listed at every start with their stored results, and the folders are rescanned for new, changed and removed files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its tracks leave the list; their results stay stored, nothing on disk is touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;scan Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::LibraryMapView</name>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::MainWindow</name>
    <message>
        <source>Tagscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio files to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every audio file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tag probabilities in the command line&apos;s CSV format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tracks and stop their analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by Tag or Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mean over all analysis windows instead of the window under the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;mooth Tags over Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend the windows around the playhead and draw the taggram smooth, instead of window by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibrate on These Tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute normalisation statistics from the loaded tracks, as if run as one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tagscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN + RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network tags the tracks (both: compare them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track (each alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated: frozen statistics, a track gets the tags it had in the original batch. Track: each track normalised alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tags shown as bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag or query, e.g. jazz &gt; 0.5 and not rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging… %1 of %2 tracks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>No audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback is off; everything else works</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s)</source>
        <translation>
            <numerusform>Added %n track</numerusform>
            <numerusform>Added %n tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>Those tracks are already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) ignored: %1</source>
        <translation>
            <numerusform>%n input ignored: %1</numerusform>
            <numerusform>%n inputs ignored: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks whose top tags contain the text, or a tag query such as: jazz &gt; 0.5 and not rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s)</source>
        <translation>
            <numerusform>Removed %n track</numerusform>
            <numerusform>Removed %n tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop audio files or folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) tagged</source>
        <translation>
            <numerusform>%n track tagged</numerusform>
            <numerusform>%n tracks tagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Audio files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrations (*.calibration.json *.json *.h5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Audio Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for audio files in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged tracks to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged tracks yet: add tracks and wait until they are tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calibrating on %n track(s)…</source>
        <translation>
            <numerusform>Calibrating on %n track…</numerusform>
            <numerusform>Calibrating on %n tracks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n track(s); results are being recomputed</source>
        <translation>
            <numerusform>Calibrated on %n track; results are being recomputed</numerusform>
            <numerusform>Calibrated on %n tracks; results are being recomputed</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded a %1 calibration (%n track(s))</source>
        <translation>
            <numerusform>Loaded a %1 calibration (%n track)</numerusform>
            <numerusform>Loaded a %1 calibration (%n tracks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how probable a label must be to become a tag, with a live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own vocabulary file: label names, merged tags and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Shi&amp;pped Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tracks matching a tag query as an M3U8 playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped vocabulary is used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag thresholds saved in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag thresholds set for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary %1 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped vocabulary is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M3U8 playlist (*.m3u8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) written to %1</source>
        <translation>
            <numerusform>%n track written to %1</numerusform>
            <numerusform>%n tracks written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a folder in the library: its tracks are listed at every start and rescanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Fol&amp;ders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and remove the folders kept in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new, changed and removed files in the library&apos;s folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning library… %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek &amp;Back 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek &amp;Forward 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek Back 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek Forward 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ag Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Tags into Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then write the decided tags into the selected tracks&apos; files (all tagged tracks if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the fields the last write into files changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged tracks to write tags into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Tags into Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags written into %n file(s).</source>
        <translation>
            <numerusform>Tags written into %n file.</numerusform>
            <numerusform>Tags written into %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written:</source>
        <translation>
            <numerusform>%n file not written:</numerusform>
            <numerusform>%n files not written:</numerusform>
        </translation>
    </message>
    <message>
        <source>Journaled in %1; Edit ▸ Undo Write restores the previous values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the last write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no write to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored.</source>
        <translation>
            <numerusform>%n file restored.</numerusform>
            <numerusform>%n files restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already as before.</source>
        <translation>
            <numerusform>%n file already as before.</numerusform>
            <numerusform>%n files already as before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not restored:</source>
        <translation>
            <numerusform>%n file not restored:</numerusform>
            <numerusform>%n files not restored:</numerusform>
        </translation>
    </message>
    <message>
        <source>The write stays in the journal: undo it again once these are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo Write (%n file(s))</source>
        <translation>
            <numerusform>&amp;Undo Write (%n file)</numerusform>
            <numerusform>&amp;Undo Write (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overlay O&amp;pacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::PlaybackBar</name>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::PlaylistExportDialog</name>
    <message>
        <source>Export Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracks that match the query go into an M3U8 playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jazz &gt; 0.5 and not rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracks that get the tag at the current thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by probability: &gt; &gt;= &lt; &lt;= = and a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combine; &quot;quote&quot; labels of several words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relative paths (the playlist can move with the music)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes each track&apos;s path relative to the playlist&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query to choose the tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching tracks: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::RelevanceController</name>
    <message>
        <source>R&amp;elevance Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where in the current window the network heard the selected tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Relevance &amp;Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Spectrogram &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected “%1”: View ▸ Relevance Overlay (Ctrl+Shift+R) shows where the network heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relevance could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tag first: click its bar or its row in the taggram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the relevance of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance audio written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing what made it “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relevance audio could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Relevance Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Spectrogram Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectrogram image written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen to What Made It %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SimilarTracksModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::SpectrogramView</name>
    <message>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop music files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagBarsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagBarsView</name>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagDecisionSettings</name>
    <message>
        <source>The shipped vocabulary was not found; the model&apos;s raw tags are used as labels. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved tag thresholds could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag thresholds could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved tag thresholds were not used (the defaults are): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds of labels the vocabulary does not have are not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagGroupName</name>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagName</name>
    <message>
        <source>rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female vocalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2000s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jazz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beautiful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chillout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male vocalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indie rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrumental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acoustic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female vocalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip-Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy metal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progressive rock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indie pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagPanel</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare CNN / RNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when both networks have tagged the track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagStatisticsView</name>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tracks per label at the current thresholds (%n track(s) tagged)</source>
        <translation>
            <numerusform>Tracks per label at the current thresholds (%n track tagged)</numerusform>
            <numerusform>Tracks per label at the current thresholds (%n tracks tagged)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagWritePlanModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to change</source>
        <translation>
            <numerusform>%n field to change</numerusform>
            <numerusform>%n fields to change</numerusform>
        </translation>
    </message>
    <message>
        <source>File / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TagWritePreviewDialog</name>
    <message>
        <source>Write Tags into Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decided tags of %n track(s) go into the files&apos; GENRE and MOOD fields, and all of them with their probabilities into TAGSCOPE. Nothing else in the files changes, and nothing is written until you press Write; Edit ▸ Undo Write restores the fields.</source>
        <translation>
            <numerusform>The decided tags of %n track go into the file&apos;s GENRE and MOOD fields, and all of them with their probabilities into TAGSCOPE. Nothing else in the file changes, and nothing is written until you press Write; Edit ▸ Undo Write restores the fields.</numerusform>
            <numerusform>The decided tags of %n tracks go into the files&apos; GENRE and MOOD fields, and all of them with their probabilities into TAGSCOPE. Nothing else in the files changes, and nothing is written until you press Write; Edit ▸ Undo Write restores the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add keeps what a field holds and appends the new labels; replace puts the decided labels in its place. TAGSCOPE is always replaced, and a field for which nothing is decided is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tracks&apos; results and the files&apos; current fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be written (see the list).</source>
        <translation>
            <numerusform>%n file cannot be written (see the list).</numerusform>
            <numerusform>%n files cannot be written (see the list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… %1 of %2 files done (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TaggramView</name>
    <message>
        <source>%1: silent (below %2 dBFS); its tags mean little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % zero padding (the track ends at %3); its tags mean little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags over time appear here after analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThresholdsDialog</name>
    <message>
        <source>Tag Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track gets a label when the label&apos;s probability reaches its threshold: its own where it has one, otherwise the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many tags per track, the most probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags per track, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tagged tracks to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks with at least one tag: %1 of %2 (%3 tags per track on average).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::ThresholdsTableModel</name>
    <message>
        <source>The model&apos;s tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own threshold (uncheck for the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default threshold (check to give it its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the tracks get the label at these thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TimelinePanel</name>
    <message>
        <source>&amp;Follow Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page the zoomed views along with the playhead; scrolling away pauses it until the playhead is in view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing… the spectrogram appears once the whole track is decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackDisplay</name>
    <message>
        <source>No track selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN vs RNN · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tagscope::ui::TrackSession</name>
    <message>
        <source>The stored tag thresholds were not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
