#include "i18n/LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace pd {

namespace {

const QString Chinese = QStringLiteral("zh_CN");
const QString English = QStringLiteral("en");

QPointer<LanguageManager> &theInstance()
{
    static QPointer<LanguageManager> manager;
    return manager;
}

} // namespace

LanguageManager &LanguageManager::instance()
{
    QPointer<LanguageManager> &manager = theInstance();
    if (!manager)
        manager = new LanguageManager(QCoreApplication::instance());
    return *manager;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_appTranslator(new QTranslator(this)), m_qtTranslator(new QTranslator(this))
{
}

QStringList LanguageManager::availableLanguages()
{
    return {Chinese, English};
}

QString LanguageManager::normalize(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return Chinese;
    if (lower.startsWith(QLatin1String("en")))
        return English;
    return QString();
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Chinese : English;
}

QLocale LanguageManager::localeFor(const QString &code)
{
    if (normalize(code) == Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    // An English system keeps its own conventions (US or UK dates); any other gets
    // "30 Jun 2024", as the sheets print it.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString LanguageManager::nativeName(const QString &code)
{
    // Each language is named in itself, so whoever cannot read the current one finds their own.
    return normalize(code) == Chinese ? QStringLiteral("中文") : QStringLiteral("English");
}

QString LanguageManager::languageFromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option || argument == QLatin1String("-lang"))
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return QString();
}

QString LanguageManager::translationResource(const QString &code)
{
    const QString language = normalize(code);
    if (language.isEmpty() || language == English)
        return QString();
    return QStringLiteral(":/l10n/progress-dashboard_%1.qm").arg(language);
}

QString LanguageManager::settingsKey()
{
    return QStringLiteral("language");
}

void LanguageManager::initialize(const QString &overrideLanguage)
{
    QString code = normalize(overrideLanguage);
    if (code.isEmpty())
        code = normalize(QSettings().value(settingsKey()).toString());
    if (code.isEmpty())
        code = systemLanguage();
    apply(code);
}

bool LanguageManager::setLanguage(const QString &code)
{
    const QString language = normalize(code);
    if (language.isEmpty())
        return false;
    QSettings().setValue(settingsKey(), language);
    if (language != m_language)
        apply(language);
    return true;
}

void LanguageManager::apply(const QString &code)
{
    // The locale first: widgets format dates and numbers with QLocale() when they retranslate.
    QLocale::setDefault(localeFor(code));

    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    if (code != English) {
        if (m_appTranslator->load(translationResource(code)))
            QCoreApplication::installTranslator(m_appTranslator);
        else
            qWarning("LanguageManager: no translation for %s", qPrintable(code));
        if (m_qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    m_language = code;

    // Widgets that have no locale of their own (date edits, calendars, spin boxes) take the new
    // default: QApplication hands it down on LocaleChange.
    if (QCoreApplication::instance()) {
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);
    }
    updateMenus();
    emit languageChanged(m_language);
}

void LanguageManager::populateMenu(QMenu *menu)
{
    if (!menu)
        return;
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const QString &code : availableLanguages()) {
        QAction *action = menu->addAction(nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    m_menus.append(menu);
    updateMenus();
}

void LanguageManager::updateMenus()
{
    m_menus.removeAll(QPointer<QMenu>());
    for (const QPointer<QMenu> &menu : std::as_const(m_menus)) {
        menu->setTitle(tr("&Language"));
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName().startsWith(QLatin1String("actionLanguage_")))
                action->setChecked(action->data().toString() == m_language);
        }
    }
}

} // namespace pd
