#include "ui/analysis/store_lookup.h"

#include "engine/error.h"
#include "ui/analysis/store_configurations.h"

namespace tagscope::ui {

void answerQuestions(StoreConfigurations& configurations,
                     const std::vector<StoreQuestion>& questions, const TaskContext& context,
                     AnswerBatches& answers) {
    for (const StoreQuestion& question : questions) {
        context.throwIfStopped();
        std::optional<IdentifiedFile> identified;
        StoreAnswer answer;
        try {
            identified = configurations.store().identify(question.path.toStdString());
            answer = answerFor(configurations, question.path, identified, question.configs);
        } catch (const Error&) {
            answer = StoreAnswer{};
            answer.path = question.path;
            answer.file = identified;
            answer.configs = question.configs;
            answer.configurationIds.assign(question.configs.size(), 0);
            answer.results.resize(question.configs.size());
        }
        answer.track = question.track;
        answer.request = question.request;
        answers.add(std::move(answer));
    }
    answers.flush();
}

void listStoredFolders(StoreConfigurations& configurations, const QStringList& folders,
                       const std::vector<ModelConfig>& configs, const TaskContext& context,
                       AnswerBatches& answers) {
    if (folders.isEmpty()) return;
    for (const StoredFile& stored : configurations.store().files()) {
        context.throwIfStopped();
        if (!isInFolders(QString::fromStdString(stored.path), folders)) continue;
        answers.add(answerFor(configurations, stored, configs));
    }
    answers.flush();
}

bool isInFolders(const QString& path, const QStringList& folders) {
    for (const QString& folder : folders) {
        if (!path.startsWith(folder)) continue;
        if (path.size() == folder.size() || folder.endsWith(QLatin1Char('/')) ||
            path.at(folder.size()) == QLatin1Char('/'))
            return true;
    }
    return false;
}

}  // namespace tagscope::ui
