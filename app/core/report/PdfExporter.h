#pragma once

#include "report/ReportBook.h"
#include "report/ReportRenderer.h"

#include <QDate>
#include <QString>

namespace pd {

class PlanStore;

/// Writes progress sheets to a PDF file, safely: the pages go to a temporary file beside the
/// target, which replaces the target only when complete. A path that cannot be written gives a
/// translated one-line error and leaves no file behind; so does a cancelled export.
class PdfExporter
{
public:
    PdfExporter() = default;
    explicit PdfExporter(ReportRenderer::Options options) : m_options(std::move(options)) {}

    /// Renders book to path. result.pageCount holds the number of pages written.
    ReportRenderer::Result exportBook(const ReportBook &book, const QString &path,
                                      const ReportRenderer::Progress &progress = {}) const;
    /// Builds the book of scope at asOf from the store and renders it to path.
    ReportRenderer::Result exportPlan(const PlanStore &store, const QDate &asOf,
                                      const ReportScope &scope, const QString &path,
                                      const ReportRenderer::Progress &progress = {}) const;

private:
    ReportRenderer::Options m_options;
};

} // namespace pd
