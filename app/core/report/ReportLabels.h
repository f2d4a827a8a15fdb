#pragma once

#include "plan/PlanTypes.h"
#include "plan/TaskTypes.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

namespace pd {

/// The words, dates and figures printed on the progress sheets, in the sheets' own language,
/// which can differ from the window's (the sheets default to Chinese).
///
/// Labels are English in the source, marked for lupdate in the "ProgressReport" context and
/// looked up in this order: a translation file of the sheets' language found beside the app
/// (see translationDirectories()), then whatever translator the application installed, then
/// the English source. Dates follow the language the labels came out in, so a sheet never mixes
/// an English label with a Chinese date.
class ReportLabels
{
public:
    /// The sheets' default language: Simplified Chinese.
    static QLocale defaultLanguage();

    explicit ReportLabels(const QLocale &language = defaultLanguage());
    ~ReportLabels();
    ReportLabels(const ReportLabels &) = delete;
    ReportLabels &operator=(const ReportLabels &) = delete;

    /// A label marked with QT_TRANSLATE_NOOP("ProgressReport", …), in the sheets' language.
    QString text(const char *source, const char *comment = nullptr) const;
    /// A label with a comment for translators: text(QT_TRANSLATE_NOOP3("ProgressReport", …)).
    struct Commented
    {
        const char *source;
        const char *comment;
    };
    QString text(const Commented &label) const { return text(label.source, label.comment); }
    /// A message of another core context (for example "ProgressText"), in the sheets' language.
    QString translate(const char *context, const char *source) const
    {
        return lookUp(context, source, nullptr);
    }
    /// A status's name (context "Status", as StatusStyle::label).
    QString status(Status status) const;
    /// A task status's name, as the window's TaskStatusStyle says it.
    QString taskStatus(TaskStatus status) const;
    /// "30 Jun 2024" / "2024年6月30日".
    QString date(const QDate &date) const;
    /// "30 Jun" / "6月30日".
    QString shortDate(const QDate &date) const;
    QString dateTime(const QDateTime &dateTime) const;
    /// A share (1.0 = 100 %) as a whole percentage: "63%".
    static QString percent(double share);
    /// The locale dates are written in (the labels' effective language).
    QLocale locale() const { return m_locale; }

    /// Where translation files (*_zh_CN.qm …) are looked for: the resources' /i18n and
    /// /translations, and translations/ beside and above the executable.
    static QStringList translationDirectories();

private:
    QString lookUp(const char *context, const char *source, const char *comment) const;
    QString dateWith(const QDate &date, const char *format, QLocale::FormatType fallback) const;

    QLocale m_language;
    QLocale m_locale;
    bool m_english = false;
    bool m_translated = false;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace pd
