#pragma once
// The app's current way from probabilities to tags: a vocabulary (the shipped one, or a user's
// file) and thresholds (a global default, per-label overrides, a top-N cap). Data only: it does
// not know where thresholds are kept; the owner passes a pair of hooks (ThresholdsStorage) that
// read and write their JSON text (the result store's setting "thresholds").
//
// Invariant: thresholds() are valid for vocabulary(), so decider() never throws. Thresholds
// read from storage, or kept across a change of vocabulary, lose the overrides of labels the
// vocabulary does not have (the message returned names them); the stored text is rewritten only
// by setThresholds.
//
// Messages are returned as text (translated, for a status bar or message box); an empty string
// means all went well.

#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <string>

#include "engine/decisions/tag_decisions.h"
#include "engine/decisions/thresholds.h"
#include "engine/decisions/vocabulary.h"

namespace tagscope::ui {

struct ThresholdsStorage {
    // The stored JSON text, or nullopt if none was ever saved. May throw (std::exception).
    std::function<std::optional<std::string>()> load;
    // Keeps the JSON text. May throw (std::exception): setThresholds reports it.
    std::function<void(const std::string& json)> save;
};

class TagDecisionSettings : public QObject {
    Q_OBJECT
public:
    // The shipped vocabulary (Vocabulary::loadDefault) and the default thresholds (0.1, no
    // overrides, no cap). Without a shipped vocabulary (a broken installation) the model's 50
    // raw tags stand in as labels, all in group genre, and vocabularyError() says why.
    explicit TagDecisionSettings(QObject* parent = nullptr);
    // A given vocabulary (tests, or an owner that loaded one).
    explicit TagDecisionSettings(Vocabulary vocabulary, QObject* parent = nullptr);

    const Vocabulary& vocabulary() const { return vocabulary_; }
    const Thresholds& thresholds() const { return thresholds_; }
    TagDecider decider() const { return TagDecider(vocabulary_, thresholds_); }

    // Sets the hooks and reads the thresholds through them (see reloadThresholds).
    QString setStorage(ThresholdsStorage storage);
    // Reads the stored thresholds: nothing stored gives the defaults; text that is not valid
    // thresholds gives the defaults and the error (the stored text is left as it is).
    // Emits changed().
    QString reloadThresholds();
    // Validates against the vocabulary, keeps them, saves them through the storage hook, emits
    // changed(). Invalid thresholds change nothing and return the error; a failing save keeps
    // them for this session and returns the error.
    QString setThresholds(const Thresholds& thresholds);

    // The user's vocabulary file; empty for the shipped vocabulary. A file that does not load
    // changes nothing and returns the engine's message (naming the file and the entry at
    // fault). On success, emits changed().
    QString setVocabularyPath(const QString& path);
    QString vocabularyPath() const { return vocabularyPath_; }
    // Why the shipped vocabulary could not be loaded (empty if it was).
    QString vocabularyError() const { return vocabularyError_; }

    // The JSON text as it would be stored, parsed leniently against a vocabulary: overrides of
    // labels it lacks are dropped and named in *note. Throws tagscope::Error for anything else
    // that is wrong (the engine's message). Exposed for tests.
    static Thresholds parseStored(const std::string& json, const Vocabulary& vocabulary,
                                  QString* note);

signals:
    void changed();

private:
    // Thresholds from text for the current vocabulary; the message (error or note) in *message.
    Thresholds thresholdsFor(const std::optional<std::string>& json, QString* message) const;

    Vocabulary vocabulary_;
    Thresholds thresholds_;
    // What the thresholds were made from (stored or last set), so that a change of vocabulary
    // and back keeps overrides the intermediate vocabulary lacked.
    std::optional<std::string> thresholdsJson_;
    ThresholdsStorage storage_;
    QString vocabularyPath_;
    QString vocabularyError_;
};

}  // namespace tagscope::ui
