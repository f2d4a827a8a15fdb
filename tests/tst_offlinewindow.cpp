// The window's offline copy: File → Take Offline Copy… writes the copy and opens it on request;
// in the copy, File → Send Meeting Decisions… is enabled and sends the decisions back.

#include "main/FileDialog.h"
#include "main/MainWindow.h"
#include "main/OfflineCopyController.h"
#include "meeting/MeetingBuilder.h"
#include "meeting/MeetingStore.h"
#include "document/PlanDocument.h"
#include "store/PlanStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace pd;

class TestOfflineWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void takeCopyThenSendFromIt();

private:
    QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
};

void TestOfflineWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestOfflineWindow::takeCopyThenSendFromIt()
{
    test::FixedToday today(QDate(2024, 7, 1));
    test::TempDataFile file;
    QString error;
    QVERIFY2(file.importSamplePlan(&error), qPrintable(error));
    // A meeting on the shared file, reviewed on the laptop.
    qint64 meetingId = 0;
    {
        PlanStore store;
        QVERIFY(store.open(file.path(), &error));
        MeetingScope scope;
        scope.includeUnreported = true;
        auto built = MeetingBuilder::build(store, QStringLiteral("7月调度会"), QDate(2024, 7, 5),
                                           QDate(2024, 7, 1), scope, &error);
        QVERIFY2(built, qPrintable(error));
        MeetingStore meetings(&store);
        meetingId = meetings.addMeeting(built->meeting, built->items, &error).value_or(0);
        QVERIFY(meetingId);
    }
    MainWindow window;
    QVERIFY2(window.openFile(file.path(), &error), qPrintable(error));
    window.show();
    QAction *take = action(window, "actionTakeOfflineCopy");
    QAction *send = action(window, "actionSendMeetingDecisions");
    QVERIFY(take && send);
    QVERIFY(take->isEnabled());
    QVERIFY(!send->isEnabled()); // the shared file is no copy
    auto *controller = window.findChild<OfflineCopyController *>();
    QVERIFY(controller);
    // Not over the open file itself.
    QVERIFY(!controller->takeCopy(file.path(), &error));
    QVERIFY(!error.isEmpty());

    const QString copy = file.filePath(QStringLiteral("laptop.sqlite"));
    QVERIFY2(controller->takeCopy(copy, &error), qPrintable(error));
    QVERIFY(QFile::exists(copy));
    QVERIFY2(window.openFile(copy, &error), qPrintable(error));
    QVERIFY(send->isEnabled());
    QCOMPARE(controller->source(), QFileInfo(file.path()).absoluteFilePath());

    // A decision taken in the copy goes back.
    MeetingStore *offline = window.document()->meetings();
    const qint64 itemId = offline->items(meetingId).front().id;
    MeetingDecision decision;
    decision.decision = QStringLiteral("会上决定：加快推进");
    QVERIFY(offline->setDecision(itemId, decision, &error));
    std::optional<OfflineCopy::Outcome> outcome = controller->sendDecisions(false, &error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(int(outcome->sent.size()), 1);
    outcome = controller->sendDecisions(true, &error);
    QVERIFY2(outcome, qPrintable(error));
    PlanStore shared;
    QVERIFY(shared.open(file.path(), &error));
    QCOMPARE(MeetingStore(&shared).item(itemId)->decision.decision,
             QStringLiteral("会上决定：加快推进"));
    // Once sent, nothing more to send.
    outcome = controller->sendDecisions(false, &error);
    QVERIFY2(outcome, qPrintable(error));
    QVERIFY(outcome->nothingToSend());
}

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
