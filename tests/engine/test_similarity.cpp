// Embeddings and similar tracks in the engine (issue 12): the networks' last hidden layer comes
// out of the tagging pass unchanged (the tags computed from it are the tags), the neighbour
// index ranks by cosine similarity, float16 blobs round as IEEE 754 says, and the store keeps
// embeddings and levels (schema 4) and lists a configuration's track embeddings.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <fstream>
#include <limits>

#include "engine/error.h"
#include "engine/io/melgram_npy.h"
#include "engine/layers/activations.h"
#include "engine/layers/dense.h"
#include "engine/networks/tagging_network.h"
#include "engine/similarity/neighbour_index.h"
#include "engine/similarity/similar_tracks.h"
#include "engine/store/number_blob.h"
#include "engine/store/result_rows.h"
#include "engine/store/result_store.h"
#include "engine/store/sqlite_db.h"
#include "engine/tagger.h"
#include "engine/tags.h"
#include "support/oracle.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

// --- the forward pass ---

class Embeddings : public ::testing::TestWithParam<NetworkKind> {};

TEST_P(Embeddings, AreTheLayerTheTagsAreComputedFromAndLeaveTheTagsAsTheyWere) {
    const NetworkKind kind = GetParam();
    const Tagger tagger({kind, "", NormMode::Track, ""});
    std::vector<Melgram> clips;
    for (const std::string& path : test::referenceMelgramPaths())
        clips.push_back(readMelgramNpy(path));
    std::vector<const Melgram*> pointers;
    for (const Melgram& m : clips) pointers.push_back(&m);

    const RowMatrixXf plain = tagger.predict(pointers);
    const NetworkOutputs outputs =
        tagger.network().predictWithEmbeddings(pointers, NormMode::Track, nullptr, {});
    ASSERT_EQ(outputs.embeddings.rows(), Eigen::Index(clips.size()));
    ASSERT_EQ(outputs.embeddings.cols(), kind == NetworkKind::ConvNet ? 256 : 32);
    EXPECT_EQ(embeddingSize(kind), outputs.embeddings.cols());
    // Bit for bit the same tags.
    ASSERT_EQ(outputs.probabilities.rows(), plain.rows());
    for (Eigen::Index i = 0; i < plain.size(); ++i)
        EXPECT_EQ(std::bit_cast<std::uint32_t>(outputs.probabilities.data()[i]),
                  std::bit_cast<std::uint32_t>(plain.data()[i]));
    // The output layer applied to the embedding gives the tags: it is the last hidden layer.
    RowMatrixXf logits = dense(outputs.embeddings, tagger.network().weights().output);
    sigmoid(logits.data(), std::size_t(logits.size()));
    EXPECT_LT((logits - plain).cwiseAbs().maxCoeff(), 1e-6f);
    // Different tracks, different embeddings; the clip's analysis says the same.
    EXPECT_GT((outputs.embeddings.row(0) - outputs.embeddings.row(1)).norm(), 1e-3f);
    const ClipAnalysis one = tagger.analyseClip(clips[2]);
    for (std::size_t k = 0; k < one.embedding.size(); ++k)
        EXPECT_EQ(one.embedding[k], outputs.embeddings(2, Eigen::Index(k)));
    // Calibrated (the default policy): the same tags with and without the embedding.
    const Tagger calibrated({kind, "", NormMode::Calibrated, ""});
    const ClipAnalysis withEmbedding = calibrated.analyseClip(clips[1]);
    EXPECT_EQ(withEmbedding.probabilities, calibrated.predictClip(clips[1]));
    EXPECT_EQ(withEmbedding.embedding.size(), std::size_t(embeddingSize(kind)));
}

INSTANTIATE_TEST_SUITE_P(Networks, Embeddings,
                         ::testing::Values(NetworkKind::ConvNet, NetworkKind::RecurrentNet),
                         [](const auto& info) { return networkId(info.param); });

// --- the neighbour index ---

TEST(NeighbourIndex, RanksByCosineSimilarityMostSimilarFirst) {
    NeighbourIndex index(3);
    index.add(std::vector<float>{1, 0, 0});   // 0
    index.add(std::vector<float>{0, 2, 0});   // 1: length does not matter
    index.add(std::vector<float>{1, 1, 0});   // 2
    index.add(std::vector<float>{-3, 0, 0});  // 3
    index.add(std::vector<float>{0, 0, 0});   // 4: similarity 0 to anything
    EXPECT_EQ(index.size(), 5u);
    EXPECT_EQ(index.dimensions(), 3);

    const std::vector<Neighbour> all = index.nearest(std::vector<float>{5, 0, 0}, 10);
    ASSERT_EQ(all.size(), 5u);
    const std::vector<std::size_t> order = {0, 2, 1, 4, 3};  // 1 and 4 tie at 0: lower first
    const std::vector<float> similarities = {1.0f, std::sqrt(0.5f), 0.0f, 0.0f, -1.0f};
    for (std::size_t k = 0; k < all.size(); ++k) {
        EXPECT_EQ(all[k].index, order[k]) << k;
        EXPECT_NEAR(all[k].similarity, similarities[k], 1e-6f) << k;
    }
    const std::vector<Neighbour> two = index.nearest(std::vector<float>{5, 0, 0}, 2, 0);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].index, 2u);
    EXPECT_EQ(two[1].index, 1u);
    for (const Neighbour& n : index.nearest(std::vector<float>{0, 0, 0}, 5))
        EXPECT_EQ(n.similarity, 0.0f);
    EXPECT_TRUE(index.nearest(std::vector<float>{1, 0, 0}, 0).empty());
    EXPECT_THROW(index.add(std::vector<float>{1, 0}), Error);
    EXPECT_THROW(index.nearest(std::vector<float>{1, 0, 0, 0}, 1), Error);
    EXPECT_TRUE(NeighbourIndex(4).nearest(std::vector<float>{1, 0, 0, 0}, 3).empty());
}

TEST(NeighbourIndex, AgreesWithADirectComputationOnRandomVectors) {
    constexpr int kDimensions = 64;
    NeighbourIndex index(kDimensions);
    std::vector<std::vector<float>> rows;
    std::uint32_t state = 12345;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return float(state >> 8) / float(1 << 24) - 0.5f;
    };
    for (int r = 0; r < 500; ++r) {
        rows.emplace_back(kDimensions);
        for (float& v : rows.back()) v = next();
        index.add(rows.back());
    }
    std::vector<float> query(kDimensions);
    for (float& v : query) v = next();
    std::vector<std::pair<double, std::size_t>> direct;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double dot = 0, a = 0, b = 0;
        for (int k = 0; k < kDimensions; ++k) {
            dot += double(rows[r][k]) * query[k];
            a += double(rows[r][k]) * rows[r][k];
            b += double(query[k]) * query[k];
        }
        direct.push_back({dot / std::sqrt(a * b), r});
    }
    std::sort(direct.begin(), direct.end(), std::greater<>());
    const std::vector<Neighbour> found = index.nearest(query, 10);
    ASSERT_EQ(found.size(), 10u);
    for (std::size_t k = 0; k < found.size(); ++k) {
        EXPECT_EQ(found[k].index, direct[k].second) << k;
        EXPECT_NEAR(found[k].similarity, direct[k].first, 1e-5) << k;
    }
}

// --- float16 blobs ---

TEST(Float16Blob, RoundsToNearestEvenAndKeepsWhatHalfPrecisionCanHold) {
    // Exactly representable: back bit for bit.
    for (float v : {0.0f, -0.0f, 1.0f, -2.5f, 65504.0f, 0.000061035156f /* 2^-14 */,
                    0.000000059604645f /* 2^-24, the smallest subnormal */, 1023.5f})
        EXPECT_EQ(std::bit_cast<std::uint32_t>(halfValue(halfBits(v))),
                  std::bit_cast<std::uint32_t>(v))
            << v;
    EXPECT_EQ(halfBits(1.0f), 0x3c00);
    EXPECT_EQ(halfBits(-2.0f), 0xc000);
    EXPECT_EQ(halfBits(65504.0f), 0x7bff);
    EXPECT_EQ(halfBits(1.0f + 1.0f / 2048.0f), 0x3c00);  // halfway: to even (down)
    EXPECT_EQ(halfBits(1.0f + 3.0f / 2048.0f), 0x3c02);  // halfway: to even (up)
    EXPECT_EQ(halfBits(65520.0f), 0x7c00);               // rounds past the largest: infinity
    EXPECT_EQ(halfBits(std::numeric_limits<float>::infinity()), 0x7c00);
    EXPECT_TRUE(std::isnan(halfValue(halfBits(std::numeric_limits<float>::quiet_NaN()))));
    EXPECT_EQ(halfBits(1e-9f), 0x0000);
    // Relative error at most 2^-11 over the normal range.
    for (float v = 1e-4f; v < 6e4f; v *= 1.013f)
        EXPECT_LE(std::abs(halfValue(halfBits(v)) - v), v / 2048.0f) << v;

    const std::vector<float> values = {0.5f, -1.25f, 3.0f};
    const std::string blob = float16Blob(values);
    EXPECT_EQ(blob.size(), 6u);
    EXPECT_EQ(float16sFromBlob(blob), values);
    EXPECT_FALSE(float16sFromBlob("abc"));
}

// --- the store ---

std::vector<float> probabilities(int seed) {
    std::vector<float> p(kTagCount);
    for (std::size_t t = 0; t < kTagCount; ++t)
        p[t] = float((seed * 37 + int(t) * 11) % 997) / 996.0f;
    return p;
}

std::vector<float> embedding(int seed, int size) {
    std::vector<float> e(static_cast<std::size_t>(size));
    for (int k = 0; k < size; ++k) e[std::size_t(k)] = std::sin(float(seed * 31 + k)) * 3.7f;
    return e;
}

StoredResult analysed(int seed, int dimensions, int windows) {
    StoredResult r;
    r.central = probabilities(seed);
    r.summary = windows ? probabilities(seed + 1) : r.central;
    r.embedding = embedding(seed, dimensions);
    r.centralLevel = {0.25, -17.123456789};
    if (windows) r.hopSeconds = 14.56;
    for (int w = 0; w < windows; ++w) {
        SegmentResult s{w * 14.56, probabilities(seed + 2 + w), {}};
        s.level = {w == windows - 1 ? 0.4 : 0.0, w == 1 ? -95.5 : -20.0 - w};
        s.embedding = embedding(seed + 10 + w, dimensions);
        r.segments.push_back(std::move(s));
    }
    return r;
}

class StoreEmbeddings : public ::testing::Test {
protected:
    IdentifiedFile newFile(const std::string& name) {
        const std::string path = dir.file(name);
        std::ofstream(path) << name;
        return store->identify(path);
    }
    test::TempDir dir{"tagscope-store-embeddings"};
    std::shared_ptr<ResultStore> store = ResultStore::open(dir.file("store.db")).store;
};

TEST_F(StoreEmbeddings, EmbeddingsAndLevelsComeBack) {
    const std::int64_t cnn = store->configurationId("key cnn");
    const std::int64_t rnn = store->configurationId("key rnn");
    const StoredResult windowed = analysed(1, 256, 3), central = analysed(2, 32, 0);
    const IdentifiedFile file = newFile("a.mp3");
    const std::int64_t id = store->saveResults(file, {}, {{cnn, windowed}, {rnn, central}});

    const auto back = store->result(id, cnn);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->embedding, windowed.embedding);  // float32: exact
    EXPECT_EQ(back->centralLevel.paddingShare, 0.25);
    EXPECT_EQ(back->centralLevel.rmsDb, -17.123456789);
    ASSERT_EQ(back->segments.size(), 3u);
    for (std::size_t w = 0; w < 3; ++w) {
        const SegmentResult& s = back->segments[w];
        EXPECT_EQ(s.level.paddingShare, windowed.segments[w].level.paddingShare);
        EXPECT_EQ(s.level.rmsDb, windowed.segments[w].level.rmsDb);
        ASSERT_EQ(s.embedding.size(), 256u);
        for (std::size_t k = 0; k < 256; ++k)  // float16: 11 significant bits
            EXPECT_NEAR(s.embedding[k], windowed.segments[w].embedding[k],
                        std::abs(windowed.segments[w].embedding[k]) / 2048.0f + 1e-7f);
    }
    EXPECT_TRUE(back->segments[1].level.silent());
    const auto other = store->result(id, rnn);
    ASSERT_TRUE(other);
    EXPECT_EQ(other->embedding, central.embedding);
    EXPECT_TRUE(other->segments.empty());
}

TEST_F(StoreEmbeddings, TrackEmbeddingsListOneConfigurationByPath) {
    const std::int64_t cnn = store->configurationId("key cnn");
    const std::int64_t rnn = store->configurationId("key rnn");
    StoredResult old = analysed(9, 256, 0);
    old.embedding.clear();  // as saved before schema 4
    store->saveResults(newFile("c.mp3"), {}, {{cnn, analysed(3, 256, 2)}});
    store->saveResults(newFile("a.mp3"), {},
                       {{cnn, analysed(4, 256, 0)}, {rnn, analysed(5, 32, 0)}});
    store->saveResults(newFile("b.mp3"), {}, {{cnn, old}});

    const std::vector<StoredEmbedding> all = store->trackEmbeddings(AnalysisKey("key cnn"));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].path, store->file(dir.file("a.mp3"))->path);
    EXPECT_EQ(all[0].fileId, store->file(dir.file("a.mp3"))->id);
    EXPECT_EQ(all[0].embedding, embedding(4, 256));
    EXPECT_EQ(all[1].path, store->file(dir.file("c.mp3"))->path);
    EXPECT_EQ(store->trackEmbeddings(AnalysisKey("key rnn")).size(), 1u);
    EXPECT_TRUE(store->trackEmbeddings(AnalysisKey("no such key")).empty());

    // A stored query is found by its file and left out of its own neighbours.
    SimilarityQuery query;
    query.embedding = embedding(4, 256);
    query.fileId = all[0].fileId;
    const std::vector<SimilarTrack> similar = similarTracks(all, query, 5);
    ASSERT_EQ(similar.size(), 1u);
    EXPECT_EQ(similar[0].path, all[1].path);
    query.embedding.resize(32);
    EXPECT_THROW(similarTracks(all, query, 5), Error);
}

TEST_F(StoreEmbeddings, RowsWhoseEmbeddingsOrLevelsDoNotFitAreMissing) {
    const StoredResult good = analysed(1, 32, 2);
    ResultRow row = encodeResultRow(good);
    ASSERT_TRUE(decodeResultRow(row));
    auto broken = [&](auto change) {
        ResultRow r = row;
        change(r);
        return !decodeResultRow(r).has_value();
    };
    EXPECT_TRUE(broken([](ResultRow& r) { r.windowEmbeddings->pop_back(); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.windowEmbeddings.reset(); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.embedding.reset(); }));  // windows' alone
    EXPECT_TRUE(broken([](ResultRow& r) { r.embedding = float32Blob({1.0f, NAN}); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.windowLevels->resize(8); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.windowLevels = float64Blob({2.0, -3, 0, -3}); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.centralRmsDb.reset(); }));
    EXPECT_TRUE(broken([](ResultRow& r) { r.centralPadding = -0.5; }));
    // Without embedding and levels (schema 3 rows): decoded, empty and unknown.
    ResultRow old = row;
    old.embedding.reset();
    old.windowEmbeddings.reset();
    old.windowLevels.reset();
    old.centralPadding.reset();
    old.centralRmsDb.reset();
    const auto back = decodeResultRow(old);
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->embedding.empty());
    EXPECT_FALSE(back->centralLevel.rmsDb);
    EXPECT_FALSE(back->segments[0].level.rmsDb);
    EXPECT_TRUE(back->segments[0].embedding.empty());
}

}  // namespace
}  // namespace tagscope
