// SPDX-License-Identifier: MIT
#include "app/view/ExportProgressDialog.h"

#include "app/service/ExportJob.h"

namespace seismic::app {

ExportProgressDialog::ExportProgressDialog(ExportJob* job, const QString& label, QWidget* parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent)
{
    setObjectName(QStringLiteral("exportProgress"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    // Short exports end before it would show.
    setMinimumDuration(500);
    connect(this, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(job, &ExportJob::progress, this, [this](qint64 processed, qint64 total) {
        // QProgressDialog counts in int: in thousandths of the whole.
        setMaximum(1000);
        setValue(total > 0 ? static_cast<int>(processed * 1000 / total) : 1000);
    });
    const auto done = [this, job] {
        deleteLater();
        job->deleteLater();
    };
    connect(job, &ExportJob::succeeded, this, done);
    connect(job, &ExportJob::failed, this, done);
}

} // namespace seismic::app
