#pragma once
// tagscope-cli write and undo: options in, the engine's tag-writing session
// (engine/tagwrite/tag_write_session.h) run, its preview and outcome printed.

#include <ostream>

#include "app/cli/cli_options.h"

namespace tagscope::cli {

int runWrite(const WriteOptions& options, std::ostream& out, std::ostream& err);
int runUndo(const UndoOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tagscope::cli
