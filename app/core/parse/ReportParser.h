#pragma once

#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QString>

namespace pd {

/// Reads the plain text of a Chinese government work report into a plan: the tree of parts,
/// areas, sections and livelihood projects, every quantified target as an indicator, and the
/// previous year's figures as baselines. Knows no particular city or year.
///
/// The work is shared out: ReportTextDecoder (bytes to text), TextNormalizer (full-width to
/// ASCII, offsets kept), ReportOutliner (the parts), TargetExtractor (the targets) and
/// BaselineMatcher (last year's figures).
class ReportParser
{
public:
    /// Decodes a report file's bytes: UTF-8 (with or without BOM) or GB18030/GBK, detected.
    /// Returns a null string and sets *error when the bytes are not text.
    static QString decode(const QByteArray &bytes, QString *error = nullptr);

    /// Parses a decoded report. Returns false and sets *error (a translated, one-line message)
    /// when the text is not a work report the parser can read; *plan is then untouched.
    bool parse(const QString &text, ParsedPlan *plan, QString *error = nullptr) const;

    /// Reads, decodes and parses a report file: what the window's Import and the
    /// import-report command both do. The error names the file.
    bool parseFile(const QString &path, ParsedPlan *plan, QString *error = nullptr) const;
};

} // namespace pd
