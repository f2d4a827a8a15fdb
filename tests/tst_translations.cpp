// The zh_CN translation is complete and the language switch works: every message of every
// source has a finished translation (lupdate is run on the sources to catch new strings),
// placeholders and accelerators survive, the embedded .qm loads, and switching language turns
// the main window's menus, the core's labels and the dates Chinese and back, at once.

#include "cli/CommandLine.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "report/ReportLabels.h"
#include "plan/StatusStyle.h"

#include <QAction>
#include <QDate>
#include <QDateEdit>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace pd;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList translations; ///< one, or the numerus forms
    QString where() const { return context + QStringLiteral(" / \"") + source + QLatin1Char('"'); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

/// "%1", "%2"… and "%n" in a text, sorted and unique.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

/// The mnemonic letter of a text ("&File" → 'F'), or a null char.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

QString lupdatePath()
{
    QString path = QStringLiteral(PD_LUPDATE);
    if (QFile::exists(path))
        return path;
    path = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFile::exists(path))
        return path;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void tsFileIsCompleteAndConsistent();
    void tsFileCoversEverySource();
    void embeddedTranslationLoads();
    void languageCodesAreNormalized();
    void initializeFollowsOverrideSettingThenSystem();
    void coreLabelsAndDatesFollowLanguage();
    void qtOwnStringsAreTranslated();
    void mainWindowMenusSwitchAtOnce();

private:
    TsFile m_ts;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProgressDashboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
    m_ts = readTs(QStringLiteral(PD_TS_FILE));
    QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
}

void TestTranslations::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TestTranslations::tsFileIsCompleteAndConsistent()
{
    QCOMPARE(m_ts.language, QStringLiteral("zh_CN"));
    QVERIFY(m_ts.messages.size() > 100);
    QStringList problems;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: translation is %2").arg(m.where(), m.type);
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("%1: no translation").arg(m.where());
            continue;
        }
        for (const QString &translation : m.translations) {
            // %n may be left out of a Chinese form only where the English drops it too.
            if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders differ in \"%2\"")
                                .arg(m.where(), translation);
            if (mnemonic(m.source) != mnemonic(translation))
                problems << QStringLiteral("%1: accelerator differs in \"%2\"")
                                .arg(m.where(), translation);
            if (m.source.endsWith(QChar(0x2026)) != translation.endsWith(QChar(0x2026)))
                problems << QStringLiteral("%1: the ellipsis (…) is not kept in \"%2\"")
                                .arg(m.where(), translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFileCoversEverySource()
{
    // lupdate merges the sources' strings into a copy of the committed file: a string added (or
    // changed) since the last translation comes out unfinished, one removed disappears.
    const QString lupdate = lupdatePath();
    if (lupdate.isEmpty())
        QSKIP("lupdate not installed (qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("progress-dashboard_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(PD_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString source = QStringLiteral(PD_SOURCE_DIR);
    QProcess process;
    process.setWorkingDirectory(source);
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                   source + QStringLiteral("/app/core"), QStringLiteral("-I"),
                   source + QStringLiteral("/app/cli"), QStringLiteral("-I"),
                   source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                   source + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const TsFile merged = readTs(copy);
    QVERIFY2(merged.error.isEmpty(), qPrintable(merged.error));
    QStringList untranslated;
    for (const TsMessage &m : merged.messages) {
        if (!m.type.isEmpty() || m.translations.contains(QString()))
            untranslated << m.where();
    }
    QVERIFY2(
        untranslated.isEmpty(),
        qPrintable(QStringLiteral("Not translated yet (run the update_translations target, then "
                                  "translate translations/progress-dashboard_zh_CN.ts):\n") +
                   untranslated.join(QLatin1Char('\n'))));
    QStringList vanished;
    for (const TsMessage &m : std::as_const(m_ts.messages)) {
        const bool stillThere =
            std::any_of(merged.messages.cbegin(), merged.messages.cend(), [&m](const TsMessage &n) {
                return n.context == m.context && n.source == m.source && n.comment == m.comment;
            });
        if (!stillThere)
            vanished << m.where();
    }
    QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("No longer in the sources (run "
                                                           "update_translations):\n") +
                                            vanished.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedTranslationLoads()
{
    // The .qm is a resource of a static library: it must reach the executables that link it.
    const QString resource = LanguageManager::translationResource(QStringLiteral("zh_CN"));
    QCOMPARE(resource, QStringLiteral(":/l10n/progress-dashboard_zh_CN.qm"));
    QVERIFY(QFile::exists(resource));
    QTranslator translator;
    QVERIFY(translator.load(resource));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QCOMPARE(translator.translate("pd::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QVERIFY(LanguageManager::translationResource(QStringLiteral("en")).isEmpty());
}

void TestTranslations::languageCodesAreNormalized()
{
    for (const char *code : {"zh_CN", "zh", "zh-CN", "zh_Hans_CN", "ZH_cn", "zh_TW"})
        QCOMPARE(LanguageManager::normalize(QLatin1String(code)), QStringLiteral("zh_CN"));
    for (const char *code : {"en", "en_US", "en-GB", "EN"})
        QCOMPARE(LanguageManager::normalize(QLatin1String(code)), QStringLiteral("en"));
    QVERIFY(LanguageManager::normalize(QStringLiteral("fr")).isEmpty());
    QVERIFY(LanguageManager::normalize(QString()).isEmpty());
    QCOMPARE(LanguageManager::availableLanguages(),
             (QStringList{QStringLiteral("zh_CN"), QStringLiteral("en")}));
    QVERIFY(!LanguageManager::instance().setLanguage(QStringLiteral("fr")));

    // --lang is read before the parser is built (so --help comes out translated).
    const QString app = QStringLiteral("progress-dashboard");
    QCOMPARE(LanguageManager::languageFromArguments(
                 {app, QStringLiteral("--lang"), QStringLiteral("en")}),
             QStringLiteral("en"));
    QCOMPARE(LanguageManager::languageFromArguments({app, QStringLiteral("--db"),
                                                     QStringLiteral("x.sqlite"),
                                                     QStringLiteral("--lang=zh_CN")}),
             QStringLiteral("zh_CN"));
    QVERIFY(LanguageManager::languageFromArguments({app, QStringLiteral("plan.sqlite")}).isEmpty());
    bool offered = false;
    for (const QCommandLineOption &option : CommandLine::windowOptions())
        offered = offered || option.names() == QStringList{QStringLiteral("lang")};
    QVERIFY(offered);
}

void TestTranslations::initializeFollowsOverrideSettingThenSystem()
{
    LanguageManager &manager = LanguageManager::instance();
    // The tests run under LC_ALL=C.UTF-8: the system's language is not Chinese.
    QCOMPARE(LanguageManager::systemLanguage(), QStringLiteral("en"));
    QSettings().remove(LanguageManager::settingsKey());
    manager.initialize();
    QCOMPARE(manager.language(), QStringLiteral("en"));

    QSettings().setValue(LanguageManager::settingsKey(), QStringLiteral("zh_CN"));
    manager.initialize();
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));

    // --lang wins for this run and is not remembered.
    manager.initialize(QStringLiteral("en"));
    QCOMPARE(manager.language(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("zh_CN"));
    // An override naming no offered language falls back to the setting.
    manager.initialize(QStringLiteral("fr"));
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));

    // A choice in the menu is remembered.
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("en"));
}

void TestTranslations::coreLabelsAndDatesFollowLanguage()
{
    LanguageManager &manager = LanguageManager::instance();
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(StatusStyle::label(Status::Done), QStringLiteral("已完成"));
    QCOMPARE(StatusStyle::label(Status::OnTrack), QStringLiteral("正常推进"));
    QCOMPARE(StatusStyle::label(Status::SlightlyBehind), QStringLiteral("略有滞后"));
    QCOMPARE(StatusStyle::label(Status::Behind), QStringLiteral("严重滞后"));
    QCOMPARE(StatusStyle::label(Status::NoData), QStringLiteral("未填报"));
    QCOMPARE(QCoreApplication::translate("PlanTreeModel", "%n indicator(s)", nullptr, 3),
             QStringLiteral("3 项指标"));
    const QDate date(2024, 6, 30);
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY2(
        QLocale().toString(date, QLocale::LongFormat).startsWith(QStringLiteral("2024年6月30日")),
        qPrintable(QLocale().toString(date, QLocale::LongFormat)));
    QCOMPARE(QLocale().toString(date, QCoreApplication::translate(
                                          "ProgressReport", "d MMM yyyy",
                                          "QDate::toString format of dates on the sheets")),
             QStringLiteral("2024年6月30日"));
    // The printed sheets (Chinese by default) take their labels from the installed translation.
    {
        const ReportLabels sheets;
        QCOMPARE(
            sheets.text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(sheets.date(date)),
            QStringLiteral("截至 2024年6月30日"));
        QCOMPARE(sheets.status(Status::Behind), QStringLiteral("严重滞后"));
    }

    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QCOMPARE(StatusStyle::label(Status::OnTrack), QStringLiteral("On track"));
    QCOMPARE(QCoreApplication::translate("PlanTreeModel", "%n indicator(s)", nullptr, 3),
             QStringLiteral("3 indicator(s)"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(date, QStringLiteral("d MMM yyyy")), QStringLiteral("30 Jun 2024"));
    // Sheets printed from an English window are English (the window passes its language).
    const ReportLabels sheets(QLocale{});
    QCOMPARE(sheets.text(QT_TRANSLATE_NOOP("ProgressReport", "As of %1")).arg(sheets.date(date)),
             QStringLiteral("As of 30 Jun 2024"));
}

void TestTranslations::qtOwnStringsAreTranslated()
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(dir + QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::mainWindowMenusSwitchAtOnce()
{
    LanguageManager &manager = LanguageManager::instance();
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    MainWindow window;
    QMenu *languageMenu = window.viewMenu()->addMenu(QString());
    manager.populateMenu(languageMenu);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    QCOMPARE(languageMenu->objectName(), QStringLiteral("menuLanguage"));
    QCOMPARE(languageMenu->title(), QStringLiteral("&Language"));
    auto *chinese = window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    auto *english = window.findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    QVERIFY(chinese && english);
    QCOMPARE(chinese->text(), QStringLiteral("中文"));
    QCOMPARE(english->text(), QStringLiteral("English"));
    QVERIFY(english->isChecked());
    QVERIFY(!chinese->isChecked());

    chinese->trigger();
    QCOMPARE(manager.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(), QStringLiteral("zh_CN"));
    // QApplication posts LanguageChange to the windows: it arrives on the next turn of the loop.
    QTRY_COMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
    const QStringList zh = menuTitles(window);
    QVERIFY2(zh.size() >= 4, qPrintable(zh.join(QLatin1Char('|'))));
    QCOMPARE(zh.at(0), QStringLiteral("文件(&F)"));
    QVERIFY2(zh.contains(QStringLiteral("编辑(&E)")), qPrintable(zh.join(QLatin1Char('|'))));
    QVERIFY2(zh.contains(QStringLiteral("视图(&V)")), qPrintable(zh.join(QLatin1Char('|'))));
    QVERIFY2(zh.contains(QStringLiteral("帮助(&H)")), qPrintable(zh.join(QLatin1Char('|'))));
    QCOMPARE(window.windowTitle().isEmpty(), false);
    QCOMPARE(languageMenu->title(), QStringLiteral("语言(&L)"));
    // Date edits write dates the Chinese way too.
    const QList<QDateEdit *> dateEdits = window.findChildren<QDateEdit *>();
    for (const QDateEdit *edit : dateEdits)
        QCOMPARE(edit->locale().language(), QLocale::Chinese);
    QVERIFY(chinese->isChecked());
    QVERIFY(!english->isChecked());
    // The actions' own names stay in their language.
    QCOMPARE(english->text(), QStringLiteral("English"));

    english->trigger();
    QCOMPARE(manager.language(), QStringLiteral("en"));
    QTRY_COMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
    const QStringList en = menuTitles(window);
    QVERIFY(en.contains(QStringLiteral("&View")));
    QCOMPARE(languageMenu->title(), QStringLiteral("&Language"));
    QVERIFY(english->isChecked());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
