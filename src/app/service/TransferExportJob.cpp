// SPDX-License-Identifier: MIT
#include "app/service/TransferExportJob.h"

#include <QTimer>

namespace seismic::app {

TransferExportJob::TransferExportJob(const store::TransferStore& transfers,
                                     store::TransferQuery query, store::ExportFormat format,
                                     const QString& path, QObject* parent)
    : QObject(parent)
    , m_file(path)
    , m_exporter(transfers, std::move(query), format, m_file)
{}

void TransferExportJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_file.open(QIODevice::WriteOnly))
            return fail(makeError(ErrorKind::Io, "cannot write " + m_file.fileName().toStdString() +
                                                     ": " + m_file.errorString().toStdString()));
        if (auto begun = m_exporter.begin(); !begun)
            return fail(std::move(begun).error());
        step();
    });
}

void TransferExportJob::cancel()
{
    m_cancelled = true;
}

void TransferExportJob::step()
{
    if (m_cancelled)
        return fail(makeError(ErrorKind::Cancelled, "the export was cancelled"));
    auto more = m_exporter.step();
    if (!more)
        return fail(std::move(more).error());
    Q_EMIT progress(m_exporter.written(), m_exporter.total());
    if (*more) {
        // The next page after whatever else the event loop has to do.
        QTimer::singleShot(0, this, &TransferExportJob::step);
        return;
    }
    if (!m_file.commit())
        return fail(makeError(ErrorKind::Io, "cannot write " + m_file.fileName().toStdString() +
                                                 ": " + m_file.errorString().toStdString()));
    Q_EMIT succeeded(m_exporter.written());
}

void TransferExportJob::fail(Error error)
{
    m_file.cancelWriting();
    Q_EMIT failed(error);
}

} // namespace seismic::app
