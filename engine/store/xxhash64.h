#pragma once
// XXH64 (xxHash, 64-bit variant, seed 0) from Debian's libxxhash, fed in pieces: a fast,
// well-mixed, non-cryptographic hash with a published definition, so fingerprints kept in a
// store stay meaningful across versions and machines. Same digests as `xxhsum -H1`.

#include <cstdint>
#include <memory>
#include <string_view>

struct XXH64_state_s;

namespace tagscope {

class Xxh64 {
public:
    Xxh64();
    ~Xxh64();
    Xxh64(const Xxh64&) = delete;
    Xxh64& operator=(const Xxh64&) = delete;

    void update(std::string_view bytes);
    std::uint64_t digest() const;

private:
    XXH64_state_s* state_;
};

std::uint64_t xxh64(std::string_view bytes);

}  // namespace tagscope
