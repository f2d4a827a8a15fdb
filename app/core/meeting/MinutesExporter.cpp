#include "meeting/MinutesExporter.h"

#include "export/OutputFile.h"
#include "meeting/MeetingStore.h"
#include "meeting/MinutesRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace pd {

ReportRenderer::Result MinutesExporter::exportMeeting(const MeetingStore &store, qint64 meetingId,
                                                      const QString &path) const
{
    ReportRenderer::Result result;
    auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };
    if (meetingId <= 0)
        meetingId = store.latestMeetingId().value_or(0);
    const std::optional<Meeting> meeting = store.meeting(meetingId);
    if (!meeting) {
        return fail(meetingId <= 0 ? QCoreApplication::translate(
                                         "MeetingMinutes", "The data file holds no meeting yet.")
                                   : QCoreApplication::translate("MeetingMinutes",
                                                                 "There is no meeting number %1.")
                                         .arg(meetingId));
    }
    if (path.isEmpty())
        return fail(
            QCoreApplication::translate("ProgressReport", "No file name given for the PDF."));
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("ProgressReport",
                                                "Cannot write the PDF to %1: it is a folder.")
                        .arg(QDir::toNativeSeparators(path)));
    OutputFile file(path); // a temporary file beside the target, renamed onto a regular file
    QString error;
    if (!file.open(&error))
        return fail(error);
    {
        QPdfWriter writer(file.device());
        writer.setTitle(meeting->title);
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Progress Dashboard")
                              : QCoreApplication::applicationName());
        writer.setResolution(1200);
        result = MinutesRenderer(m_options).render(*meeting, store.items(meeting->id), &writer);
    }
    if (!result.ok) {
        file.cancel();
        return result;
    }
    if (!file.commit(&result.error))
        result.ok = false;
    return result;
}

} // namespace pd
