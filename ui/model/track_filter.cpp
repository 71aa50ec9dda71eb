#include "ui/model/track_filter.h"

#include <QRegularExpression>

namespace tagscope::ui {
namespace {

bool looksLikeQuery(const QString& text) {
    static const QRegularExpression syntax(QStringLiteral(R"re([<>=()"']|\b(and|or|not)\b)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    return syntax.match(text).hasMatch();
}

}  // namespace

TrackFilter TrackFilter::fromText(const QString& text, const Vocabulary* vocabulary) {
    TrackFilter filter;
    filter.text_ = text.trimmed();
    if (filter.text_.isEmpty() || !vocabulary) return filter;
    try {
        filter.query_ = TagQuery::parse(filter.text_.toStdString(), *vocabulary);
    } catch (const TagQueryError& e) {
        if (looksLikeQuery(filter.text_)) {
            filter.error_ = QString::fromStdString(e.what());
            filter.errorPosition_ = int(e.position());
        }
    }
    return filter;
}

bool TrackFilter::accepts(const TrackEntry& entry) const {
    if (text_.isEmpty()) return true;
    if (query_) return entry.scores && query_->matches(*entry.scores);
    for (const QString& tag : entry.topTags)
        if (tag.contains(text_, Qt::CaseInsensitive)) return true;
    return false;
}

}  // namespace tagscope::ui
