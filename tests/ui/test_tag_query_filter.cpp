// The track list's filter box: a tag query keeps exactly the tracks the engine's
// matchingTracks() finds; a bare label follows the thresholds (a new decider re-filters);
// plain text keeps its substring meaning; text that looks like a query but does not parse
// falls back to it and shows the parser's message in the window.
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <random>

#include "engine/decisions/tag_query.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/model/track_filter_proxy.h"
#include "ui/model/track_list_model.h"
#include "ui/model/window_selection.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/window/main_window.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

std::vector<std::vector<float>> randomTracks(std::size_t count) {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<std::vector<float>> tracks(count, std::vector<float>(kTagCount));
    for (auto& track : tracks)
        for (float& p : track) p = uniform(random) * uniform(random);
    return tracks;
}

// A list of these tracks scored by the decider (track n at row n, path "/t/n.mp3").
void fill(TrackListModel& model, const std::vector<std::vector<float>>& tracks,
          const TagDecider& decider) {
    std::vector<TrackEntry> entries;
    for (std::size_t n = 0; n < tracks.size(); ++n) {
        TrackEntry e = TrackListModel::queuedEntry(QStringLiteral("/t/%1.mp3").arg(n));
        e.status = TrackStatus::Done;
        e.topTags = topTagNames(tracks[n], 3);
        e.scores = decider.score(tracks[n]);
        entries.push_back(std::move(e));
    }
    model.addTracks(std::move(entries));
}

std::vector<std::size_t> shownTracks(const TrackFilterProxy& proxy) {
    std::vector<std::size_t> shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString path = proxy.index(row, 0).data(TrackListModel::PathRole).toString();
        shown.push_back(std::size_t(QFileInfo(path).completeBaseName().toULongLong()));
    }
    std::sort(shown.begin(), shown.end());
    return shown;
}

std::vector<std::size_t> expected(const std::string& text,
                                  const std::vector<std::vector<float>>& tracks,
                                  const TagDecider& decider) {
    const TagQuery query = TagQuery::parse(text, decider.vocabulary());
    std::vector<std::size_t> matches = matchingTracks(query, tracks, decider);
    std::sort(matches.begin(), matches.end());
    return matches;
}

}  // namespace

class TestTagQueryFilter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }

    void queriesKeepWhatTheEngineMatches() {
        const Vocabulary vocabulary = Vocabulary::loadDefault();
        const auto decider = std::make_shared<const TagDecider>(vocabulary, Thresholds{});
        const std::vector<std::vector<float>> tracks = randomTracks(500);
        TrackListModel model;
        fill(model, tracks, *decider);
        TrackFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setDecider(decider);

        for (const std::string text :
             {"jazz > 0.5 and not rock", "(Pop or \"female vocalists\") and 80s < 0.2",
              "JAZZ AND NOT rock >= 0.3", "mellow = 0", "not (chillout or electronic)"}) {
            proxy.setTagFilter(QString::fromStdString(text));
            QVERIFY2(proxy.filter().isQuery(), text.c_str());
            const std::vector<std::size_t> want = expected(text, tracks, *decider);
            QVERIFY2(!want.empty() || text == "mellow = 0", text.c_str());
            QCOMPARE(shownTracks(proxy), want);
        }
    }

    void aBareLabelFollowsTheThresholds() {
        const Vocabulary vocabulary = Vocabulary::loadDefault();
        const std::vector<std::vector<float>> tracks = randomTracks(300);
        const auto loose = std::make_shared<const TagDecider>(vocabulary, Thresholds{});
        Thresholds strictThresholds;
        strictThresholds.globalDefault = 0.6;
        const auto strict = std::make_shared<const TagDecider>(vocabulary, strictThresholds);

        TrackListModel model;
        fill(model, tracks, *loose);
        TrackFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setDecider(loose);
        proxy.setTagFilter(QStringLiteral("jazz"));
        QVERIFY(proxy.filter().isQuery());
        const std::vector<std::size_t> atLoose = expected("jazz", tracks, *loose);
        QCOMPARE(shownTracks(proxy), atLoose);

        // The session rescores its rows, then hands the proxy the new decider.
        TrackListModel rescored;
        fill(rescored, tracks, *strict);
        proxy.setSourceModel(&rescored);
        proxy.setDecider(strict);
        const std::vector<std::size_t> atStrict = expected("jazz", tracks, *strict);
        QVERIFY(atStrict.size() < atLoose.size());
        QCOMPARE(shownTracks(proxy), atStrict);
    }

    void plainTextAndBrokenQueriesInTheWindow() {
        test::resetSettings();
        MainWindow window;
        QVERIFY(QTest::qWaitFor([&] { return window.library()->isOpen(); }, 10000));
        TrackSession& session = *window.session();
        const std::vector<std::vector<float>> tracks = randomTracks(50);
        fill(*session.tracks(), tracks, *session.decider());
        TrackFilterProxy* proxy = window.trackProxy();

        window.filterEdit()->setText(QStringLiteral("jaz"));  // not a label: a substring
        QVERIFY(!proxy->filter().isQuery());
        QVERIFY(window.filterErrorLabel()->isHidden());
        int withJazz = 0;
        for (const auto& track : tracks)
            withJazz += topTagNames(track, 3).contains(QStringLiteral("jazz"));
        QCOMPARE(proxy->rowCount(), withJazz);

        window.filterEdit()->setText(QStringLiteral("jazz > 1.5"));
        QVERIFY(!proxy->filter().isQuery());
        QVERIFY(!proxy->filter().error().isEmpty());
        QVERIFY(!window.filterErrorLabel()->isHidden());
        QVERIFY(window.filterErrorLabel()->text().contains(QStringLiteral("tag query")));

        window.filterEdit()->setText(QStringLiteral("jazz > 0.5 and not rock"));
        QVERIFY(proxy->filter().isQuery());
        QVERIFY(window.filterErrorLabel()->isHidden());
        QCOMPARE(std::size_t(proxy->rowCount()),
                 expected("jazz > 0.5 and not rock", tracks, *session.decider()).size());
        window.filterEdit()->clear();
        QCOMPARE(proxy->rowCount(), 50);
    }
};

QTEST_MAIN(TestTagQueryFilter)
#include "test_tag_query_filter.moc"
