// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"
#include "store/ExportFormat.h"
#include "store/TransferExporter.h"
#include "store/TransferQuery.h"

#include <QObject>
#include <QSaveFile>

namespace seismic::store {
class TransferStore;
} // namespace seismic::store

namespace seismic::app {

// Exports the stored transfers of a query (the table's filter and snapshot) to a file on the
// event loop, one page per turn, so the window never waits for it however many rows there are:
// progress after each page, cancel at any time. The file is written atomically: a cancelled or
// failed export leaves none. The store must outlive the job.
class TransferExportJob : public QObject
{
    Q_OBJECT

public:
    TransferExportJob(const store::TransferStore& transfers, store::TransferQuery query,
                      store::ExportFormat format, const QString& path, QObject* parent = nullptr);

    // Begins on the next turn of the event loop.
    void start();
    // Stops after the page being written; finished() reports a Cancelled error.
    void cancel();

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // Once: the rows written, or why there is no file.
    void succeeded(qint64 written);
    void failed(const seismic::Error& error);

private:
    void step();
    void fail(Error error);

    QSaveFile m_file;
    store::TransferExporter m_exporter;
    bool m_cancelled = false;
};

} // namespace seismic::app
