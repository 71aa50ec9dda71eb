// From probabilities to tags in the app: the thresholds dialog's live preview against the
// engine, Restore Defaults, the settings' storage hooks and vocabulary file, the playlist
// dialog's query check and count, and the playlist file.
#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <numeric>
#include <random>
#include <stdexcept>
#include <tuple>

#include "engine/decisions/tag_query.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/export/playlist_export.h"
#include "ui/model/decision_preview.h"
#include "ui/model/tag_decision_settings.h"
#include "ui/model/thresholds_table_model.h"
#include "ui/window/application_setup.h"
#include "ui/window/playlist_export_dialog.h"
#include "ui/window/thresholds_dialog.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// Sparse like the networks' output (most tags near 0, a few high), reproducibly.
std::vector<std::vector<float>> syntheticTracks(std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<std::vector<float>> tracks(count, std::vector<float>(kTagCount));
    for (auto& track : tracks)
        for (float& p : track) {
            const float u = uniform(random);
            p = u * u * u * u * u;
        }
    return tracks;
}

std::size_t labelIndex(const Vocabulary& vocabulary, const char* name) {
    const auto index = vocabulary.find(name);
    if (!index) throw std::runtime_error(std::string("no label ") + name);
    return *index;
}

std::vector<std::size_t> shownCounts(const ThresholdsTableModel& model) {
    std::vector<std::size_t> counts;
    for (int row = 0; row < model.rowCount(); ++row) counts.push_back(model.count(row));
    return counts;
}

// The proxy index of a label's threshold cell in the dialog's table.
QModelIndex thresholdCell(const ThresholdsDialog& dialog, const Vocabulary& vocabulary,
                          const char* label) {
    auto* view = dialog.findChild<QTableView*>();
    const QModelIndex source = dialog.tableModel()->index(int(labelIndex(vocabulary, label)),
                                                          ThresholdsTableModel::ThresholdColumn);
    return static_cast<const QAbstractProxyModel*>(view->model())->mapFromSource(source);
}

void settle() {
    // The dialogs recount on a 0-ms timer.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

Thresholds makeThresholds(double globalDefault, std::map<std::string, double> perLabel = {},
                          int topN = 0) {
    Thresholds thresholds;
    thresholds.globalDefault = globalDefault;
    thresholds.perLabel = std::move(perLabel);
    thresholds.topN = topN;
    return thresholds;
}

bool sameThresholds(const Thresholds& a, const Thresholds& b) {
    return a.globalDefault == b.globalDefault && a.topN == b.topN && a.perLabel == b.perLabel;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The shipped vocabulary with one label renamed: a user's vocabulary file.
QString writeVocabulary(const QTemporaryDir& dir, const Vocabulary& shipped, const char* from,
                        const char* to) {
    QString json = QStringLiteral(R"({"format": "tagscope-vocabulary", "version": 1, "tags": [)");
    for (std::size_t tag = 0; tag < kTagCount; ++tag) {
        const VocabularyLabel& label = shipped[shipped.labelOfRawTag(tag)];
        const std::string name = label.name == from ? to : label.name;
        json += QStringLiteral(R"(%1{"tag": "%2", "label": "%3", "group": "%4"})")
                    .arg(tag ? QStringLiteral(",") : QString(),
                         QString::fromStdString(std::string(tagNames()[tag])),
                         QString::fromStdString(name),
                         QString::fromStdString(std::string(tagGroupId(label.group))));
    }
    const QString path = dir.filePath(QStringLiteral("my-vocabulary.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write((json + QStringLiteral("]}")).toUtf8());
    return path;
}

}  // namespace

class TestDecisionsUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::prepareApplication();
        tracks_ = syntheticTracks(400, 7);
    }

    void previewCountsAreTheEngines() {
        const Thresholds start = makeThresholds(0.1, {{"jazz", 0.3}});
        ThresholdsDialog dialog(vocabulary_, start, tracks_);
        const ThresholdsTableModel& model = *dialog.tableModel();
        QCOMPARE(model.rowCount(), int(vocabulary_.size()));
        QCOMPARE(shownCounts(model), countPerLabel(tracks_, vocabulary_, start));
        QVERIFY(sameThresholds(dialog.thresholds(), start));

        // The global default (spin box; the slider follows).
        auto* spin = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("defaultThreshold"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 0.1);
        spin->setValue(0.25);
        settle();
        Thresholds expected = start;
        expected.globalDefault = 0.25;
        QVERIFY(sameThresholds(dialog.thresholds(), expected));
        QCOMPARE(shownCounts(model), countPerLabel(tracks_, vocabulary_, expected));
        QCOMPARE(dialog.findChild<QSlider*>()->value(), 250);
        dialog.findChild<QSlider*>()->setValue(50);
        settle();
        expected.globalDefault = 0.05;
        QCOMPARE(spin->value(), 0.05);
        QCOMPARE(shownCounts(model), countPerLabel(tracks_, vocabulary_, expected));

        // A label's own threshold, through the table as the delegate sets it.
        QAbstractItemModel* view = dialog.findChild<QTableView*>()->model();
        QVERIFY(view->setData(thresholdCell(dialog, vocabulary_, "rock"), 0.02, Qt::EditRole));
        settle();
        expected.perLabel["rock"] = 0.02;
        QVERIFY(sameThresholds(dialog.thresholds(), expected));
        QCOMPARE(shownCounts(model), countPerLabel(tracks_, vocabulary_, expected));
        QCOMPARE(thresholdCell(dialog, vocabulary_, "rock").data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        // Unchecking gives the label back to the default; checking takes the default as its own.
        QVERIFY(view->setData(thresholdCell(dialog, vocabulary_, "jazz"), Qt::Unchecked,
                              Qt::CheckStateRole));
        QVERIFY(view->setData(thresholdCell(dialog, vocabulary_, "pop"), Qt::Checked,
                              Qt::CheckStateRole));
        settle();
        expected.perLabel.erase("jazz");
        expected.perLabel["pop"] = 0.05;
        QVERIFY(sameThresholds(dialog.thresholds(), expected));
        QCOMPARE(shownCounts(model), countPerLabel(tracks_, vocabulary_, expected));
        QCOMPARE(thresholdCell(dialog, vocabulary_, "jazz").data(Qt::DisplayRole).toString(),
                 QStringLiteral("0.050"));
        QVERIFY(!view->setData(thresholdCell(dialog, vocabulary_, "jazz"), 1.5, Qt::EditRole));

        // The top-N cap.
        dialog.findChild<QSpinBox*>(QStringLiteral("topN"))->setValue(2);
        settle();
        expected.topN = 2;
        QVERIFY(sameThresholds(dialog.thresholds(), expected));
        const std::vector<std::size_t> capped = countPerLabel(tracks_, vocabulary_, expected);
        QCOMPARE(shownCounts(model), capped);

        // The total: tracks with at least one tag.
        const TagDecider decider(vocabulary_, expected);
        std::size_t tagged = 0, tags = 0;
        for (const auto& track : tracks_) {
            tagged += decider.score(track).decided != 0;
            tags += std::size_t(decider.score(track).decidedCount());
        }
        const DecisionPreview preview = previewDecisions(tracks_, decider);
        QCOMPARE(preview.tagged, tagged);
        QCOMPARE(preview.tags, tags);
        QVERIFY2(
            dialog.summary().contains(QStringLiteral("%1 of %2 (").arg(tagged).arg(tracks_.size())),
            qPrintable(dialog.summary()));
        QCOMPARE(std::accumulate(capped.begin(), capped.end(), std::size_t(0)), tags);
    }

    void editsAreCoalesced() {
        ThresholdsDialog dialog(vocabulary_, Thresholds{}, tracks_);
        const auto before = shownCounts(*dialog.tableModel());
        auto* spin = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("defaultThreshold"));
        for (int step = 1; step <= 20; ++step) spin->setValue(0.1 + step * 0.01);
        QCOMPARE(shownCounts(*dialog.tableModel()), before);  // nothing recounted yet
        settle();
        Thresholds expected;
        expected.globalDefault = 0.3;
        QCOMPARE(shownCounts(*dialog.tableModel()), countPerLabel(tracks_, vocabulary_, expected));
    }

    void thresholdEditorCommitsEachStep() {
        ThresholdsDialog dialog(vocabulary_, Thresholds{}, tracks_);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* view = dialog.findChild<QTableView*>();
        const QModelIndex cell = thresholdCell(dialog, vocabulary_, "jazz");
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* editor = view->findChild<QDoubleSpinBox*>();
        QVERIFY(editor);
        QCOMPARE(editor->value(), kDefaultThreshold);
        editor->stepBy(5);  // as the arrows and the wheel do: the preview follows at once
        settle();
        QVERIFY(dialog.thresholds().perLabel.contains("jazz"));
        QCOMPARE(dialog.thresholds().perLabel.at("jazz"), 0.15);
        QCOMPARE(shownCounts(*dialog.tableModel()),
                 countPerLabel(tracks_, vocabulary_, dialog.thresholds()));
        QCOMPARE(editor->value(), 0.15);  // the commit did not disturb the editor
    }

    void previewWithoutTracks() {
        std::vector<std::vector<float>> tracks{std::vector<float>(3, 0.5f)};  // not 50 values
        ThresholdsDialog dialog(vocabulary_, Thresholds{}, tracks);
        QCOMPARE(dialog.summary(), QStringLiteral("No tagged tracks to preview."));
        QCOMPARE(shownCounts(*dialog.tableModel()), std::vector<std::size_t>(vocabulary_.size()));
    }

    void tableSortsByCount() {
        ThresholdsDialog dialog(vocabulary_, Thresholds{}, tracks_);
        auto* view = dialog.findChild<QTableView*>();
        const QAbstractItemModel* sorted = view->model();
        // Vocabulary order until a column is chosen.
        QCOMPARE(sorted->index(0, 0).data().toString(),
                 QString::fromStdString(vocabulary_[0].name));
        view->sortByColumn(ThresholdsTableModel::TracksColumn, Qt::DescendingOrder);
        const auto counts = countPerLabel(tracks_, vocabulary_, Thresholds{});
        QCOMPARE(sorted->index(0, ThresholdsTableModel::TracksColumn).data().toULongLong(),
                 qulonglong(*std::max_element(counts.begin(), counts.end())));
        for (int row = 1; row < sorted->rowCount(); ++row)
            QVERIFY(
                sorted->index(row - 1, ThresholdsTableModel::TracksColumn).data().toULongLong() >=
                sorted->index(row, ThresholdsTableModel::TracksColumn).data().toULongLong());
        view->sortByColumn(ThresholdsTableModel::GroupColumn, Qt::AscendingOrder);
        QCOMPARE(sorted->index(sorted->rowCount() - 1, ThresholdsTableModel::GroupColumn).data(),
                 QVariant(QStringLiteral("Vocals")));
    }

    void restoreDefaults() {
        const Thresholds start = makeThresholds(0.3, {{"jazz", 0.5}, {"rock", 0.05}}, 3);
        ThresholdsDialog dialog(vocabulary_, start, tracks_);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("topN"))->value(), 3);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        settle();
        QVERIFY(sameThresholds(dialog.thresholds(), Thresholds{}));
        QCOMPARE(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("defaultThreshold"))->value(),
                 kDefaultThreshold);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("topN"))->value(), 0);
        QCOMPARE(shownCounts(*dialog.tableModel()),
                 countPerLabel(tracks_, vocabulary_, Thresholds{}));
    }

    void thresholdsRoundTripThroughTheStorageHooks() {
        std::optional<std::string> stored;
        int saves = 0;
        const ThresholdsStorage storage{[&] { return stored; },
                                        [&](const std::string& json) {
                                            stored = json;
                                            ++saves;
                                        }};
        TagDecisionSettings settings(vocabulary_);
        QSignalSpy changed(&settings, &TagDecisionSettings::changed);
        QCOMPARE(settings.setStorage(storage), QString());  // nothing stored: the defaults
        QCOMPARE(changed.count(), 1);
        QVERIFY(sameThresholds(settings.thresholds(), Thresholds{}));

        ThresholdsDialog dialog(vocabulary_, settings.thresholds(), tracks_);
        dialog.findChild<QDoubleSpinBox*>(QStringLiteral("defaultThreshold"))->setValue(0.123);
        dialog.findChild<QSpinBox*>(QStringLiteral("topN"))->setValue(4);
        QAbstractItemModel* view = dialog.findChild<QTableView*>()->model();
        view->setData(thresholdCell(dialog, vocabulary_, "female vocalists"), 0.2, Qt::EditRole);
        view->setData(thresholdCell(dialog, vocabulary_, "r&b"), 0.075, Qt::EditRole);
        settle();
        const Thresholds edited = dialog.thresholds();
        QVERIFY(sameThresholds(
            edited, makeThresholds(0.123, {{"female vocalists", 0.2}, {"r&b", 0.075}}, 4)));
        QCOMPARE(settings.setThresholds(edited), QString());
        QCOMPARE(saves, 1);
        QCOMPARE(changed.count(), 2);
        QVERIFY(stored);
        QCOMPARE(*stored, edited.toJson());

        TagDecisionSettings restarted(vocabulary_);
        QCOMPARE(restarted.setStorage(storage), QString());
        QVERIFY(sameThresholds(restarted.thresholds(), edited));
        QCOMPARE(restarted.thresholds().perLabel, edited.perLabel);
        QCOMPARE(restarted.thresholds().globalDefault, 0.123);
        // The decider decides as the engine does with the same thresholds.
        QCOMPARE(countPerLabel(tracks_, restarted.decider()),
                 countPerLabel(tracks_, vocabulary_, edited));

        // Invalid thresholds change nothing and save nothing.
        Thresholds invalid = edited;
        invalid.perLabel["jazzz"] = 0.3;
        QVERIFY(settings.setThresholds(invalid).contains(QStringLiteral("did you mean")));
        QCOMPARE(saves, 1);
        QVERIFY(sameThresholds(settings.thresholds(), edited));
    }

    void storedThresholdsThatDoNotFit() {
        std::optional<std::string> stored = std::string("{not json");
        TagDecisionSettings settings(vocabulary_);
        const ThresholdsStorage storage{[&] { return stored; },
                                        [&](const std::string& json) { stored = json; }};
        QVERIFY(!settings.setStorage(storage).isEmpty());  // reported, defaults used
        QVERIFY(sameThresholds(settings.thresholds(), Thresholds{}));
        QCOMPARE(*stored, std::string("{not json"));  // left as it was

        // Overrides of labels the vocabulary lacks are dropped (and named); the rest is kept.
        stored = R"({"format": "tagscope-thresholds", "version": 1, "default": 0.2,
                     "labels": {"jazz": 0.4, "smooth jazz": 0.3}})";
        const QString note = settings.reloadThresholds();
        QVERIFY2(note.contains(QStringLiteral("smooth jazz")), qPrintable(note));
        QCOMPARE(settings.thresholds().globalDefault, 0.2);
        QCOMPARE(settings.thresholds().perLabel, (std::map<std::string, double>{{"jazz", 0.4}}));

        // A hook that throws: reported, and the thresholds still hold for the session.
        const ThresholdsStorage failing{
            [] { return std::optional<std::string>(); },
            [](const std::string&) -> void { throw std::runtime_error("store is read-only"); }};
        settings.setStorage(failing);
        const Thresholds capped = makeThresholds(kDefaultThreshold, {}, 5);
        QVERIFY(settings.setThresholds(capped).contains(QStringLiteral("store is read-only")));
        QCOMPARE(settings.thresholds().topN, 5);
    }

    void userVocabulary() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::optional<std::string> stored;
        TagDecisionSettings settings;  // the shipped vocabulary
        QCOMPARE(settings.vocabularyError(), QString());
        QCOMPARE(settings.vocabulary().size(), vocabulary_.size());
        settings.setStorage({[&] { return stored; }, [&](const std::string& j) { stored = j; }});
        settings.setThresholds(makeThresholds(kDefaultThreshold, {{"jazz", 0.4}, {"rock", 0.2}}));

        // A file that does not load changes nothing and says why.
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "tagscope-vocabulary", "version": 1, "tags": []})");
        broken.close();
        QSignalSpy changed(&settings, &TagDecisionSettings::changed);
        QVERIFY(!settings.setVocabularyPath(broken.fileName()).isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.vocabularyPath(), QString());

        // jazz renamed: its override no longer applies, rock's does.
        const QString mine = writeVocabulary(dir, vocabulary_, "jazz", "smooth jazz");
        const QString note = settings.setVocabularyPath(mine);
        QVERIFY2(note.contains(QStringLiteral("jazz")), qPrintable(note));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.vocabularyPath(), mine);
        QVERIFY(settings.vocabulary().find("smooth jazz"));
        QCOMPARE(settings.thresholds().perLabel, (std::map<std::string, double>{{"rock", 0.2}}));
        QCOMPARE(settings.decider().labelCount(), vocabulary_.size());

        // Back to the shipped vocabulary: jazz's override is there again (it was never saved
        // away).
        QCOMPARE(settings.setVocabularyPath({}), QString());
        QCOMPARE(settings.thresholds().perLabel,
                 (std::map<std::string, double>{{"jazz", 0.4}, {"rock", 0.2}}));
    }

    void playlistDialogChecksTheQuery() {
        const Thresholds thresholds = makeThresholds(0.1, {}, 3);
        const TagDecider decider(vocabulary_, thresholds);
        const QString text = QStringLiteral("rock > 0.05 and not jazz");
        PlaylistExportDialog dialog(decider, tracks_, text);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        auto* excerpt = dialog.findChild<QLabel*>(QStringLiteral("excerpt"));
        QCOMPARE(dialog.query(), text);
        QVERIFY(dialog.queryIsValid());
        QVERIFY(ok->isEnabled());
        const auto engine =
            matchingTracks(TagQuery::parse(text.toStdString(), vocabulary_), tracks_, decider);
        QVERIFY(!engine.empty() && engine.size() < tracks_.size());
        QCOMPARE(dialog.matches(), engine);
        QCOMPARE(
            status->text(),
            QStringLiteral("Matching tracks: %1 of %2.").arg(engine.size()).arg(tracks_.size()));

        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("query"));
        edit->setText(QStringLiteral("jazzz and rock"));
        settle();
        QVERIFY(!dialog.queryIsValid());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problemPosition(), 1);
        QVERIFY(dialog.matches().empty());
        QCOMPARE(status->text(),
                 QStringLiteral("unknown label 'jazzz' at 1; did you mean 'jazz'?"));
        QVERIFY(!excerpt->text().isEmpty());
        QVERIFY2(excerpt->text().contains(QStringLiteral(">j</span>azzz and rock")),
                 qPrintable(excerpt->text()));

        // The position counts characters: the marker sits on the 'ü'.
        edit->setText(QStringLiteral("jazz and (rock or über"));
        settle();
        QCOMPARE(dialog.problemPosition(), 19);
        QVERIFY2(excerpt->text().contains(QStringLiteral(">\u00fc</span>ber")),
                 qPrintable(excerpt->text()));
        edit->setText(QStringLiteral("jazz and (rock"));
        settle();
        QCOMPARE(dialog.problemPosition(), 10);
        QVERIFY(status->text().contains(QStringLiteral("never closed")));
        edit->setText(QStringLiteral("jazz and"));
        settle();
        QVERIFY(!dialog.queryIsValid());
        QVERIFY(excerpt->text().contains(QStringLiteral("> </span>")));  // past the end

        edit->setText(QStringLiteral("   "));
        settle();
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(excerpt->text().isEmpty());

        // A bare label: the tracks that get it (top-3 cap included).
        edit->setText(QStringLiteral("Female Vocalists OR \"hip-hop\""));
        settle();
        QVERIFY(ok->isEnabled());
        QVERIFY(excerpt->text().isEmpty());
        QCOMPARE(dialog.matches(),
                 matchingTracks(TagQuery::parse("female vocalists or hip-hop", vocabulary_),
                                tracks_, decider));
        QVERIFY(!dialog.relativePaths());
        dialog.setRelativePaths(true);
        QVERIFY(dialog.relativePaths());

        // Accepting right after typing (before the check ran) checks the query first.
        edit->setText(QStringLiteral("jazz"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.matches(),
                 matchingTracks(TagQuery::parse("jazz", vocabulary_), tracks_, decider));
        dialog.setResult(QDialog::Rejected);
        edit->setText(QStringLiteral("jazz and"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void playlistFileIsTheEnginesM3u8() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("music/Ana Mü")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("lists")));
        const QString first = dir.filePath(QStringLiteral("music/Ana Mü/01 Café.mp3"));
        const QString second = dir.filePath(QStringLiteral("music/no tags.flac"));
        const std::vector<PlaylistEntry> entries{
            playlistEntry(first, 244.6, QStringLiteral("Ana Müller"), QStringLiteral("Café")),
            playlistEntry(second, std::nullopt)};

        const QString absolute = dir.filePath(QStringLiteral("lists/all.m3u8"));
        QCOMPARE(writePlaylistFile(absolute, entries, false), QString());
        QCOMPARE(QString::fromUtf8(readAll(absolute)),
                 QStringLiteral("#EXTM3U\n#EXTINF:245,Ana Müller - Café\n%1\n"
                                "#EXTINF:-1,no tags\n%2\n")
                     .arg(first, second));
        const QString relative = dir.filePath(QStringLiteral("lists/relative.m3u8"));
        QCOMPARE(writePlaylistFile(relative, entries, true), QString());
        QCOMPARE(readAll(relative),
                 QByteArray("#EXTM3U\n#EXTINF:245,Ana Müller - Café\n../music/Ana Mü/01 Café.mp3\n"
                            "#EXTINF:-1,no tags\n../music/no tags.flac\n"));

        // A missing folder: reported with the path, nothing written.
        const QString missing = dir.filePath(QStringLiteral("missing/list.m3u8"));
        const QString error = writePlaylistFile(missing, entries, false);
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("missing"))).exists());
        // A track that cannot be listed: the existing playlist is left as it was.
        const std::vector<PlaylistEntry> bad{playlistEntry(QStringLiteral("/music/a\nb.mp3"), 1)};
        QVERIFY(!writePlaylistFile(absolute, bad, false).isEmpty());
        QVERIFY(readAll(absolute).startsWith("#EXTM3U\n#EXTINF:245,"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("lists"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("all.m3u8"), QStringLiteral("relative.m3u8")}));
    }

    void germanTranslation() {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("tagscope"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(german.translate("tagscope::ui::ThresholdsDialog", "Tag Thresholds"),
                 QStringLiteral("Tag-Schwellenwerte"));
        QCOMPARE(german.translate("tagscope::ui::PlaylistExportDialog", "Export Playlist"),
                 QStringLiteral("Wiedergabeliste exportieren"));
        QCOMPARE(german.translate("tagscope::ui::TagGroupName", "Mood"),
                 QStringLiteral("Stimmung"));
        QCOMPARE(german.translate("PlaylistExport", "The playlist was not saved: %1"),
                 QStringLiteral("Die Wiedergabeliste wurde nicht gespeichert: %1"));
    }

    // English texts with a count read as words ("1 track", "3 tracks"), also under a locale
    // Tagscope has no translation for; German keeps its own plurals.
    void pluralsAreSpelledOut() {
        const auto installed = [](const QLocale& locale) {
            const bool found = installTranslations(*qApp, locale);
            const QString one = QCoreApplication::translate("tagscope::ui::MainWindow",
                                                            "Added %n track(s)", nullptr, 1);
            const QString three = QCoreApplication::translate("tagscope::ui::MainWindow",
                                                              "Added %n track(s)", nullptr, 3);
            for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
            return std::tuple{found, one, three};
        };
        QCOMPARE(
            installed(QLocale(QLocale::English, QLocale::UnitedKingdom)),
            std::tuple(true, QStringLiteral("Added 1 track"), QStringLiteral("Added 3 tracks")));
        QCOMPARE(
            installed(QLocale(QLocale::French, QLocale::France)),
            std::tuple(false, QStringLiteral("Added 1 track"), QStringLiteral("Added 3 tracks")));
        QCOMPARE(installed(QLocale(QLocale::German, QLocale::Germany)),
                 std::tuple(true, QStringLiteral("1 Titel hinzugefügt"),
                            QStringLiteral("3 Titel hinzugefügt")));
        QCOMPARE(QCoreApplication::translate("tagscope::ui::MainWindow", "Added %n track(s)",
                                             nullptr, 3),
                 QStringLiteral("Added 3 track(s)"));  // nothing left installed
    }

private:
    Vocabulary vocabulary_ = Vocabulary::loadDefault();
    std::vector<std::vector<float>> tracks_;
};

QTEST_MAIN(TestDecisionsUi)
#include "test_decisions_ui.moc"
