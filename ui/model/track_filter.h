#pragma once
// What the filter box above the track list asks for. Text that parses as a tag query
// (engine/decisions/tag_query.h) over the vocabulary is one: "jazz > 0.5 and not rock" keeps
// the tracks whose central prediction matches, judged from their cached LabelScores in one
// pass. Any other text keeps its plain meaning: tracks one of whose top tags contains it,
// ignoring case ("jaz", "rock"). Text that looks like a query (and, or, not, comparisons,
// parentheses, quotes) but does not parse falls back to that too, and carries the query's
// error for the box to show.

#include <QString>
#include <memory>
#include <optional>

#include "engine/decisions/tag_query.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

class TrackFilter {
public:
    TrackFilter() = default;  // keeps every track
    // Without a vocabulary (not loaded yet) the text is never a query.
    static TrackFilter fromText(const QString& text, const Vocabulary* vocabulary);

    const QString& text() const { return text_; }  // trimmed
    bool isEmpty() const { return text_.isEmpty(); }
    bool isQuery() const { return query_.has_value(); }
    const QString& error() const { return error_; }       // empty: none
    int errorPosition() const { return errorPosition_; }  // 1-based; 0: none

    bool accepts(const TrackEntry& entry) const;

private:
    QString text_;
    std::optional<TagQuery> query_;
    QString error_;
    int errorPosition_ = 0;
};

}  // namespace tagscope::ui
