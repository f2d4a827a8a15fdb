#include "report/ReportLabels.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <cmath>

namespace pd {
namespace {

constexpr char Context[] = "ProgressReport";

/// Loads a translation of the language from the first file named *_<language>.qm (but not
/// Qt's own qt_/qtbase_ catalogues) in the directories.
std::unique_ptr<QTranslator> loadTranslator(const QLocale &language)
{
    for (const QString &path : ReportLabels::translationDirectories()) {
        const QDir dir(path);
        if (!dir.exists())
            continue;
        for (const QString &uiLanguage : language.uiLanguages()) {
            const QString suffix = QLatin1Char('_') +
                                   QString(uiLanguage).replace(QLatin1Char('-'), QLatin1Char('_')) +
                                   QStringLiteral(".qm");
            const QStringList files = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files);
            for (const QString &file : files) {
                if (file.startsWith(QLatin1String("qt")))
                    continue;
                auto translator = std::make_unique<QTranslator>();
                if (translator->load(dir.filePath(file)) && !translator->isEmpty())
                    return translator;
            }
        }
    }
    return nullptr;
}

} // namespace

QLocale ReportLabels::defaultLanguage()
{
    return QLocale(QLocale::Chinese, QLocale::China);
}

QStringList ReportLabels::translationDirectories()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList dirs{QStringLiteral(":/l10n"), QStringLiteral(":/i18n"),
                     QStringLiteral(":/translations")};
    if (!appDir.isEmpty()) {
        dirs << appDir + QStringLiteral("/translations")
             << appDir + QStringLiteral("/../translations")
             << appDir + QStringLiteral("/../share/progress-dashboard/translations");
    }
    return dirs;
}

ReportLabels::ReportLabels(const QLocale &language)
    : m_language(language),
      m_english(language.language() == QLocale::English || language.language() == QLocale::C)
{
    if (!m_english)
        m_translator = loadTranslator(language);
    // Whether the labels really come out translated decides the dates' language.
    static const char probe[] = QT_TRANSLATE_NOOP("ProgressReport", "Page %1 of %2");
    m_translated = !m_english && text(probe) != QLatin1String(probe);
    m_locale = m_translated ? m_language : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

ReportLabels::~ReportLabels() = default;

QString ReportLabels::lookUp(const char *context, const char *source, const char *comment) const
{
    if (m_english)
        return QString::fromUtf8(source);
    if (m_translator) {
        const QString translated = m_translator->translate(context, source, comment);
        if (!translated.isEmpty())
            return translated;
    }
    return QCoreApplication::translate(context, source, comment);
}

QString ReportLabels::text(const char *source, const char *comment) const
{
    return lookUp(Context, source, comment);
}

QString ReportLabels::taskStatus(TaskStatus status) const
{
    switch (status) {
    case TaskStatus::NotStarted:
        return lookUp("TaskStatus", "Not started", nullptr);
    case TaskStatus::InProgress:
        return lookUp("TaskStatus", "In progress", nullptr);
    case TaskStatus::Done:
        return this->status(Status::Done);
    case TaskStatus::Behind:
        return lookUp("TaskStatus", "Lagging", nullptr);
    case TaskStatus::NotReported:
        break;
    }
    return this->status(Status::NoData);
}

QString ReportLabels::status(Status status) const
{
    switch (status) {
    case Status::Done:
        return lookUp("Status", "Done", nullptr);
    case Status::OnTrack:
        return lookUp("Status", "On track", nullptr);
    case Status::SlightlyBehind:
        return lookUp("Status", "Slightly behind", nullptr);
    case Status::Behind:
        return lookUp("Status", "Behind", nullptr);
    case Status::NoData:
        break;
    }
    return lookUp("Status", "No data", nullptr);
}

QString ReportLabels::dateWith(const QDate &date, const char *format,
                               QLocale::FormatType fallback) const
{
    const QString translated = text(format, "QDate::toString format of dates on the sheets");
    // A translation that left the format alone still gets its language's own way of dates.
    if (m_translated && translated == QLatin1String(format))
        return m_locale.toString(date, fallback);
    return m_locale.toString(date, translated);
}

QString ReportLabels::date(const QDate &date) const
{
    return dateWith(date, QT_TRANSLATE_NOOP("ProgressReport", "d MMM yyyy"), QLocale::LongFormat);
}

QString ReportLabels::shortDate(const QDate &date) const
{
    return dateWith(date, QT_TRANSLATE_NOOP("ProgressReport", "d MMM"), QLocale::ShortFormat);
}

QString ReportLabels::dateTime(const QDateTime &dateTime) const
{
    return date(dateTime.date()) + QLatin1Char(' ') +
           m_locale.toString(dateTime.time(), QStringLiteral("HH:mm"));
}

QString ReportLabels::percent(double share)
{
    return QString::number(std::lround(share * 100)) + QLatin1Char('%');
}

} // namespace pd
