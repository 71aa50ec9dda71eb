#pragma once
// Display names for the 50 raw tag names. The raw names stay in exports and roles; on screen
// they are tidied conservatively (translatable through the "tagscope::ui::TagName" context):
//   - capitalised words are lower-cased like the other 45 tags: "Mellow" → "mellow",
//     "House" → "house", "Progressive rock" → "progressive rock";
//   - "Hip-Hop" keeps its usual spelling;
//   - "rnb" → "R&B", "00s" → "2000s" (the other decades, "60s"…"90s", are unambiguous);
//   - near-duplicates ("female vocalist" / "female vocalists") stay distinct: they are
//     different network outputs.

#include <QString>

namespace tagscope::ui {

QString tagDisplayName(int tagIndex);  // tagIndex in tagNames() order; empty if out of range
QString tagRawName(int tagIndex);

}  // namespace tagscope::ui
