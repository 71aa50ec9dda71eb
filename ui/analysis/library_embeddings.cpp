#include "ui/analysis/library_embeddings.h"

#include "engine/store/result_store.h"
#include "ui/analysis/store_configurations.h"

namespace tagscope::ui {

std::shared_ptr<const LibraryEmbeddings> loadLibraryEmbeddings(StoreConfigurations& configurations,
                                                               const ModelConfig& config,
                                                               const QSet<QString>& listed,
                                                               const RunContext& run) {
    auto embeddings = std::make_shared<LibraryEmbeddings>();
    embeddings->config = config;
    const StoreConfigurations::Known known = configurations.of(config);
    if (known.id == 0) return embeddings;
    std::vector<StoredEmbedding> stored = configurations.store().trackEmbeddings(known.id);
    run.throwIfStopped();
    // The store keeps canonical paths; a listed path through a symbolic link is another.
    QHash<QString, QString> listedPathOf;
    for (const QString& path : listed) {
        const QString canonical = QString::fromStdString(canonicalStorePath(path.toStdString()));
        if (canonical != path) listedPathOf.insert(canonical, path);
    }
    for (StoredEmbedding& row : stored) {
        QString path = QString::fromStdString(row.path);
        path = listedPathOf.value(path, path);
        if (row.embedding.empty() || !listed.contains(path)) continue;
        if (embeddings->dimensions == 0) embeddings->dimensions = int(row.embedding.size());
        if (int(row.embedding.size()) != embeddings->dimensions) continue;
        embeddings->rowOf.insert(path, embeddings->size());
        embeddings->paths << path;
        embeddings->values.insert(embeddings->values.end(), row.embedding.begin(),
                                  row.embedding.end());
    }
    if (embeddings->dimensions == 0) return embeddings;
    run.throwIfStopped();
    NeighbourIndex& index = embeddings->index.emplace(embeddings->dimensions);
    const auto dimensions = std::size_t(embeddings->dimensions);
    for (std::size_t row = 0; row < embeddings->size(); ++row)
        index.add(std::span(embeddings->values).subspan(row * dimensions, dimensions));
    run.throwIfStopped();
    embeddings->map = projectPca(embeddings->values, embeddings->size(), embeddings->dimensions);
    return embeddings;
}

}  // namespace tagscope::ui
