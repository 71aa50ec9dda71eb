#include "ui/analysis/thread_priority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tagscope::ui {
namespace {
constexpr int kBackgroundNice = 10;
}

void lowerCurrentThreadPriority() {
#ifdef __linux__
    // On Linux the nice value is per thread when given the thread id.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), kBackgroundNice);
#endif
}

}  // namespace tagscope::ui
