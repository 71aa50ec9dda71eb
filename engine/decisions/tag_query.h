#pragma once
// Tag queries: which tracks to list, e.g. `jazz > 0.5 and not rock`. Parsed once against a
// vocabulary, then evaluated quickly against many tracks (10,000 in a few milliseconds).
//
//   expr   := term ('or' term)*
//   term   := factor ('and' factor)*
//   factor := 'not' factor | '(' expr ')' | label [cmp number]
//   cmp    := '>' | '>=' | '<' | '<=' | '='
//
// - A bare label is true when the track gets it at the current thresholds, top-N cap included:
//   exactly when the label is in the track's tags (tag_decisions.h).
// - `label cmp number` compares the label's (merged) probability; the number is from 0 to 1
//   ("0.5", ".5", "5e-1"). '=' means equal at the 6 decimals the reports print.
// - Keywords (and, or, not) and labels ignore ASCII case: "Jazz AND NOT Rock".
// - Multi-word labels may be quoted, "female vocalists" or 'female vocalists', or written as
//   bare words: consecutive words between operators name the longest label they begin with
//   (two labels cannot be adjacent, so this is never ambiguous). A label containing a keyword
//   as a word, a quote or one of ( ) < > = must be quoted.
// - Errors are one line, with the 1-based character position:
//   "tag query: unknown label 'jazzz' at 1; did you mean 'jazz'?". Parsing uses no recursion;
//   more than 100 levels of parentheses are refused.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/vocabulary.h"
#include "engine/error.h"

namespace tagscope {

// A query that does not parse: what() is the one-line message, position() the 1-based
// character it points at (for a query box to put the cursor there).
class TagQueryError : public Error {
public:
    TagQueryError(const std::string& message, std::size_t position)
        : Error(message), position_(position) {}
    std::size_t position() const { return position_; }

private:
    std::size_t position_;
};

class TagQuery {
public:
    static constexpr int kMaxNesting = 100;

    // Throws TagQueryError("tag query: problem at N") if text is not a query over these labels.
    static TagQuery parse(std::string_view text, const Vocabulary& vocabulary);

    // track: scored by a TagDecider over the vocabulary the query was parsed with.
    bool matches(const LabelScores& track) const;

    std::size_t labelCount() const { return labelCount_; }  // of the query's vocabulary

private:
    friend class TagQueryParser;
    TagQuery() = default;
    enum class Op : std::uint8_t { Decided, Greater, AtLeast, Less, AtMost, Equal, Not, And, Or };
    struct Step {
        Op op = Op::Decided;
        std::uint8_t label = 0;  // Decided and comparisons
        double value = 0;        // comparisons; for Equal, the number times 10^6, rounded
    };
    // Operand stack capacity of matches(); 100 levels of parentheses need at most 203.
    static constexpr std::size_t kStackCapacity = 256;

    std::vector<Step> program_;  // postfix: operands, then their operator
    std::size_t labelCount_ = 0;
};

// Indices of the tracks (each 50 probabilities) that match, in order. Throws Error if the
// decider's vocabulary has another number of labels than the query's.
std::vector<std::size_t> matchingTracks(const TagQuery& query,
                                        std::span<const std::vector<float>> tracks,
                                        const TagDecider& decider);

}  // namespace tagscope
