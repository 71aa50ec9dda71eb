#pragma once
// The 50 Last.fm tags of the Million Song Dataset model, in the networks' output order.

#include <array>
#include <string_view>

namespace tagscope {

inline constexpr std::size_t kTagCount = 50;
const std::array<std::string_view, kTagCount>& tagNames();

}  // namespace tagscope
