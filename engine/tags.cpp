#include "engine/tags.h"

namespace tagscope {

const std::array<std::string_view, kTagCount>& tagNames() {
    static constexpr std::array<std::string_view, kTagCount> names = {
        "rock",         "pop",          "alternative",     "indie",         "electronic",
        "female vocalists", "dance",    "00s",             "alternative rock", "jazz",
        "beautiful",    "metal",        "chillout",        "male vocalists", "classic rock",
        "soul",         "indie rock",   "Mellow",          "electronica",   "80s",
        "folk",         "90s",          "chill",           "instrumental",  "punk",
        "oldies",       "blues",        "hard rock",       "ambient",       "acoustic",
        "experimental", "female vocalist", "guitar",       "Hip-Hop",       "70s",
        "party",        "country",      "easy listening",  "sexy",          "catchy",
        "funk",         "electro",      "heavy metal",     "Progressive rock", "60s",
        "rnb",          "indie pop",    "sad",             "House",         "happy"};
    return names;
}

}  // namespace tagscope
