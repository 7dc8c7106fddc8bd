// SPDX-License-Identifier: MIT
#include "app/service/ExportJob.h"

#include <QTimer>

namespace seismic::app {

ExportJob::ExportJob(const QString& path, const ExportOnto& exportOnto, QObject* parent)
    : QObject(parent)
    , m_file(path)
    , m_export(exportOnto(m_file))
{}

ExportJob::~ExportJob() = default;

void ExportJob::start()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_file.open(QIODevice::WriteOnly))
            return fail(writeError());
        if (auto begun = m_export->begin(); !begun)
            return fail(std::move(begun).error());
        step();
    });
}

void ExportJob::cancel()
{
    m_cancelled = true;
}

void ExportJob::step()
{
    if (m_cancelled)
        return fail(makeError(ErrorKind::Cancelled, "the export was cancelled"));
    auto more = m_export->step();
    if (!more)
        return fail(std::move(more).error());
    Q_EMIT progress(m_export->processed(), m_export->total());
    if (*more) {
        // The next page after whatever else the event loop has to do.
        QTimer::singleShot(0, this, &ExportJob::step);
        return;
    }
    if (!m_file.commit())
        return fail(writeError());
    Q_EMIT succeeded(m_export->written());
}

void ExportJob::fail(Error error)
{
    m_file.cancelWriting();
    Q_EMIT failed(error);
}

Error ExportJob::writeError() const
{
    return makeError(ErrorKind::Io, "cannot write " + m_file.fileName().toStdString() + ": " +
                                        m_file.errorString().toStdString());
}

} // namespace seismic::app
