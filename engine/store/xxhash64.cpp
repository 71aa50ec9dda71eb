#include "engine/store/xxhash64.h"

#include <xxhash.h>

#include <new>

namespace tagscope {

Xxh64::Xxh64() : state_(XXH64_createState()) {
    if (!state_ || XXH64_reset(state_, 0) != XXH_OK) throw std::bad_alloc();
}

Xxh64::~Xxh64() {
    XXH64_freeState(state_);
}

void Xxh64::update(std::string_view bytes) {
    XXH64_update(state_, bytes.data(), bytes.size());
}

std::uint64_t Xxh64::digest() const {
    return XXH64_digest(state_);
}

std::uint64_t xxh64(std::string_view bytes) {
    return XXH64(bytes.data(), bytes.size(), 0);
}

}  // namespace tagscope
