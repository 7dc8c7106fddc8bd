// SPDX-License-Identifier: MIT
#pragma once

#include <QProgressDialog>

namespace seismic::app {

class ExportJob;

// The progress of a running export in a window-modal dialog (object name "exportProgress"),
// shown only when the export lasts longer than half a second; Cancel cancels the job. When the
// job ends (after its succeeded() or failed() reached the receivers connected before), the
// dialog and the job go away.
class ExportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    ExportProgressDialog(ExportJob* job, const QString& label, QWidget* parent);
};

} // namespace seismic::app
