#pragma once
// A job that owns one task of the app's AnalysisService (so quitting stops and joins it like
// any other job): it starts the task, reports its failure, and cancels it when deleted, so
// nothing reaches a job that is gone. Subclasses add what the task computes and their reports.

#include <QObject>
#include <QPointer>
#include <QString>

#include "ui/analysis/analysis_job.h"

namespace tagscope::ui {

class AnalysisService;

class ServiceTaskJob : public QObject {
    Q_OBJECT
public:
    ~ServiceTaskJob() override;  // cancels the task

signals:
    void failed(const QString& error);

protected:
    ServiceTaskJob(AnalysisService& service, QObject* parent);
    void start(TaskWork work, TaskLane lane);

private:
    QPointer<AnalysisService> service_;
    JobId task_ = 0;
};

}  // namespace tagscope::ui
