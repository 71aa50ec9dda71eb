#include "ui/model/model_config.h"

namespace tagscope::ui {

QString ModelConfig::key() const {
    return QStringLiteral("%1|%2|%3|%4")
        .arg(QString::fromStdString(networkId(kind)), weightsPath,
             QString::fromStdString(normModeId(norm)),
             norm == NormMode::Calibrated ? calibrationPath : QString());
}

std::vector<NetworkKind> networksFor(ModelChoice choice) {
    switch (choice) {
        case ModelChoice::Cnn:
            return {NetworkKind::ConvNet};
        case ModelChoice::Rnn:
            return {NetworkKind::RecurrentNet};
        case ModelChoice::Both:
            return {NetworkKind::ConvNet, NetworkKind::RecurrentNet};
    }
    return {};
}

QString modelChoiceId(ModelChoice choice) {
    switch (choice) {
        case ModelChoice::Cnn:
            return QStringLiteral("cnn");
        case ModelChoice::Rnn:
            return QStringLiteral("rnn");
        case ModelChoice::Both:
            return QStringLiteral("both");
    }
    return {};
}

ModelChoice modelChoiceFromId(const QString& id) {
    if (id == QLatin1String("rnn")) return ModelChoice::Rnn;
    if (id == QLatin1String("both")) return ModelChoice::Both;
    return ModelChoice::Cnn;
}

QString networkShortName(NetworkKind kind) {
    return kind == NetworkKind::ConvNet ? QStringLiteral("CNN") : QStringLiteral("RNN");
}

}  // namespace tagscope::ui
