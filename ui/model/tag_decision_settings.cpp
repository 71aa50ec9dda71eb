#include "ui/model/tag_decision_settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <exception>

#include "engine/error.h"
#include "engine/tags.h"

namespace tagscope::ui {
namespace {

constexpr const char* kSource = "thresholds";

// The model's raw tags as labels, one each, when there is no vocabulary file at all.
Vocabulary rawTagVocabulary() {
    std::string json = R"({"format": "tagscope-vocabulary", "version": 1, "tags": [)";
    for (std::size_t tag = 0; tag < kTagCount; ++tag) {
        const std::string name(tagNames()[tag]);
        json += std::string(tag ? "," : "") + R"({"tag": ")" + name + R"(", "label": ")" + name +
                R"(", "group": "genre"})";
    }
    return Vocabulary::fromJson(json + "]}", "raw tags");
}

QString fromUtf8(const char* text) {
    return QString::fromUtf8(text);
}

}  // namespace

TagDecisionSettings::TagDecisionSettings(QObject* parent)
    : TagDecisionSettings(rawTagVocabulary(), parent) {
    try {
        vocabulary_ = Vocabulary::loadDefault();
    } catch (const std::exception& e) {
        vocabularyError_ = tr("The shipped vocabulary was not found; the model's raw tags are "
                              "used as labels. %1")
                               .arg(fromUtf8(e.what()));
    }
}

TagDecisionSettings::TagDecisionSettings(Vocabulary vocabulary, QObject* parent)
    : QObject(parent), vocabulary_(std::move(vocabulary)) {}

QString TagDecisionSettings::setStorage(ThresholdsStorage storage) {
    storage_ = std::move(storage);
    return reloadThresholds();
}

QString TagDecisionSettings::reloadThresholds() {
    QString message;
    try {
        thresholdsJson_ = storage_.load ? storage_.load() : std::nullopt;
    } catch (const std::exception& e) {
        thresholdsJson_.reset();
        message = tr("The saved tag thresholds could not be read: %1").arg(fromUtf8(e.what()));
    }
    thresholds_ = thresholdsFor(thresholdsJson_, message.isEmpty() ? &message : nullptr);
    emit changed();
    return message;
}

QString TagDecisionSettings::setThresholds(const Thresholds& thresholds) {
    try {
        thresholds.validate(vocabulary_, kSource);
    } catch (const std::exception& e) {
        return fromUtf8(e.what());
    }
    thresholds_ = thresholds;
    thresholdsJson_ = thresholds.toJson();
    QString message;
    try {
        if (storage_.save) storage_.save(*thresholdsJson_);
    } catch (const std::exception& e) {
        message = tr("The tag thresholds could not be saved: %1").arg(fromUtf8(e.what()));
    }
    emit changed();
    return message;
}

QString TagDecisionSettings::setVocabularyPath(const QString& path) {
    try {
        Vocabulary vocabulary = path.isEmpty()
                                    ? Vocabulary::loadDefault()
                                    : Vocabulary::load(QFile::encodeName(path).toStdString());
        vocabulary_ = std::move(vocabulary);
        vocabularyError_.clear();
    } catch (const std::exception& e) {
        if (!path.isEmpty()) return fromUtf8(e.what());
        // Back to the shipped vocabulary, which is missing: the raw tags, as at start-up.
        vocabulary_ = rawTagVocabulary();
        vocabularyError_ = fromUtf8(e.what());
    }
    vocabularyPath_ = path;
    QString message;
    thresholds_ = thresholdsFor(thresholdsJson_, &message);
    emit changed();
    return message;
}

Thresholds TagDecisionSettings::thresholdsFor(const std::optional<std::string>& json,
                                              QString* message) const {
    if (!json) return {};
    try {
        return parseStored(*json, vocabulary_, message);
    } catch (const std::exception& e) {
        if (message)
            *message = tr("The saved tag thresholds were not used (the defaults are): %1")
                           .arg(fromUtf8(e.what()));
        return {};
    }
}

Thresholds TagDecisionSettings::parseStored(const std::string& json, const Vocabulary& vocabulary,
                                            QString* note) {
    try {
        return Thresholds::fromJson(json, kSource, vocabulary);
    } catch (const Error&) {
        // Forgive overrides of labels this vocabulary lacks; anything else stays an error.
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromStdString(json), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) throw;
        QJsonObject root = document.object();
        if (!root.value(QStringLiteral("labels")).isObject()) throw;
        QJsonObject labels = root.value(QStringLiteral("labels")).toObject();
        QStringList dropped;
        for (auto it = labels.begin(); it != labels.end();) {
            if (vocabulary.find(it.key().toStdString())) {
                ++it;
            } else {
                dropped << it.key();
                it = labels.erase(it);
            }
        }
        if (dropped.isEmpty()) throw;
        root.insert(QStringLiteral("labels"), labels);
        const Thresholds thresholds = Thresholds::fromJson(
            QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString(), kSource, vocabulary);
        if (note)
            *note = tr("Thresholds of labels the vocabulary does not have are not used: %1")
                        .arg(dropped.join(QStringLiteral(", ")));
        return thresholds;
    }
}

}  // namespace tagscope::ui
