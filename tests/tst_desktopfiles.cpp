// Desktop integration: the .desktop entry and the AppStream file say what the package needs
// (names in English and Chinese, the command, the icon, the id) and pass their validators; the
// icon is a valid SVG, embedded for the window, and rendered to every hicolor size.

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// The [Desktop Entry] group of a desktop file, key → value.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line.trimmed() == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0 && !line.startsWith(QLatin1Char('#')))
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return entry;
}

/// Runs a validator; a failed QVERIFY inside is reported by the caller's QVERIFY2.
bool runValidator(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return false;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT
private slots:
    void desktopEntryDescribesTheApp();
    void desktopEntryValidates();
    void metainfoDescribesTheApp();
    void metainfoValidates();
    void windowIconIsEmbedded();
    void iconIsRenderedToEverySize();
};

void TestDesktopFiles::desktopEntryDescribesTheApp()
{
    const QString path = QStringLiteral(PD_DESKTOP_FILE);
    // The desktop file is named after the AppStream id, as software centres expect.
    QVERIFY(path.endsWith(QStringLiteral("/" PD_APP_ID ".desktop")));
    const auto entry = desktopEntry(path);
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Progress Dashboard"));
    QCOMPARE(entry.value(QStringLiteral("Name[zh_CN]")), QStringLiteral("政府工作报告进度看板"));
    QVERIFY(!entry.value(QStringLiteral("Comment")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Comment[zh_CN]")).isEmpty());
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("progress-dashboard %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("progress-dashboard"));
    QCOMPARE(entry.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QVERIFY(entry.value(QStringLiteral("Categories"))
                .split(QLatin1Char(';'))
                .contains(QStringLiteral("Office")));
    QVERIFY(entry.value(QStringLiteral("MimeType"))
                .contains(QStringLiteral("application/vnd.sqlite3")));
}

void TestDesktopFiles::desktopEntryValidates()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate not installed (desktop-file-utils)");
    QString output;
    QVERIFY2(runValidator(validator, {QStringLiteral(PD_DESKTOP_FILE)}, &output),
             qPrintable(output));
    // It passes warnings and hints silently with exit code 0; we want none of them either.
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
}

void TestDesktopFiles::metainfoDescribesTheApp()
{
    QFile file(QStringLiteral(PD_METAINFO_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, name, chineseName, binary, type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto lang = xml.attributes().value(QLatin1String("xml:lang"));
        if (xml.name() == QLatin1String("component")) {
            type = xml.attributes().value(QLatin1String("type")).toString();
        } else if (xml.name() == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (xml.name() == QLatin1String("launchable")) {
            launchable = xml.readElementText();
        } else if (xml.name() == QLatin1String("binary")) {
            binary = xml.readElementText();
        } else if (xml.name() == QLatin1String("name")) {
            if (lang.isEmpty())
                name = xml.readElementText();
            else if (lang == QLatin1String("zh-CN"))
                chineseName = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(type, QStringLiteral("desktop-application"));
    QCOMPARE(id, QStringLiteral(PD_APP_ID));
    QCOMPARE(launchable, QStringLiteral(PD_APP_ID ".desktop"));
    QCOMPARE(binary, QStringLiteral("progress-dashboard"));
    QCOMPARE(name, QStringLiteral("Progress Dashboard"));
    QCOMPARE(chineseName, QStringLiteral("政府工作报告进度看板"));
}

void TestDesktopFiles::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli not installed (appstream)");
    QString output;
    QVERIFY2(runValidator(validator,
                          {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           QStringLiteral("--no-color"), QStringLiteral(PD_METAINFO_FILE)},
                          &output),
             qPrintable(output));
}

void TestDesktopFiles::windowIconIsEmbedded()
{
    const QString resource = QStringLiteral(":/icons/progress-dashboard.svg");
    QVERIFY(QFile::exists(resource));
    QSvgRenderer renderer(resource);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(256, 256));
    const QIcon icon(resource);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // Something is drawn, and the corners stay transparent.
    QVERIFY(qAlpha(image.pixel(32, 32)) > 0);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void TestDesktopFiles::iconIsRenderedToEverySize()
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path =
            QStringLiteral(PD_ICON_DIR "/%1x%1/apps/progress-dashboard.png").arg(size);
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
    }
}

QTEST_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
