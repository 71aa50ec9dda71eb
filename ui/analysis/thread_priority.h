#pragma once
// Background threads yield to the GUI thread: on Linux, QThread's priorities do nothing for
// normal (SCHED_OTHER) threads, but a higher nice value per thread does.

namespace tagscope::ui {

void lowerCurrentThreadPriority();  // call from the thread itself

}  // namespace tagscope::ui
