#pragma once
// A self-check of an installation: are the default weights and calibrations of both networks
// found, readable and consistent? Which kernels run on this CPU? Used by `tagscope --self-check` and `tagscope-cli --self-check`.

#include <string>

namespace tagscope {

struct InstallationReport {
    bool ok = true;
    std::string text;  // one line per item checked, with the path used or the problem
};

InstallationReport checkInstallation();

}  // namespace tagscope
