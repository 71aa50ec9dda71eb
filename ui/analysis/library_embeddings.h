#pragma once
// The listed tracks' embeddings under one model configuration, as the store holds them, made
// ready for "more like this": a neighbour index (cosine similarity) and the library map's
// positions (PCA). Built on a store thread; shared read-only afterwards.

#include <QHash>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

#include "engine/run_context.h"
#include "engine/similarity/neighbour_index.h"
#include "engine/similarity/projection.h"
#include "ui/model/model_config.h"

namespace tagscope::ui {

class StoreConfigurations;

struct LibraryEmbeddings {
    ModelConfig config;
    QStringList paths;  // row order (the store's: by path)
    QHash<QString, std::size_t> rowOf;
    int dimensions = 0;
    std::vector<float> values;  // rows × dimensions, row-major
    std::optional<NeighbourIndex> index;
    std::vector<MapPosition> map;  // one per row

    std::size_t size() const { return std::size_t(paths.size()); }
};

// Reads the stored track embeddings for `config` of the files in `listed` (others are left
// out, as are embeddings of another size than the first's), then indexes and projects them.
// Stops (throws) when the run is stopped. An unknown configuration gives none.
std::shared_ptr<const LibraryEmbeddings> loadLibraryEmbeddings(StoreConfigurations& configurations,
                                                               const ModelConfig& config,
                                                               const QSet<QString>& listed,
                                                               const RunContext& run);

}  // namespace tagscope::ui
