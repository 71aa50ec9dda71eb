#include "engine/decisions/tag_query.h"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "engine/decisions/spelling.h"
#include "engine/error.h"

namespace tagscope {
namespace {

enum class TokenKind { Word, Quoted, Open, Close, Compare, And, Or, Not, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::size_t offset = 0;  // in bytes
    std::string_view text;   // as written; for Quoted, what is inside the quotes
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool endsWord(char c) {
    return isSpace(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '=' || c == '"';
}

// Words separated by single spaces, as labels are spelt.
std::string collapseSpaces(std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
        } else {
            if (pendingSpace) out += ' ';
            out += c;
            pendingSpace = false;
        }
    }
    return out;
}

}  // namespace

// Shunting-yard over a token list: no recursion, so nesting costs heap, never stack.
class TagQueryParser {
public:
    TagQueryParser(std::string_view text, const Vocabulary& vocabulary)
        : text_(text), vocabulary_(vocabulary) {}

    TagQuery parse() {
        tokenize();
        if (tokens_.front().kind == TokenKind::End) raise("empty query", 0);
        bool expectOperand = true;
        int nesting = 0;
        for (std::size_t i = 0; i < tokens_.size();) {
            const Token& t = tokens_[i];
            if (expectOperand) {
                if (t.kind == TokenKind::Not) {
                    pending_.push_back({TokenKind::Not, t.offset});
                    ++i;
                } else if (t.kind == TokenKind::Open) {
                    if (++nesting > TagQuery::kMaxNesting)
                        problem("nested too deeply", t.offset,
                                " (at most " + std::to_string(TagQuery::kMaxNesting) +
                                    " levels of parentheses)");
                    pending_.push_back({TokenKind::Open, t.offset});
                    ++i;
                } else if (t.kind == TokenKind::Word || t.kind == TokenKind::Quoted) {
                    i = operand(i);
                    expectOperand = false;
                } else {
                    unexpected("a label, 'not' or '('", t);
                }
            } else if (t.kind == TokenKind::And || t.kind == TokenKind::Or) {
                while (!pending_.empty() && pending_.back().kind != TokenKind::Open &&
                       precedence(pending_.back().kind) >= precedence(t.kind))
                    emitPending();
                pending_.push_back({t.kind, t.offset});
                expectOperand = true;
                ++i;
            } else if (t.kind == TokenKind::Close) {
                while (!pending_.empty() && pending_.back().kind != TokenKind::Open) emitPending();
                if (pending_.empty()) problem("unmatched ')'", t.offset);
                pending_.pop_back();
                --nesting;
                ++i;
            } else if (t.kind == TokenKind::End) {
                while (!pending_.empty()) {
                    if (pending_.back().kind == TokenKind::Open)
                        raise("'(' at " + at(pending_.back().offset) + " is never closed",
                              pending_.back().offset);
                    emitPending();
                }
                ++i;
            } else {
                unexpected("'and', 'or' or ')'", t);
            }
        }
        if (maxDepth_ > TagQuery::kStackCapacity) raise("too complex", 0);
        query_.labelCount_ = vocabulary_.size();
        return std::move(query_);
    }

private:
    using Op = TagQuery::Op;

    struct Pending {
        TokenKind kind;
        std::size_t offset;
    };

    void tokenize() {
        std::size_t i = 0;
        while (true) {
            while (i < text_.size() && isSpace(text_[i])) ++i;
            if (i == text_.size()) break;
            const char c = text_[i];
            const std::size_t start = i;
            if (c == '(' || c == ')') {
                tokens_.push_back(
                    {c == '(' ? TokenKind::Open : TokenKind::Close, start, text_.substr(start, 1)});
                ++i;
            } else if (c == '<' || c == '>' || c == '=') {
                i += (c != '=' && i + 1 < text_.size() && text_[i + 1] == '=') ? 2 : 1;
                tokens_.push_back({TokenKind::Compare, start, text_.substr(start, i - start)});
            } else if (c == '"' || c == '\'') {
                const std::size_t close = text_.find(c, start + 1);
                if (close == std::string_view::npos)
                    problem(std::string("unclosed quote ") + c, start);
                tokens_.push_back(
                    {TokenKind::Quoted, start, text_.substr(start + 1, close - start - 1)});
                i = close + 1;
            } else {
                while (i < text_.size() && !endsWord(text_[i])) ++i;
                const std::string_view word = text_.substr(start, i - start);
                TokenKind kind = TokenKind::Word;
                if (equalIgnoringCase(word, "and")) kind = TokenKind::And;
                if (equalIgnoringCase(word, "or")) kind = TokenKind::Or;
                if (equalIgnoringCase(word, "not")) kind = TokenKind::Not;
                tokens_.push_back({kind, start, word});
            }
        }
        tokens_.push_back({TokenKind::End, text_.size(), {}});
    }

    // A label, then perhaps a comparison; returns the index of the token after them.
    std::size_t operand(std::size_t i) {
        const Token& first = tokens_[i];
        std::size_t label = 0;
        if (first.kind == TokenKind::Quoted) {
            const std::string name = collapseSpaces(first.text);
            if (name.empty()) problem("empty label", first.offset);
            label = labelNamed(name, first.offset);
            ++i;
        } else {
            std::size_t words = 0;
            while (tokens_[i + words].kind == TokenKind::Word) ++words;
            std::tie(label, words) = longestLabel(i, words);
            i += words;
        }
        if (tokens_[i].kind != TokenKind::Compare) {
            emit({Op::Decided, std::uint8_t(label), 0});
            return i;
        }
        const Token& compare = tokens_[i];
        const Token& number = tokens_[i + 1];
        const std::string expected =
            "a number from 0 to 1 after '" + std::string(compare.text) + "'";
        if (number.kind != TokenKind::Word) unexpected(expected, number);
        double value = 0;
        const auto [end, error] =
            std::from_chars(number.text.data(), number.text.data() + number.text.size(), value);
        if (error != std::errc() || end != number.text.data() + number.text.size())
            unexpected(expected, number);
        if (!std::isfinite(value) || value < 0 || value > 1)
            raise(std::string(number.text) + " at " + at(number.offset) +
                      " is not a probability (0 to 1)",
                  number.offset);
        const Op op = compare.text == ">"    ? Op::Greater
                      : compare.text == ">=" ? Op::AtLeast
                      : compare.text == "<"  ? Op::Less
                      : compare.text == "<=" ? Op::AtMost
                                             : Op::Equal;
        emit({op, std::uint8_t(label), op == Op::Equal ? std::round(value * 1e6) : value});
        return i + 2;
    }

    // The longest run of words, from `first` on, that names a label: (label, words used).
    std::pair<std::size_t, std::size_t> longestLabel(std::size_t first, std::size_t words) const {
        for (std::size_t n = words; n > 0; --n)
            if (const auto label = vocabulary_.find(joinWords(first, n))) return {*label, n};
        // Unknown: name the longest run that resembles a label, or else all of it.
        for (std::size_t n = words; n > 0; --n)
            if (const auto guess = vocabulary_.closestLabel(joinWords(first, n)))
                unknownLabel(joinWords(first, n), tokens_[first].offset, *guess);
        unknownLabel(joinWords(first, words), tokens_[first].offset, std::nullopt);
    }

    std::string joinWords(std::size_t first, std::size_t n) const {
        std::string joined(tokens_[first].text);
        for (std::size_t k = 1; k < n; ++k) joined += " " + std::string(tokens_[first + k].text);
        return joined;
    }

    std::size_t labelNamed(const std::string& name, std::size_t offset) const {
        if (const auto label = vocabulary_.find(name)) return *label;
        unknownLabel(name, offset, vocabulary_.closestLabel(name));
    }

    [[noreturn]] void unknownLabel(const std::string& name, std::size_t offset,
                                   const std::optional<std::string>& guess) const {
        raise("unknown label '" + name + "' at " + at(offset) +
                  (guess ? "; did you mean '" + *guess + "'?" : ""),
              offset);
    }

    static int precedence(TokenKind kind) {
        return kind == TokenKind::Not ? 3 : kind == TokenKind::And ? 2 : 1;
    }

    void emitPending() {
        const TokenKind kind = pending_.back().kind;
        pending_.pop_back();
        emit({kind == TokenKind::Not ? Op::Not : kind == TokenKind::And ? Op::And : Op::Or, 0, 0});
    }

    void emit(TagQuery::Step step) {
        if (step.op == Op::And || step.op == Op::Or)
            --depth_;
        else if (step.op != Op::Not)
            maxDepth_ = std::max(maxDepth_, ++depth_);
        query_.program_.push_back(step);
    }

    // 1-based, in characters (UTF-8 code points), as an editor counts them.
    std::size_t position(std::size_t offset) const {
        std::size_t characters = 0;
        for (std::size_t k = 0; k < offset; ++k)
            characters += (static_cast<unsigned char>(text_[k]) & 0xC0) != 0x80;
        return characters + 1;
    }
    std::string at(std::size_t offset) const { return std::to_string(position(offset)); }

    [[noreturn]] void raise(const std::string& problem, std::size_t offset) const {
        throw TagQueryError("tag query: " + problem, position(offset));
    }

    [[noreturn]] void problem(const std::string& what, std::size_t offset,
                              const std::string& detail = "") const {
        raise(what + " at " + at(offset) + detail, offset);
    }

    [[noreturn]] void unexpected(const std::string& expected, const Token& found) const {
        std::string foundText = "the end";
        if (found.kind == TokenKind::Quoted)  // as written, in its own quotes
            foundText = text_.substr(found.offset, found.text.size() + 2);
        else if (found.kind != TokenKind::End)
            foundText = "'" + std::string(found.text) + "'";
        raise("expected " + expected + " at " + at(found.offset) + ", found " + foundText,
              found.offset);
    }

    std::string_view text_;
    const Vocabulary& vocabulary_;
    std::vector<Token> tokens_;
    std::vector<Pending> pending_;  // operators and '(' not yet emitted
    TagQuery query_;
    std::size_t depth_ = 0;  // operands on the evaluation stack after the steps so far
    std::size_t maxDepth_ = 0;
};

TagQuery TagQuery::parse(std::string_view text, const Vocabulary& vocabulary) {
    return TagQueryParser(text, vocabulary).parse();
}

bool TagQuery::matches(const LabelScores& track) const {
    std::array<bool, kStackCapacity> stack;
    std::size_t top = 0;  // operands on the stack
    for (const Step& step : program_) {
        const double p = track.probability[step.label];
        switch (step.op) {
            case Op::Decided:
                stack[top++] = track.isDecided(step.label);
                break;
            case Op::Greater:
                stack[top++] = p > step.value;
                break;
            case Op::AtLeast:
                stack[top++] = p >= step.value;
                break;
            case Op::Less:
                stack[top++] = p < step.value;
                break;
            case Op::AtMost:
                stack[top++] = p <= step.value;
                break;
            case Op::Equal:
                stack[top++] = std::round(p * 1e6) == step.value;
                break;
            case Op::Not:
                stack[top - 1] = !stack[top - 1];
                break;
            case Op::And:
                --top;
                stack[top - 1] = stack[top - 1] && stack[top];
                break;
            case Op::Or:
                --top;
                stack[top - 1] = stack[top - 1] || stack[top];
                break;
        }
    }
    return stack[0];
}

std::vector<std::size_t> matchingTracks(const TagQuery& query,
                                        std::span<const std::vector<float>> tracks,
                                        const TagDecider& decider) {
    if (query.labelCount() != decider.labelCount())
        fail("tag query", "was parsed with another vocabulary than the thresholds'");
    std::vector<std::size_t> matching;
    for (std::size_t k = 0; k < tracks.size(); ++k)
        if (query.matches(decider.score(tracks[k]))) matching.push_back(k);
    return matching;
}

}  // namespace tagscope
