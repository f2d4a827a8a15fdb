#include "ReportParser.h"
#include "TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace pd;

class TestReportParser : public QObject
{
    Q_OBJECT

private slots:
    void dump();
};

void TestReportParser::dump()
{
    const QString path = qEnvironmentVariable("PD_PARSER_DUMP");
    if (path.isEmpty())
        QSKIP("set PD_PARSER_DUMP=file to dump the parse");
    ParsedPlan plan;
    QString error;
    QVERIFY2(ReportParser().parse(test::builtinReportText(), &plan, &error), qPrintable(error));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream s(&out);
    s << plan.info.title << " | " << plan.info.government << " | " << plan.info.year << "\n";
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        const auto &n = plan.nodes[i];
        s << "NODE " << i << " parent=" << n.parent << " " << nodeKindKey(n.kind) << " #"
          << n.ordinal << " " << n.title << "\n";
        for (const auto &item : plan.indicators) {
            if (item.node != int(i))
                continue;
            const Indicator &d = item.indicator;
            s << "    " << d.code << " | " << d.name << " | " << d.target << " | " << d.unit
              << " | " << comparatorKey(d.comparator) << " | " << indicatorKindKey(d.kind) << " | "
              << d.snippet
              << (d.baseline ? QStringLiteral(" | base=%1").arg(*d.baseline) : QString()) << "\n";
        }
    }
}

QTEST_GUILESS_MAIN(TestReportParser)
#include "tst_reportparser.moc"
