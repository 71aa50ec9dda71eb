#pragma once
// Where the app keeps its result store, the library: the file named on the command line
// (--store FILE), else $TAGSCOPE_STORE, else "library.tagscope" in the user's data folder
// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/Tagscope/Tagscope/). Tests give each
// program a store of its own this way and never touch the user's.

#include <QString>

namespace tagscope::ui {

QString defaultStorePath();

}  // namespace tagscope::ui
