#include "export/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pd;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void readsBackAsWritten();
    void escapesWhatJsonRequires();
    void indentsLikeQt();
};

void TestJsonWriter::readsBackAsWritten()
{
    JsonWriter json;
    json.beginObject();
    json.value("title", QStringLiteral("成都市2024年政府工作报告"));
    json.value("year", 2024);
    json.value("share", 0.42);
    json.value("tiny", 1e-12);
    json.value("big", qint64(9007199254740991));
    json.value("none", std::optional<double>());
    json.value("some", std::optional<double>(6.2));
    json.value("nan", std::nan(""));
    json.beginArray("empty");
    json.endArray();
    json.beginObject("nested");
    json.endObject();
    json.beginArray("list");
    json.value(nullptr, QStringLiteral("a"));
    json.value(nullptr, 1.5);
    json.endArray();
    json.endObject();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.take(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("title")).toString(),
             QStringLiteral("成都市2024年政府工作报告"));
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2024);
    QCOMPARE(o.value(QStringLiteral("share")).toDouble(), 0.42);
    QCOMPARE(o.value(QStringLiteral("tiny")).toDouble(), 1e-12);
    QCOMPARE(o.value(QStringLiteral("big")).toInteger(), qint64(9007199254740991));
    QVERIFY(o.value(QStringLiteral("none")).isNull());
    QCOMPARE(o.value(QStringLiteral("some")).toDouble(), 6.2);
    QVERIFY(o.value(QStringLiteral("nan")).isNull()); // JSON has no NaN
    QCOMPARE(o.value(QStringLiteral("empty")).toArray().size(), 0);
    QVERIFY(o.value(QStringLiteral("nested")).toObject().isEmpty());
    QCOMPARE(o.value(QStringLiteral("list")).toArray().at(1).toDouble(), 1.5);
}

void TestJsonWriter::escapesWhatJsonRequires()
{
    const QString nasty = QStringLiteral("引号\"反斜杠\\换行\n制表\t回车\r") + QChar(0x01) +
                          QChar(0x1f) + QStringLiteral("/ 😀");
    JsonWriter json;
    json.beginObject();
    json.value("text", nasty);
    json.endObject();
    const QByteArray bytes = json.take();
    QVERIFY(bytes.contains("\\u0001"));
    QVERIFY(bytes.contains("\\u001f"));
    QVERIFY(!bytes.contains('\t'));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("text")).toString(), nasty);
}

void TestJsonWriter::indentsLikeQt()
{
    JsonWriter json;
    json.beginObject();
    json.value("a", 1);
    json.beginArray("b");
    json.value(nullptr, 2);
    json.endArray();
    json.endObject();
    QCOMPARE(json.take(), QByteArray("{\n    \"a\": 1,\n    \"b\": [\n        2\n    ]\n}\n"));
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
