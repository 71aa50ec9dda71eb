#include "view_test_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstring>

#include "engine/io/melgram_npy.h"
#include "engine/tags.h"

namespace tagscope::ui::test {
namespace {

constexpr int kReferenceTracks = 4;
const char* const kTrackNames[kReferenceTracks] = {"bensound-cute", "bensound-actionable",
                                                   "bensound-dubstep", "bensound-thejazzpiano"};

QString referencePath(const QString& name) {
    return QStringLiteral(TAGSCOPE_VIEWS_REFERENCE_DIR "/") + name;
}

}  // namespace

Melgram stripesMelgram(int frames, int band, int frame, float floorDb) {
    Melgram m(kMelBands, frames);
    std::fill(m.values.begin(), m.values.end(), floorDb);
    for (int f = 0; f < frames; ++f) m.at(band, f) = 0.0f;
    for (int b = 0; b < kMelBands; ++b) m.at(b, frame) = 0.0f;
    return m;
}

std::shared_ptr<const Melgram> referenceTrackMelgram() {
    auto track = std::make_shared<Melgram>(kMelBands, kReferenceTracks * kClipFrames);
    for (int t = 0; t < kReferenceTracks; ++t) {
        const QString path = referencePath(QStringLiteral("melgrams/%1.npy").arg(kTrackNames[t]));
        const Melgram clip = readMelgramNpy(path.toStdString());
        for (int b = 0; b < kMelBands; ++b)
            for (int f = 0; f < clip.frames; ++f) track->at(b, t * kClipFrames + f) = clip.at(b, f);
    }
    return track;
}

Overview referenceTrackOverview() {
    OverviewBuilder builder(1 << 15);
    for (int t = 0; t < kReferenceTracks; ++t) {
        QFile file(referencePath(QStringLiteral("pcm12k/%1.npy").arg(kTrackNames[t])));
        if (!file.open(QIODevice::ReadOnly)) return {};
        const QByteArray bytes = file.readAll();
        // .npy version 1: magic (6), version (2), header length (2, little endian), header;
        // the data: little-endian float32.
        const int headerLength = quint8(bytes[8]) | (quint8(bytes[9]) << 8);
        const qsizetype offset = 10 + headerLength;
        std::vector<float> samples(std::size_t(bytes.size() - offset) / sizeof(float));
        std::memcpy(samples.data(), bytes.constData() + offset, samples.size() * sizeof(float));
        builder.push(samples.data(), samples.size());
    }
    return builder.finish();
}

std::vector<float> referenceProbabilities(const char* network, int track) {
    QFile file(referencePath(QStringLiteral("expected-probabilities.json")));
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray values =
        root.value(QLatin1String(network)).toObject().value("track").toArray().at(track).toArray();
    std::vector<float> result;
    for (const QJsonValue& v : values) result.push_back(float(v.toDouble()));
    return result;
}

std::vector<SegmentResult> referenceSegments(double hopSeconds) {
    std::vector<std::vector<float>> clips;
    for (int t = 0; t < kReferenceTracks; ++t)
        clips.push_back(referenceProbabilities("cnn_tensorflow", t));
    const double duration = kReferenceTracks * kClipSeconds;
    std::vector<SegmentResult> segments;
    for (double start = 0.0; start + kClipSeconds <= duration + 1e-9; start += hopSeconds) {
        SegmentResult segment{start, std::vector<float>(kTagCount, 0.0f), {}};
        for (int t = 0; t < kReferenceTracks; ++t) {
            const double overlap = std::min(start + kClipSeconds, (t + 1) * kClipSeconds) -
                                   std::max(start, t * kClipSeconds);
            if (overlap <= 0.0) continue;
            for (std::size_t i = 0; i < kTagCount; ++i)
                segment.probabilities[i] +=
                    float(overlap / kClipSeconds) * clips[std::size_t(t)][i];
        }
        segments.push_back(std::move(segment));
    }
    return segments;
}

}  // namespace tagscope::ui::test
