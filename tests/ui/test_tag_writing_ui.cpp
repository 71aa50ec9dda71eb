// Tags into the files from the app: Tools ▸ Write Tags into Files… shows the engine's plan for
// the tracks (an mp3 and a flac that ffmpeg makes here), a file unchecked is left byte for byte,
// the other gets its new fields (read back by the engine's tag reading), the written files are
// not analysed again (the store knows them, a rescan finds nothing changed), Edit ▸ Undo Write
// restores the fields; a read-only file shows why it cannot be written; the mode switch makes
// the plan again; a write stopped midway leaves each file written or untouched.
#include <sys/stat.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "engine/store/result_store.h"
#include "engine/tagwrite/tag_file_fields.h"
#include "engine/tagwrite/tag_write_session.h"
#include "gui_test_support.h"
#include "ui/analysis/analysis_service.h"
#include "ui/model/tag_write_plan_model.h"
#include "ui/session/library.h"
#include "ui/session/track_session.h"
#include "ui/window/main_window.h"
#include "ui/window/tag_write_preview_dialog.h"

using namespace tagscope;
using namespace tagscope::ui;

namespace {

// 3 s of a sine tone with an artist, a title and the genre "Piano", in the format the
// extension says.
QString makeFixture(const QTemporaryDir& dir, const QString& name) {
    const QString path = QDir(dir.path()).filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral(TAGSCOPE_TEST_FFMPEG),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("sine=frequency=440:duration=3"), QStringLiteral("-metadata"),
                  QStringLiteral("artist=Ann Example"), QStringLiteral("-metadata"),
                  QStringLiteral("title=Tune"), QStringLiteral("-metadata"),
                  QStringLiteral("genre=Piano"), path});
    if (!ffmpeg.waitForFinished(30000) || ffmpeg.exitCode() != 0) return {};
    return QString::fromStdString(canonicalStorePath(path.toStdString()));
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FieldMap fieldsOf(const QString& path) {
    return readTagFields(*tagFormatOf(path.toStdString()), bytesOf(path).toStdString(),
                         path.toStdString());
}

// What each field of a planned file will hold.
FieldMap plannedFields(const FileWritePlan& file) {
    FieldMap fields;
    for (const FieldChange& change : file.fields)
        if (!change.next.empty()) fields[change.field] = change.next;
    return fields;
}

const FileWritePlan* planOf(const WritePlan& plan, const QString& path) {
    for (const FileWritePlan& file : plan.files)
        if (QString::fromStdString(file.path) == path) return &file;
    return nullptr;
}

// Thresholds that always decide a genre (jazz) and a mood (mellow), whatever the tone gives.
void decideJazzAndMellow(TrackSession& session) {
    Thresholds thresholds;
    thresholds.perLabel = {{"jazz", 0.0}, {"mellow", 0.0}};
    QCOMPARE(session.decisions().setThresholds(thresholds), QString());
}

// A window on a fresh store whose library keeps `dir`, every track in it analysed.
bool openLibrary(MainWindow& window, const QString& dir, int tracks) {
    if (!QTest::qWaitFor([&] { return window.library()->isOpen(); }, 10000)) return false;
    decideJazzAndMellow(*window.session());
    window.library()->addFolder(dir);
    TrackSession& session = *window.session();
    return QTest::qWaitFor(
        [&] {
            return !window.library()->isRescanning() && !session.isTakingStoredTracks() &&
                   session.tracks()->rowCount() == tracks && test::allTracksFinished(session) &&
                   !session.isAnalysing();
        },
        60000);
}

// Opens the preview (all tagged tracks: none selected) and waits for its plan.
TagWritePreviewDialog* openPreview(MainWindow& window) {
    window.trackView()->clearSelection();
    auto* action = window.findChild<QAction*>(QStringLiteral("writeTagsAction"));
    if (!action || !QTest::qWaitFor([&] { return action->isEnabled(); }, 10000)) return nullptr;
    action->trigger();
    auto* dialog = window.findChild<TagWritePreviewDialog*>();
    if (!dialog || !QTest::qWaitFor([&] { return dialog->planModel()->rowCount() > 0; }, 30000))
        return nullptr;
    return dialog;
}

// The report box the window shows once a write or an undo is done; its text and details.
QString waitForReport(MainWindow& window) {
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = window.findChild<QMessageBox*>(QStringLiteral("tagWriteReportBox"));
            return box != nullptr;
        },
        30000);
    if (!shown) return {};
    const QString text = box->text() + QLatin1Char('\n') + box->informativeText();
    box->close();
    const bool closed = QTest::qWaitFor(
        [&] { return !window.findChild<QMessageBox*>(QStringLiteral("tagWriteReportBox")); });
    return closed ? text : QString();
}

}  // namespace

class TestTagWritingUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::prepareApplication(); }
    void init() { test::resetSettings(); }

    void previewWriteAndUndo() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString mp3 = makeFixture(dir, QStringLiteral("tone.mp3"));
        const QString flac = makeFixture(dir, QStringLiteral("tone.flac"));
        QVERIFY(!mp3.isEmpty() && !flac.isEmpty());
        const FieldMap mp3Before = fieldsOf(mp3);
        const QByteArray flacBytes = bytesOf(flac);
        QCOMPARE(valuesOf(mp3Before, TagField::Genre), FieldValues{"Piano"});

        MainWindow window;
        QVERIFY(openLibrary(window, dir.path(), 2));
        TrackSession& session = *window.session();
        TagWritePreviewDialog* dialog = openPreview(window);
        QVERIFY(dialog);
        TagWritePlanModel& model = *dialog->planModel();

        // The engine's plan of the same files, made on its own (analysed again, no store).
        SessionConfig config;
        config.models.push_back({NetworkKind::ConvNet, {}, NormMode::Calibrated, {}});
        const TagWriteSession engine(config, *session.decider(), WriteMode::Add);
        const WritePlan expected = engine.plan({{mp3.toStdString(), flac.toStdString()}, {}});
        QCOMPARE(expected.files.size(), std::size_t(2));
        QCOMPARE(model.plan().files.size(), std::size_t(2));
        QVERIFY(model.plan().failures.empty());
        QCOMPARE(model.rowCount(), 2);
        for (const FileWritePlan& file : expected.files) {
            const QString path = QString::fromStdString(file.path);
            const FileWritePlan* shown = planOf(model.plan(), path);
            QVERIFY(shown);
            QCOMPARE(shown->fields.size(), file.fields.size());
            int changing = 0;
            for (std::size_t f = 0; f < file.fields.size(); ++f) {
                QCOMPARE(shown->fields[f].field, file.fields[f].field);
                QCOMPARE(shown->fields[f].current, file.fields[f].current);
                QCOMPARE(shown->fields[f].next, file.fields[f].next);
                if (!file.fields[f].changes()) continue;
                // The row under the file: field, current → new.
                const QModelIndex row = model.fileIndex(path);
                QCOMPARE(model.index(changing, 0, row).data().toString(),
                         QString::fromUtf8(tagFieldName(file.fields[f].field)));
                QCOMPARE(model.index(changing, 2, row).data().toString(),
                         QString::fromStdString(joinValues(file.fields[f].next)));
                ++changing;
            }
            QCOMPARE(model.rowCount(model.fileIndex(path)), changing);
            QCOMPARE(model.fileIndex(path).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                     Qt::Checked);
        }
        const FileWritePlan mp3Plan = *planOf(model.plan(), mp3);  // the dialog goes
        QCOMPARE(plannedFields(mp3Plan)[TagField::Genre].front(), std::string("Piano"));

        // Unchecking one field of a file makes it partly checked; unchecking the file, none.
        const QModelIndex flacRow = model.fileIndex(flac);
        const int allFields = model.checkedFieldCount();
        QVERIFY(model.setData(model.index(0, 0, flacRow), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(flacRow.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(model.checkedFieldCount(), allFields - 1);
        QVERIFY(model.setData(flacRow, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(flacRow.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.checkedFileCount(), 1);
        const int mp3Fields = model.rowCount(model.fileIndex(mp3));
        QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("%1 field%2 in 1 file will change.")
                                                     .arg(mp3Fields)
                                                     .arg(mp3Fields == 1 ? "" : "s"));
        QCOMPARE(model.checkedPlan().files.size(), std::size_t(1));

        // Write: the flac untouched, the mp3 with its new fields, nothing analysed again.
        QSignalSpy analysed(&session.service(), &AnalysisService::centralReady);
        QVERIFY(dialog->writeButton()->isEnabled());
        const QPointer<TagWritePreviewDialog> preview(dialog);
        dialog->writeButton()->click();
        const QString report = waitForReport(window);
        QVERIFY2(report.startsWith(QStringLiteral("Tags written into 1 file.")),
                 qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Journaled in ") + test::storePath()));
        QVERIFY(QTest::qWaitFor([&] { return preview.isNull(); }));
        QCOMPARE(bytesOf(flac), flacBytes);
        const FieldMap written = fieldsOf(mp3);
        QCOMPARE(written, plannedFields(mp3Plan));
        QVERIFY(valuesOf(written, TagField::Genre).size() >= 2);  // Piano, then jazz
        QVERIFY(!valuesOf(written, TagField::Tagscope).empty());

        // The store knows the rewritten file: unchanged, and a rescan analyses nothing.
        QCOMPARE(session.store()->identify(mp3.toStdString()).status, FileStatus::Unchanged);
        QSignalSpy rescanned(window.library(), &Library::rescanFinished);
        window.library()->rescan();
        QVERIFY(rescanned.wait(20000));
        QCOMPARE(window.library()->lastRescan().changed, 0);
        QTest::qWait(300);
        QVERIFY(!session.isAnalysing());
        QCOMPARE(analysed.count(), 0);

        // Undo: the fields as before.
        auto* undo = window.findChild<QAction*>(QStringLiteral("undoWriteAction"));
        QVERIFY(undo);
        QVERIFY(QTest::qWaitFor([&] { return undo->isEnabled(); }, 10000));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Write (1 file)"));
        undo->trigger();
        const QString undone = waitForReport(window);
        QVERIFY2(undone.startsWith(QStringLiteral("1 file restored.")), qPrintable(undone));
        QCOMPARE(fieldsOf(mp3), mp3Before);
        QCOMPARE(bytesOf(flac), flacBytes);
        QVERIFY(QTest::qWaitFor([&] { return undo->text() == QStringLiteral("&Undo Write"); }));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(session.store()->identify(mp3.toStdString()).status, FileStatus::Unchanged);
        QCOMPARE(analysed.count(), 0);
    }

    void theModeSwitchMakesThePlanAgainKeepingWhatIsUnchecked() {
        QTemporaryDir dir;
        const QString mp3 = makeFixture(dir, QStringLiteral("tone.mp3"));
        QVERIFY(!mp3.isEmpty());
        MainWindow window;
        QVERIFY(openLibrary(window, dir.path(), 1));
        TagWritePreviewDialog* dialog = openPreview(window);
        QVERIFY(dialog);
        TagWritePlanModel& model = *dialog->planModel();
        QCOMPARE(plannedFields(*planOf(model.plan(), mp3))[TagField::Genre].front(),
                 std::string("Piano"));
        const QModelIndex file = model.fileIndex(mp3);
        const int tagscopeRow = model.rowCount(file) - 1;
        QCOMPARE(model.index(tagscopeRow, 0, file).data().toString(), QStringLiteral("TAGSCOPE"));
        QVERIFY(
            model.setData(model.index(tagscopeRow, 0, file), Qt::Unchecked, Qt::CheckStateRole));

        dialog->modeBox()->setCurrentIndex(dialog->modeBox()->findData(int(WriteMode::Replace)));
        QVERIFY(QTest::qWaitFor([&] { return model.plan().mode == WriteMode::Replace; }, 30000));
        const FieldValues genre = plannedFields(*planOf(model.plan(), mp3))[TagField::Genre];
        QVERIFY(std::find(genre.begin(), genre.end(), "Piano") == genre.end());
        QVERIFY(std::find(genre.begin(), genre.end(), "jazz") != genre.end());
        const QModelIndex again = model.fileIndex(mp3);
        QCOMPARE(again.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        const WritePlan checked = model.checkedPlan();
        QCOMPARE(checked.mode, WriteMode::Replace);
        for (const FieldChange& change : checked.files.at(0).fields)
            if (change.field == TagField::Tagscope) QVERIFY(!change.changes());
        dialog->cancelButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !window.findChild<TagWritePreviewDialog*>(); }));
    }

    void aReadOnlyFileShowsWhyItCannotBeWritten() {
        QTemporaryDir dir;
        const QString mp3 = makeFixture(dir, QStringLiteral("tone.mp3"));
        const QString flac = makeFixture(dir, QStringLiteral("locked.flac"));
        QVERIFY(!mp3.isEmpty() && !flac.isEmpty());
        MainWindow window;
        QVERIFY(openLibrary(window, dir.path(), 2));
        QVERIFY(::chmod(flac.toLocal8Bit().constData(), 0444) == 0);
        TagWritePreviewDialog* dialog = openPreview(window);
        QVERIFY(dialog);
        TagWritePlanModel& model = *dialog->planModel();
        QCOMPARE(model.plan().failures.size(), std::size_t(1));
        const QModelIndex failure = model.fileIndex(flac);
        QCOMPARE(failure.data(TagWritePlanModel::RowKindRole).toInt(),
                 int(TagWritePlanModel::RowKind::Failure));
        QCOMPARE(failure.data().toString(), QStringLiteral("locked.flac"));
        QCOMPARE(model.index(failure.row(), 1).data().toString(),
                 QStringLiteral("is read-only; not replaced"));
        QVERIFY(!(model.flags(failure) & Qt::ItemIsUserCheckable));
        QVERIFY(
            dialog->summaryLabel()->text().contains(QStringLiteral("1 file cannot be written")));
        QVERIFY(dialog->writeButton()->isEnabled());  // the mp3 can
        dialog->cancelButton()->click();
    }

    void aWriteStoppedMidwayLeavesEachFileWrittenOrUntouched() {
        QTemporaryDir dir;
        const QString first = makeFixture(dir, QStringLiteral("t0.mp3"));
        QVERIFY(!first.isEmpty());
        QStringList files{first};
        for (int i = 1; i < 8; ++i) {
            const QString copy = QDir(dir.path()).filePath(QStringLiteral("t%1.mp3").arg(i));
            QVERIFY(QFile::copy(first, copy));
            files << QString::fromStdString(canonicalStorePath(copy.toStdString()));
        }
        const QByteArray original = bytesOf(first);
        MainWindow window;
        QVERIFY(openLibrary(window, dir.path(), int(files.size())));
        TagWritePreviewDialog* dialog = openPreview(window);
        QVERIFY(dialog);
        const WritePlan plan = dialog->planModel()->plan();
        QCOMPARE(plan.files.size(), std::size_t(files.size()));

        int progressShown = 0;
        connect(dialog->findChild<QProgressBar*>(), &QProgressBar::valueChanged, this,
                [&](int done) {
                    if (done == 0 || progressShown++ > 0) return;
                    dialog->cancelButton()->click();  // while writing: stops after this file
                });
        dialog->writeButton()->click();
        const QString report = waitForReport(window);
        QVERIFY2(report.startsWith(QStringLiteral("Tags written into")), qPrintable(report));
        QVERIFY(progressShown > 0);
        int written = 0, untouched = 0;
        for (const QString& file : files) {
            if (bytesOf(file) == original) {
                ++untouched;
                continue;
            }
            QCOMPARE(fieldsOf(file), plannedFields(*planOf(plan, file)));
            ++written;
        }
        QCOMPARE(written + untouched, int(files.size()));
        QVERIFY(written >= 1);
        if (untouched > 0)
            QVERIFY2(report.contains(QStringLiteral("cancelled; tags not written")),
                     qPrintable(report));
        std::printf(
            "[ measured ] stopped after the first file's progress: %d written, %d "
            "untouched of %d\n",
            written, untouched, int(files.size()));
    }
};

QTEST_MAIN(TestTagWritingUi)
#include "test_tag_writing_ui.moc"
