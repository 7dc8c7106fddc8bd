// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"
#include "store/SteppedExport.h"

#include <QObject>
#include <QSaveFile>

#include <functional>
#include <memory>

namespace seismic::app {

// Runs an export (stored transfers, the send history: any store::SteppedExport) into a file on
// the event loop, one page per turn, so the window never waits for it however many rows there
// are: progress after each page, cancel at any time. The file is written atomically: a cancelled
// or failed export leaves none under its name. What the export reads must outlive the job.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    // Makes the export that writes to the job's file.
    using ExportOnto = std::function<std::unique_ptr<store::SteppedExport>(QIODevice& output)>;

    ExportJob(const QString& path, const ExportOnto& exportOnto, QObject* parent = nullptr);
    ~ExportJob() override;

    // Begins on the next turn of the event loop.
    void start();
    // Stops after the page being written; failed() reports a Cancelled error.
    void cancel();

Q_SIGNALS:
    // After each page: rows gone through and rows in the export.
    void progress(qint64 processed, qint64 total);
    // Once: the rows written, or why there is no file.
    void succeeded(qint64 written);
    void failed(const seismic::Error& error);

private:
    void step();
    void fail(Error error);
    Error writeError() const;

    QSaveFile m_file;
    std::unique_ptr<store::SteppedExport> m_export;
    bool m_cancelled = false;
};

} // namespace seismic::app
