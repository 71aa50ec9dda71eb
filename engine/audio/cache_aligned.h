#pragma once
// A std::vector allocator whose storage starts on a 64-byte cache line, so that a sample's
// position within its line (and within a 512-bit register) follows from its index alone.

#include <cstddef>
#include <new>
#include <vector>

namespace tagscope {

inline constexpr std::size_t kCacheLine = 64;

template <typename T>
struct CacheAlignedAllocator {
    using value_type = T;

    CacheAlignedAllocator() = default;
    template <typename U>
    CacheAlignedAllocator(const CacheAlignedAllocator<U>&) {}

    T* allocate(std::size_t n) {
        return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(kCacheLine)));
    }
    void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t(kCacheLine)); }

    template <typename U>
    bool operator==(const CacheAlignedAllocator<U>&) const {
        return true;
    }
};

using CacheAlignedFloats = std::vector<float, CacheAlignedAllocator<float>>;

}  // namespace tagscope
