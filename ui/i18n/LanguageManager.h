#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QTranslator;

namespace pd {

/// The language of the user interface: Simplified Chinese ("zh_CN") or the English source
/// ("en"). Chinese on a Chinese system, English otherwise, unless the user chose one in the
/// View → Language menu (remembered in QSettings under "language") or on the command line.
///
/// Switching installs the app's translation (embedded as :/l10n/progress-dashboard_<code>.qm)
/// and Qt's own qtbase_<code> catalogue (dialog buttons, print dialog), and sets the default
/// QLocale so dates and numbers follow the language. Installing or removing a translator sends
/// QEvent::LanguageChange to every widget, whose changeEvent() retranslates it: no restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    /// The one manager of the application (created on first use, owned by the application).
    static LanguageManager &instance();

    /// The languages offered, by code: "zh_CN", "en".
    static QStringList availableLanguages();
    /// A supported code for a user's spelling ("zh", "zh-CN", "zh_Hans_CN", "EN_us"…); empty
    /// when the language is not offered.
    static QString normalize(const QString &code);
    /// The language of the system's locale: "zh_CN" for any Chinese locale, else "en".
    static QString systemLanguage();
    /// The locale dates and numbers are written in for a language.
    static QLocale localeFor(const QString &code);
    /// The language's own name, as shown in the menu ("中文", "English").
    static QString nativeName(const QString &code);
    /// The value of "--lang CODE" or "--lang=CODE" in a command line (empty when absent), read
    /// before the command-line parser is built so that its --help is translated too.
    static QString languageFromArguments(const QStringList &arguments);

    /// Applies the language at start-up: the override (e.g. from --lang) when it names an
    /// offered language, else the saved choice, else the system's. The override is not saved.
    void initialize(const QString &overrideLanguage = QString());
    /// Switches the interface at once and remembers the choice. False for a code not offered.
    bool setLanguage(const QString &code);
    /// The language now in use ("zh_CN" or "en"); empty before initialize().
    QString language() const { return m_language; }

    /// Fills a menu with one checkable action per language (object names
    /// "actionLanguage_zh_CN", "actionLanguage_en"), titles it "&Language" in the current
    /// language and keeps title and check marks up to date. Typically
    /// populateMenu(window.viewMenu()->addMenu(QString())).
    void populateMenu(QMenu *menu);

    /// Path of the app's embedded translation for a language (empty for English).
    static QString translationResource(const QString &code);
    /// The settings key the choice is saved under.
    static QString settingsKey();

signals:
    /// Emitted after the translators and the default locale changed.
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    void apply(const QString &code);
    void updateMenus();

    QString m_language;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    QList<QPointer<QMenu>> m_menus;
};

} // namespace pd
