// The compare tab's agreement figures for constructed results, and the CSV export read back.
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <clocale>
#include <cstdio>
#include <numeric>
#include <string>

#include "engine/report/agreement.h"
#include "engine/tags.h"
#include "gui_test_support.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/views/compare_view.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_panel.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// A complete result holding just these central probabilities.
ModelResult constructedResult(std::vector<float> central) {
    ModelResult r;
    r.central = central;
    r.summary = std::move(central);
    r.complete = true;
    return r;
}

struct CsvRow {
    QString file, model;
    double start = -1;
    std::vector<double> values;
};

// Parses the export (no quoted fields in these paths).
std::vector<CsvRow> parseCsv(const QByteArray& text, bool withWindows, QStringList* header) {
    QList<QByteArray> lines = text.trimmed().split('\n');
    *header = QString::fromUtf8(lines.takeFirst()).split(QLatin1Char(','));
    std::vector<CsvRow> rows;
    for (const QByteArray& line : lines) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(','));
        CsvRow row;
        row.file = fields[0];
        row.model = fields[1];
        int first = 2;
        if (withWindows) row.start = fields[first++].toDouble();
        for (int i = first; i < fields.size(); ++i) row.values.push_back(fields[i].toDouble());
        rows.push_back(std::move(row));
    }
    return rows;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestCompareExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void compareTabShowsTheAgreementOfBothNetworks() {
        // CNN: tag i has probability i/100; RNN: the same ranking with its top two swapped
        // and tags 0 and 1 swapped: top-5 overlap 5, Spearman 1 - 6·(4·1)/(50·(50²-1)).
        std::vector<float> cnn(kTagCount), rnn(kTagCount);
        for (std::size_t i = 0; i < kTagCount; ++i) cnn[i] = rnn[i] = float(i) / 100.0f;
        std::swap(rnn[49], rnn[48]);
        std::swap(rnn[0], rnn[1]);
        // And a second track whose RNN ranking is exactly reversed: overlap 0, Spearman -1.
        std::vector<float> reversed(cnn.rbegin(), cnn.rend());

        MainWindow window;
        QVERIFY(QTest::qWaitFor([&] { return window.library()->isOpen(); }, 10000));
        window.setModelChoice(ModelChoice::Both);
        TrackSession& session = *window.session();
        const QString first = QStringLiteral("/constructed/first.mp3");
        const QString second = QStringLiteral("/constructed/second.mp3");
        session.cache().storeResult(first, session.configFor(NetworkKind::ConvNet),
                                    constructedResult(cnn));
        session.cache().storeResult(first, session.configFor(NetworkKind::RecurrentNet),
                                    constructedResult(rnn));
        session.cache().storeResult(second, session.configFor(NetworkKind::ConvNet),
                                    constructedResult(cnn));
        session.cache().storeResult(second, session.configFor(NetworkKind::RecurrentNet),
                                    constructedResult(reversed));
        const std::vector<TrackId> ids = session.addFiles({first, second});
        QCOMPARE(session.tracks()->entryAt(0).status, TrackStatus::Done);  // from the cache
        QVERIFY(!session.isAnalysing());

        QTabWidget* tabs = window.tagPanel()->tabs();
        window.selectTrack(ids[0]);
        QVERIFY(tabs->isTabEnabled(1));
        tabs->setCurrentIndex(1);
        CompareView* compare = window.tagPanel()->compareView();
        QVERIFY(compare->hasResults());
        QCOMPARE(compare->agreement().topOverlap, 5);
        QVERIFY(std::abs(compare->agreement().spearman - (1.0 - 6.0 * 4.0 / (50.0 * 2499.0))) <
                1e-9);

        window.selectTrack(ids[1]);
        QCOMPARE(compare->agreement().topOverlap, 0);
        QVERIFY(std::abs(compare->agreement().spearman + 1.0) < 1e-9);

        // One network only: no comparison.
        window.setModelChoice(ModelChoice::Cnn);
        QVERIFY(!tabs->isTabEnabled(1));
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void csvExportReadsBackAsTheResults() {
        QTemporaryDir dir;
        const QStringList files{test::sampleTrack(QStringLiteral("bensound-cute.mp3")),
                                test::sampleTrack(QStringLiteral("bensound-dubstep.mp3"))};
        MainWindow window;
        window.setModelChoice(ModelChoice::Both);
        window.addPaths(files);
        TrackSession& session = *window.session();
        QVERIFY(test::waitUntilFinished(session));

        for (bool withWindows : {false, true}) {
            const QString path = dir.filePath(withWindows ? "windows.csv" : "tracks.csv");
            QCOMPARE(window.exportCsv(path, false, withWindows), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QStringList header;
            const std::vector<CsvRow> rows = parseCsv(file.readAll(), withWindows, &header);
            QCOMPARE(header.size(), int(kTagCount) + (withWindows ? 3 : 2));
            QCOMPARE(header[0], QStringLiteral("file"));
            QCOMPARE(header.last(), QStringLiteral("happy"));
            // Per file, per model (CNN then RNN), per window when asked.
            std::size_t next = 0;
            for (int row = 0; row < session.tracks()->rowCount(); ++row) {
                const TrackId id = session.tracks()->entryAt(row).id;
                for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
                    const ModelResult* r = session.result(id, kind);
                    QVERIFY(r && r->complete);
                    std::vector<std::pair<double, std::vector<float>>> expected;
                    if (withWindows)
                        for (const SegmentResult& s : r->segments)
                            expected.emplace_back(s.startSeconds, s.probabilities);
                    else
                        expected.emplace_back(-1.0, r->central);
                    for (const auto& [start, values] : expected) {
                        QVERIFY(next < rows.size());
                        const CsvRow& csv = rows[next++];
                        QCOMPARE(csv.file, files[row]);
                        QCOMPARE(csv.model, kind == NetworkKind::ConvNet ? QStringLiteral("cnn")
                                                                         : QStringLiteral("rnn"));
                        if (withWindows) QVERIFY(std::abs(csv.start - start) < 1e-3);
                        QCOMPARE(csv.values.size(), values.size());
                        for (std::size_t t = 0; t < values.size(); ++t)
                            QVERIFY(std::abs(csv.values[t] - double(values[t])) <= 5e-7 + 1e-9);
                    }
                }
            }
            QCOMPARE(next, rows.size());
        }

        // Selected tracks only.
        window.selectTrack(session.tracks()->entryAt(1).id);
        const QString selected = dir.filePath("selected.csv");
        QCOMPARE(window.exportCsv(selected, true, false), QString());
        QFile file(selected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList header;
        const std::vector<CsvRow> rows = parseCsv(file.readAll(), false, &header);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].file, files[1]);
    }

    void csvExportIgnoresACommaDecimalLocale() {
        // The app runs under the user's locale (Qt calls setlocale), and we ship German.
        MainWindow window;
        window.addPaths({test::sampleTrack(QStringLiteral("bensound-cute.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QTemporaryDir dir;
        QCOMPARE(window.exportCsv(dir.filePath("c.csv"), false, true), QString());
        const QByteArray plain = readAll(dir.filePath("c.csv"));
        const std::string previous = std::setlocale(LC_ALL, nullptr);
        QVERIFY2(std::setlocale(LC_ALL, "de_DE.UTF-8"),
                 "de_DE.UTF-8 missing (packaging/install-deps.sh generates it)");
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 0.5);
        const QString printfSays = QString::fromLatin1(probe);
        const QString error = window.exportCsv(dir.filePath("de.csv"), false, true);
        std::setlocale(LC_ALL, previous.c_str());
        QCOMPARE(printfSays, QStringLiteral("0,5"));  // the locale really is comma-decimal
        QCOMPARE(error, QString());
        const QByteArray german = readAll(dir.filePath("de.csv"));
        QCOMPARE(german, plain);
        for (const QByteArray& line : german.trimmed().split('\n'))
            QCOMPARE(line.count(','), int(kTagCount) + 2);  // file, model, start_s, 50 tags
    }

    void exportFailureIsReportedAndLeavesNoFile() {
        MainWindow window;
        window.addPaths({test::sampleTrack(QStringLiteral("bensound-cute.mp3"))});
        QVERIFY(test::waitUntilFinished(*window.session()));
        QTemporaryDir dir;
        const QString path = dir.filePath("missing-folder/tags.csv");
        const QString error = window.exportCsv(path, false, false);
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCompareExport)
#include "test_compare_export.moc"
