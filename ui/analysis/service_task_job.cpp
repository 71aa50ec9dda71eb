#include "ui/analysis/service_task_job.h"

#include "ui/analysis/analysis_service.h"

namespace tagscope::ui {

ServiceTaskJob::ServiceTaskJob(AnalysisService& service, QObject* parent)
    : QObject(parent), service_(&service) {}

ServiceTaskJob::~ServiceTaskJob() {
    if (service_ && task_) service_->cancelTask(task_);
}

void ServiceTaskJob::start(TaskWork work, TaskLane lane) {
    // Results reach the job only while it exists (the service checks the task is live, the
    // pointer that the job is).
    task_ = service_->runTask(
        std::move(work),
        [job = QPointer<ServiceTaskJob>(this)](const QString& error) {
            if (job) emit job->failed(error);
        },
        lane);
}

}  // namespace tagscope::ui
