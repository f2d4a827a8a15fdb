#include "report/PdfExporter.h"

#include "export/OutputFile.h"
#include "report/ReportBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace pd {

ReportRenderer::Result PdfExporter::exportBook(const ReportBook &book, const QString &path,
                                               const ReportRenderer::Progress &progress) const
{
    ReportRenderer::Result result;
    const QFileInfo target(path);
    if (path.isEmpty()) {
        result.error =
            QCoreApplication::translate("ProgressReport", "No file name given for the PDF.");
        return result;
    }
    if (target.isDir()) {
        result.error = QCoreApplication::translate("ProgressReport",
                                                   "Cannot write the PDF to %1: it is a folder.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    // OutputFile writes a temporary file in the same folder and renames it on commit onto a
    // regular file or a new name only, so a failure or a cancel never leaves a half-written PDF.
    OutputFile file(path);
    if (!file.open(&result.error))
        return result;
    {
        QPdfWriter writer(file.device());
        writer.setTitle(book.info.title);
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Progress Dashboard")
                              : QCoreApplication::applicationName());
        writer.setResolution(1200);
        result = ReportRenderer(m_options).render(book, &writer, progress);
    }
    if (!result.ok) {
        file.cancel();
        return result;
    }
    if (!file.commit(&result.error))
        result.ok = false;
    return result;
}

ReportRenderer::Result PdfExporter::exportPlan(const PlanStore &store, const QDate &asOf,
                                               const ReportScope &scope, const QString &path,
                                               const ReportRenderer::Progress &progress) const
{
    QString error;
    const std::optional<ReportBook> book = ReportBuilder::build(store, asOf, scope, &error);
    if (!book) {
        ReportRenderer::Result result;
        result.error = error;
        return result;
    }
    return exportBook(*book, path, progress);
}

} // namespace pd
