#include "ui/window/playlist_export_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "engine/decisions/tag_query.h"
#include "engine/tags.h"

namespace tagscope::ui {
namespace {

// The index in text (UTF-16) of a 1-based character (code point) position; text.size() past
// the end.
qsizetype indexOfCharacter(const QString& text, int position) {
    qsizetype index = 0;
    for (int character = 1; character < position && index < text.size(); ++character)
        index += (text[index].isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return index;
}

// Error text that reads on this palette's window colour, and the text on it for the marker.
struct ErrorColors {
    QString text;
    QString onText;
};
ErrorColors errorColors(const QPalette& palette) {
    if (palette.color(QPalette::Window).lightness() < 128)
        return {QStringLiteral("#ff8a80"), QStringLiteral("#000000")};
    return {QStringLiteral("#c62828"), QStringLiteral("#ffffff")};
}

}  // namespace

PlaylistExportDialog::PlaylistExportDialog(TagDecider decider,
                                           std::vector<std::vector<float>> tracks,
                                           const QString& query, QWidget* parent)
    : QDialog(parent), decider_(std::move(decider)), tracks_(std::move(tracks)) {
    setWindowTitle(tr("Export Playlist"));

    auto* intro = new QLabel(tr("The tracks that match the query go into an M3U8 playlist."), this);
    intro->setWordWrap(true);

    query_ = new QLineEdit(query, this);
    query_->setObjectName(QStringLiteral("query"));
    query_->setPlaceholderText(tr("e.g. jazz > 0.5 and not rock"));
    query_->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Query:"), query_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    excerpt_ = new QLabel(this);
    excerpt_->setObjectName(QStringLiteral("excerpt"));
    excerpt_->setTextFormat(Qt::RichText);
    excerpt_->setWordWrap(true);
    excerpt_->setMinimumHeight(
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing() + 4);

    // The syntax at a glance: examples (not translated: queries are written in English) with
    // what they mean.
    const auto helpRow = [](const char* example, const QString& meaning) {
        return QStringLiteral(
                   "<tr><td style=\"padding-right: 12px\"><code>%1</code></td><td>%2</td></tr>")
            .arg(QString::fromUtf8(example).toHtmlEscaped(), meaning.toHtmlEscaped());
    };
    auto* help = new QLabel(
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1%2%3</table>")
            .arg(helpRow("jazz", tr("tracks that get the tag at the current thresholds")),
                 helpRow("jazz > 0.5", tr("by probability: > >= < <= = and a number from 0 to 1")),
                 helpRow("and  or  not  ( )", tr("combine; \"quote\" labels of several words"))),
        this);
    help->setTextFormat(Qt::RichText);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    relative_ = new QCheckBox(tr("&Relative paths (the playlist can move with the music)"), this);
    relative_->setToolTip(tr("Writes each track's path relative to the playlist's folder"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(excerpt_);
    layout->addWidget(help);
    layout->addWidget(relative_);
    layout->addStretch(1);
    layout->addWidget(buttons);

    evaluate_ = new QTimer(this);
    evaluate_->setSingleShot(true);
    evaluate_->setInterval(0);
    connect(evaluate_, &QTimer::timeout, this, &PlaylistExportDialog::evaluate);
    connect(query_, &QLineEdit::textChanged, evaluate_, qOverload<>(&QTimer::start));

    evaluate();
    resize(520, sizeHint().height());
}

QString PlaylistExportDialog::query() const {
    return query_->text();
}

bool PlaylistExportDialog::relativePaths() const {
    return relative_->isChecked();
}

void PlaylistExportDialog::setRelativePaths(bool relative) {
    relative_->setChecked(relative);
}

void PlaylistExportDialog::accept() {
    if (evaluate_->isActive()) evaluate();
    if (valid_) QDialog::accept();
}

void PlaylistExportDialog::evaluate() {
    evaluate_->stop();
    matches_.clear();
    valid_ = false;
    problem_.clear();
    position_ = 0;
    const QString text = query_->text();
    if (text.trimmed().isEmpty()) {
        status_->setStyleSheet({});
        status_->setText(tr("Type a query to choose the tracks."));
        excerpt_->clear();
        ok_->setEnabled(false);
        return;
    }
    try {
        const TagQuery query = TagQuery::parse(text.toStdString(), decider_.vocabulary());
        for (std::size_t track = 0; track < tracks_.size(); ++track)
            if (tracks_[track].size() == kTagCount && query.matches(decider_.score(tracks_[track])))
                matches_.push_back(track);
        valid_ = true;
    } catch (const TagQueryError& e) {
        problem_ = QString::fromUtf8(e.what());
        position_ = int(e.position());
    }
    ok_->setEnabled(valid_);
    if (!valid_) {
        showProblem(text);
        return;
    }
    status_->setStyleSheet({});
    const QLocale locale;
    status_->setText(tr("Matching tracks: %1 of %2.")
                         .arg(locale.toString(qulonglong(matches_.size())),
                              locale.toString(qulonglong(tracks_.size()))));
    excerpt_->clear();
}

void PlaylistExportDialog::showProblem(const QString& text) {
    const QString prefix = QStringLiteral("tag query: ");
    const QString message = problem_.startsWith(prefix) ? problem_.mid(prefix.size()) : problem_;
    const ErrorColors colors = errorColors(palette());
    status_->setStyleSheet(QStringLiteral("color: %1").arg(colors.text));
    status_->setText(message);
    // The query with the character the message points at marked (a space past the end).
    const qsizetype at = indexOfCharacter(text, position_);
    const qsizetype length = at < text.size() && text[at].isHighSurrogate() ? 2 : 1;
    const QString marked = at < text.size() ? text.mid(at, length) : QStringLiteral(" ");
    excerpt_->setText(
        QStringLiteral("<p style=\"white-space: pre-wrap\"><code>%1<span style=\"background-color: "
                       "%2; color: %3;\">%4</span>%5</code></p>")
            .arg(text.left(at).toHtmlEscaped(), colors.text, colors.onText, marked.toHtmlEscaped(),
                 text.mid(at + length).toHtmlEscaped()));
}

}  // namespace tagscope::ui
