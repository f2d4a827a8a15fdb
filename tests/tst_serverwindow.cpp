// The window on a shared PostgreSQL server (issue 19): File → Connect to Server…, the title and
// the status bar naming the server and the user, a refused connection kept in the dialog, and
// --server on the command line of the window.

#include "main/MainWindow.h"
#include "main/ServerConnectDialog.h"
#include "main/ServerController.h"
#include "store/PlanStore.h"
#include "store/ServerAddress.h"
#include "PostgresServer.h"
#include "TestSupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace pd;
using pd::test::PostgresServer;

class TestServerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowOpensTheServerAndSaysSo();
    void refusedConnectionStaysInTheDialog();

private:
    PostgresServer *m_server = nullptr;
    QString m_skip;
    QString m_database;
};

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = PostgresServer::shared(&m_skip);
    if (!m_server)
        return;
    m_database = PostgresServer::freshName(QStringLiteral("window"));
    QString error;
    QVERIFY2(m_server->createDatabase(m_database, &error), qPrintable(error));
    PlanStore store;
    QVERIFY2(store.openServer(*ServerAddress::parse(m_server->url(m_database), &error), {}, &error),
             qPrintable(error));
    QVERIFY2(store.importPlan(test::samplePlan(), false, &error), qPrintable(error));
}

void TestServerWindow::windowOpensTheServerAndSaysSo()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    MainWindow window;
    window.show();
    QString error;
    const ServerAddress address = *ServerAddress::parse(m_server->url(m_database), &error);
    QVERIFY2(window.openServer(address, {}, &error), qPrintable(error));
    QVERIFY(window.store()->isServer());
    QVERIFY2(window.windowTitle().contains(address.toString()), qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("postgres")));
    auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY(status->text().contains(address.toString()));
    // The plan is the server's, figures go to the server.
    QVERIFY(!window.store()->indicators().empty());
    Measurement m;
    m.indicatorId = window.store()->indicators().front().id;
    m.date = QDate(2024, 6, 30);
    m.value = 1;
    QVERIFY2(window.store()->addMeasurement(m, &error), qPrintable(error));
    PlanStore other;
    QVERIFY(other.openServer(address, {}, &error));
    QCOMPARE(int(other.measurements(m.indicatorId).size()), 1);
    // Back to a file: the note goes.
    test::TempDataFile file;
    QVERIFY(file.importSamplePlan());
    QVERIFY(window.openFile(file.path(), &error));
    QVERIFY(!status->isVisible());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("postgresql://")));
}

void TestServerWindow::refusedConnectionStaysInTheDialog()
{
    if (!m_server)
        QSKIP(qPrintable(m_skip));
    MainWindow window;
    window.show();
    auto *controller = window.findChild<ServerController *>();
    QVERIFY(controller);
    QAction *connect = window.findChild<QAction *>(QStringLiteral("actionConnectToServer"));
    QVERIFY(connect && connect->isEnabled());
    bool checked = false;
    // Answer the dialog once it shows: a missing database first, then the right one.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ServerConnectDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("serverHost"))
            ->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("serverPort"))->setValue(m_server->port());
        dialog->findChild<QLineEdit *>(QStringLiteral("serverUser"))
            ->setText(QStringLiteral("postgres"));
        dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"))
            ->setText(QStringLiteral("no_such_database"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"));
        password->setText(QStringLiteral("typed"));
        dialog->accept();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("no_such_database")));
        QVERIFY(password->text().isEmpty()); // never kept
        dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(m_database);
        dialog->accept();
        checked = true;
    });
    connect->trigger();
    QVERIFY(checked);
    QVERIFY(window.store()->isServer());
    // The address is remembered for next time, the password is not.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("server/database")).toString(), m_database);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("typed")),
                 qPrintable(key));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
