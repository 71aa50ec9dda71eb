// Renders the thresholds dialog, the playlist export dialog and the preview of a tag write
// (light and dark palettes, English and German) to PNGs in the build tree, for looking at:
// decisions_*.png and tag_write_preview_*.png in build/ui-screenshots/. A tool, not a test.
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <cmath>
#include <cstdio>
#include <random>

#include "engine/decisions/tag_decisions.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/model/tag_write_plan_model.h"
#include "ui/window/application_setup.h"
#include "ui/window/playlist_export_dialog.h"
#include "ui/window/tag_write_preview_dialog.h"
#include "ui/window/thresholds_dialog.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// A library's worth of tracks, sparse like the networks' output: the first tags (rock, pop,
// …) come up more often than the last, as in the training data.
std::vector<std::vector<float>> libraryTracks(std::size_t count) {
    std::mt19937 random(2016);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<std::vector<float>> tracks(count, std::vector<float>(kTagCount));
    for (auto& track : tracks)
        for (std::size_t tag = 0; tag < kTagCount; ++tag)
            track[tag] = std::pow(uniform(random), 6.0f + 0.4f * float(tag));
    return tracks;
}

// A write plan as the preview shows it: three files to change (one with a field unchecked), one
// with nothing to change, two that cannot be written.
WritePlan examplePlan() {
    const auto change = [](TagField field, FieldValues current, FieldValues next) {
        return FieldChange{field, std::move(current), std::move(next)};
    };
    WritePlan plan;
    plan.files.push_back(
        {"/music/Album/01 Blue in Green.mp3",
         TagFormat::Mp3,
         1,
         {},
         {change(TagField::Genre, {"Piano"}, {"Piano", "jazz"}),
          change(TagField::Mood, {}, {"mellow"}),
          change(TagField::Tagscope, {}, {"jazz=0.91; mellow=0.21; piano=0.15"})}});
    plan.files.push_back(
        {"/music/Album/02 So What.flac",
         TagFormat::Flac,
         2,
         {},
         {change(TagField::Genre, {}, {"jazz", "blues"}), change(TagField::Mood, {}, {}),
          change(TagField::Tagscope, {}, {"jazz=0.84; blues=0.32"})}});
    plan.files.push_back(
        {"/music/Album/03 Freddie Freeloader.m4a",
         TagFormat::Mp4,
         3,
         {},
         {change(TagField::Genre, {"Jazz"}, {"Jazz; soul"}), change(TagField::Mood, {}, {}),
          change(TagField::Tagscope, {"jazz=0.70"}, {"jazz=0.77; soul=0.12"})}});
    plan.files.push_back(
        {"/music/Album/04 All Blues.ogg",
         TagFormat::OggVorbis,
         4,
         {},
         {change(TagField::Genre, {"jazz"}, {"jazz"}), change(TagField::Mood, {}, {}),
          change(TagField::Tagscope, {"jazz=0.93"}, {"jazz=0.93"})}});
    plan.failures.push_back({"/music/Album/05 Flamenco Sketches.mp3",
                             "/music/Album/05 Flamenco Sketches.mp3: is read-only; not replaced"});
    plan.failures.push_back(
        {"/music/Album/06 Live.wav",
         "/music/Album/06 Live.wav: changed since it was analysed; analyse it again (tags not "
         "written)"});
    return plan;
}

bool saveAs(QWidget& widget, const QString& fileName) {
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget)) return false;
    QTest::qWait(50);
    const QString path = test::screenshotDir() + QLatin1Char('/') + fileName;
    const bool saved = widget.grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    widget.hide();
    return saved;
}

bool save(QWidget& widget, const QString& name) {
    return saveAs(widget, QStringLiteral("decisions_%1.png").arg(name));
}

bool renderAll(const QString& suffix) {
    const Vocabulary vocabulary = Vocabulary::loadDefault();
    const auto tracks = libraryTracks(2500);
    Thresholds thresholds;
    thresholds.perLabel = {{"jazz", 0.3}, {"female vocalists", 0.2}, {"electronic", 0.05}};
    thresholds.topN = 5;
    bool ok = true;

    ThresholdsDialog dialog(vocabulary, thresholds, tracks);
    ok &= save(dialog, QStringLiteral("thresholds_") + suffix);
    dialog.findChild<QTableView*>()->sortByColumn(3, Qt::DescendingOrder);
    ok &= save(dialog, QStringLiteral("thresholds_by_count_") + suffix);

    const TagDecider decider(vocabulary, thresholds);
    PlaylistExportDialog playlist(decider, tracks,
                                  QStringLiteral("female vocalists and (soul or r&b) and not 80s"));
    ok &= save(playlist, QStringLiteral("playlist_") + suffix);
    playlist.findChild<QLineEdit*>()->setText(QStringLiteral("jazz > 0.5 and not rokc"));
    QTest::qWait(10);
    ok &= save(playlist, QStringLiteral("playlist_error_") + suffix);

    TagWritePreviewDialog preview(WriteMode::Add, 6);
    preview.showPlan(examplePlan());
    TagWritePlanModel& model = *preview.planModel();
    model.setData(
        model.index(1, 0, model.fileIndex(QStringLiteral("/music/Album/02 So What.flac"))),
        Qt::Unchecked, Qt::CheckStateRole);
    ok &= saveAs(preview, QStringLiteral("tag_write_preview_%1.png").arg(suffix));
    preview.showWriting(2, 3, QStringLiteral("/music/Album/03 Freddie Freeloader.m4a"));
    ok &= saveAs(preview, QStringLiteral("tag_write_progress_%1.png").arg(suffix));
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    test::prepareApplication();
    const QPalette dark = QApplication::palette();
    const QPalette light = QApplication::style()->standardPalette();
    bool ok = true;

    QApplication::setPalette(light);
    ok &= renderAll(QStringLiteral("light"));
    QApplication::setPalette(dark);
    ok &= renderAll(QStringLiteral("dark"));

    if (!installTranslations(app, QLocale(QLocale::German, QLocale::Germany))) return 1;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QApplication::setPalette(light);
    ok &= renderAll(QStringLiteral("light_de"));
    return ok ? 0 : 1;
}
