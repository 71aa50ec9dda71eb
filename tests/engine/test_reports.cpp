// The reports (text, CSV, JSON) do not follow the process's locale: under de_DE.UTF-8, where
// printf writes "0,5", numbers still use '.' and CSV rows keep their 52 fields. JSON is valid
// UTF-8 whatever bytes a file name holds, and never holds NaN. JSON Lines hold the same objects.
#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <limits>
#include <locale>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "engine/error.h"
#include "engine/report/reports.h"
#include "engine/tags.h"

namespace tagscope {
namespace {

using nlohmann::json;

// Installed by packaging/install-deps.sh; its absence is a failure, not a reason to skip.
constexpr char kCommaLocale[] = "de_DE.UTF-8";

// Switches the C and C++ locales (as Qt does for the GUI) for the test's lifetime.
class CommaDecimalLocale {
public:
    CommaDecimalLocale() {
        ok_ = std::setlocale(LC_ALL, kCommaLocale) != nullptr;
        if (ok_) std::locale::global(std::locale(kCommaLocale));
    }
    ~CommaDecimalLocale() {
        std::locale::global(std::locale::classic());
        std::setlocale(LC_ALL, "C");
    }
    bool ok() const { return ok_; }

private:
    bool ok_ = false;
};

std::vector<float> probabilities(float offset) {
    std::vector<float> p(kTagCount);
    for (std::size_t k = 0; k < p.size(); ++k) p[k] = offset + 0.0173f * float(k % 40);
    p[7] = 0.123456f;
    p[8] = 1e-7f;
    p[9] = 0.5f;
    return p;
}

TagResult result(const std::string& file) {
    TagResult r;
    r.file = file;
    r.model = NetworkKind::ConvNet;
    r.weights = "/models/cnn_weights_tensorflow.hdf5";
    r.norm = NormMode::Calibrated;
    r.probabilities = probabilities(0.01f);
    r.segments = {{0.0, probabilities(0.02f), {}}, {14.56, probabilities(0.03f), {}}};
    return r;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == separator)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> rows = split(text, '\n');
    if (!rows.empty() && rows.back().empty()) rows.pop_back();
    return rows;
}

class Reports : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(locale_.ok()) << "locale " << kCommaLocale
                                  << " is missing: run packaging/install-deps.sh";
        // The locale really is a comma-decimal one, or this test would prove nothing.
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", 0.5);
        ASSERT_STREQ(buffer, "0,5");
    }

    CommaDecimalLocale locale_;
    const std::vector<TagResult> results_ = {result("a.mp3"), result("b.wav")};
};

TEST_F(Reports, CsvRowsKeepTheirFieldsUnderACommaLocale) {
    const std::regex sixDecimals(R"([01]\.[0-9]{6})");
    for (bool segments : {false, true}) {
        SCOPED_TRACE(segments ? "segments" : "whole tracks");
        std::ostringstream out;
        writeCsvReport(out, results_, segments);
        const auto rows = lines(out.str());
        ASSERT_EQ(rows.size(), segments ? 5u : 3u) << out.str();
        const std::size_t fields = segments ? 53 : 52;
        EXPECT_EQ(split(rows[0], ',').size(), fields);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto row = split(rows[r], ',');
            ASSERT_EQ(row.size(), fields) << rows[r];
            for (std::size_t k = fields - 50; k < fields; ++k)
                EXPECT_TRUE(std::regex_match(row[k], sixDecimals)) << row[k];
            EXPECT_EQ(row[fields - 50 + 7], "0.123456");
            EXPECT_EQ(row[fields - 50 + 8], "0.000000");
            EXPECT_EQ(row[fields - 50 + 9], "0.500000");
        }
        if (segments) {
            EXPECT_EQ(split(rows[1], ',')[2], "0.00");
            EXPECT_EQ(split(rows[2], ',')[2], "14.56");
        }
    }
}

TEST_F(Reports, TextUsesDecimalPoints) {
    std::ostringstream out;
    writeTextReport(out, results_, 50, true);
    const std::string text = out.str();
    const std::regex pair(R"(\('([^']+)', '([^']*)'\))");
    int pairs = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pair);
         it != std::sregex_iterator(); ++it, ++pairs)
        EXPECT_TRUE(std::regex_match((*it)[2].str(), std::regex(R"([01]\.[0-9]{3})"))) << (*it)[0];
    EXPECT_EQ(pairs, 100);
    EXPECT_NE(text.find("('" + std::string(tagNames()[7]) + "', '0.123')"), std::string::npos)
        << text;
}

TEST_F(Reports, JsonUsesDecimalPointsAndKeepsItsStructure) {
    std::ostringstream out;
    writeJsonReport(out, results_, {{"c.flac", "c.flac: cannot decode"}}, true);
    const std::string text = out.str();
    EXPECT_EQ(text.rfind("[\n  {\"file\":\"a.mp3\",", 0), 0u) << text;
    EXPECT_EQ(text.substr(text.size() - 4), "}\n]\n");
    EXPECT_NE(text.find("0.123456"), std::string::npos);
    EXPECT_EQ(text.find("0,123456"), std::string::npos);

    const auto doc = nlohmann::ordered_json::parse(text);
    ASSERT_EQ(doc.size(), 3u);
    std::vector<std::string> keys;
    for (const auto& item : doc[0].items()) keys.push_back(item.key());
    EXPECT_EQ(keys, (std::vector<std::string>{"file", "model", "weights", "norm", "probabilities",
                                              "segments"}));
    const auto& p = doc[0].at("probabilities");
    ASSERT_EQ(p.size(), kTagCount);
    std::size_t k = 0;
    for (const auto& item : p.items()) EXPECT_EQ(item.key(), tagNames()[k++]);
    EXPECT_EQ(p.at(std::string(tagNames()[7])).get<double>(), 0.123456);
    EXPECT_EQ(p.at(std::string(tagNames()[8])).get<double>(), 0.0);
    const auto& segments = doc[1].at("segments");
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[1].at("start_s").get<double>(), 14.56);
    EXPECT_EQ(segments[1].at("probabilities").size(), kTagCount);
    EXPECT_EQ(doc[2],
              nlohmann::ordered_json({{"file", "c.flac"}, {"error", "c.flac: cannot decode"}}));

    std::ostringstream plain;
    writeJsonReport(plain, results_, {}, false);
    EXPECT_FALSE(json::parse(plain.str())[0].contains("segments"));
    std::ostringstream empty;
    writeJsonReport(empty, {}, {}, false);
    EXPECT_EQ(empty.str(), "[]\n");
}

TEST_F(Reports, JsonIsValidUtf8WhateverTheFileNames) {
    const std::string badName = "\xff\xfe.mp3";
    std::ostringstream out;
    writeJsonReport(out, {result(badName), result("caf\xc3\xa9.mp3")},
                    {{"\xc3(.ogg", "\xc3(.ogg: cannot decode"}}, false);
    json doc;
    ASSERT_NO_THROW(doc = json::parse(out.str())) << out.str();  // strict: rejects bad UTF-8
    const std::string replacement = "\xef\xbf\xbd";              // U+FFFD
    EXPECT_EQ(doc[0].at("file").get<std::string>(), replacement + replacement + ".mp3");
    EXPECT_EQ(doc[1].at("file").get<std::string>(), "caf\xc3\xa9.mp3");
    EXPECT_EQ(doc[2].at("file").get<std::string>(), replacement + "(.ogg");
    EXPECT_EQ(doc[2].at("error").get<std::string>(), replacement + "(.ogg: cannot decode");
}

TEST_F(Reports, JsonLinesHoldTheJsonObjectsOneALine) {
    const std::vector<TagFailure> failures = {{"c\nd.ogg", "c\nd.ogg: cannot decode"}};
    for (bool segments : {false, true}) {
        std::ostringstream array;
        writeJsonReport(array, results_, failures, segments);
        const std::string text = jsonLines(results_, failures, segments);
        ASSERT_FALSE(text.empty());
        EXPECT_EQ(text.back(), '\n');
        const std::vector<std::string> rows = lines(text);
        const json expected = json::parse(array.str());
        ASSERT_EQ(rows.size(), expected.size());  // a newline in a name stays escaped
        for (std::size_t k = 0; k < rows.size(); ++k) {
            EXPECT_EQ(json::parse(rows[k]), expected[k]) << rows[k];
            EXPECT_NE(array.str().find(rows[k]), std::string::npos);  // the same bytes
        }
    }
    EXPECT_EQ(jsonLines({}, {}, false), "");
}

TEST_F(Reports, NaNIsNeverWritten) {
    for (float bad :
         {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()}) {
        std::vector<TagResult> results = results_;
        results[1].probabilities[3] = bad;
        results[0].segments[1].probabilities[4] = bad;
        std::ostringstream jsonText, csv, csvSegments, text;
        EXPECT_THROW(writeJsonReport(jsonText, results, {}, false), Error);
        EXPECT_THROW(writeJsonReport(jsonText, results, {}, true), Error);
        EXPECT_THROW(writeCsvReport(csv, results, false), Error);
        EXPECT_THROW(writeCsvReport(csvSegments, results, true), Error);
        EXPECT_THROW(writeTextReport(text, results, 5, false), Error);
        for (const std::string& written :
             {jsonText.str(), csv.str(), csvSegments.str(), text.str()}) {
            EXPECT_EQ(written.find("nan"), std::string::npos) << written;
            EXPECT_EQ(written.find("inf"), std::string::npos) << written;
        }
    }
    std::vector<TagResult> results = results_;
    results[0].probabilities.resize(49);
    std::ostringstream out;
    EXPECT_THROW(writeJsonReport(out, results, {}, false), Error);
}

TEST(CsvField, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(csvField("plain.mp3"), "plain.mp3");
    EXPECT_EQ(csvField("a,b.mp3"), "\"a,b.mp3\"");
    EXPECT_EQ(csvField("say \"hi\".mp3"), "\"say \"\"hi\"\".mp3\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
}

}  // namespace
}  // namespace tagscope
