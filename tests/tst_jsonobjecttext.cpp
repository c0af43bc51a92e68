// SPDX-License-Identifier: Apache-2.0
#include "jsonobjecttext.h"
#include "profilelistreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sdsm;

namespace {

using Type = JsonObjectText::Value::Type;

Type typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Type::Null;
    case QJsonValue::Bool:
        return Type::Bool;
    case QJsonValue::Double:
        return Type::Number;
    case QJsonValue::String:
        return Type::String;
    case QJsonValue::Array:
        return Type::Array;
    case QJsonValue::Object:
        return Type::Object;
    case QJsonValue::Undefined:
        break;
    }
    return Type::Undefined;
}

// Every member QJsonDocument finds, JsonObjectText finds alike: type, string, flag, and the
// same again inside objects and arrays.
void compareValues(const JsonObjectText::Value &mine, const QJsonValue &qt, const QString &where)
{
    QVERIFY2(mine.type() == typeOf(qt), qPrintable(where));
    QCOMPARE(mine.toString(), qt.isString() ? qt.toString() : QString());
    QCOMPARE(mine.toBool(), qt.isBool() && qt.toBool());
    if (qt.isArray()) {
        const QList<JsonObjectText::Value> elements = mine.toArray();
        QCOMPARE(elements.size(), qt.toArray().size());
        for (qsizetype i = 0; i < elements.size(); ++i)
            compareValues(elements.at(i), qt.toArray().at(i),
                          where + u'[' + QString::number(i) + u']');
    }
    if (qt.isObject()) {
        const JsonObjectText object = mine.toObject();
        const QJsonObject expected = qt.toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QByteArray name = it.key().toLatin1();
            compareValues(object.value(QLatin1StringView(name)), it.value(),
                          where + u'.' + it.key());
        }
    }
}

} // namespace

class TestJsonObjectText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameMembersAsQJsonDocument_data();
    void sameMembersAsQJsonDocument();
    void absentMembersAreUndefined();
    void textAndUuid();
};

void TestJsonObjectText::sameMembersAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("aProfileEntry"); // ProfileListReader takes it as a list's entry
    QTest::newRow("empty") << QByteArray("{}") << true;
    QTest::newRow("spaced") << QByteArray(" {\n\t\"a\" :\r\n \"x\" ,\"b\":true , \"c\" : null } ")
                            << true;
    QTest::newRow("scalars") << QByteArray(R"({"s":"v","t":true,"f":false,"n":null,"i":-12.5e3})")
                             << true;
    QTest::newRow("escaped strings")
        << QByteArray(R"({"q":"a\"b","b":"c\\","u":"\u00e9\ud83d\ude00\n\t","last":"x\\\""})")
        << true;
    QTest::newRow("escaped names") << QByteArray(R"({"n\u0061me":"one","\"":"quote"})") << true;
    QTest::newRow("repeated name: the last counts")
        << QByteArray(R"({"name":"first","other":1,"name":"second"})") << false;
    QTest::newRow("repeated other name: the last counts")
        << QByteArray(R"({"note":"first","other":1,"note":"second"})") << true;
    QTest::newRow("nested") << QByteArray(
        R"({"device":{"mode":"secret","id":"a}b]c","x":{"y":[1,{"z":"}"}]}},"tags":["a","b\"]",[],{}],"end":"e"})")
                            << true;
    QTest::newRow("utf-8 as written")
        << QByteArray("{\"name\":\"caf\xc3\xa9 \xe2\x82\xac\"}") << true;
}

void TestJsonObjectText::sameMembersAsQJsonDocument()
{
    QFETCH(QByteArray, text);
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const JsonObjectText object(text);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        compareValues(object.value(QLatin1StringView(name)), it.value(), it.key());
    }

    // The same from the members ProfileListReader found while checking the entry.
    QFETCH(bool, aProfileEntry);
    if (!aProfileEntry)
        return;
    QBuffer list;
    list.setData("{\"profiles\": [" + text + "]}");
    list.open(QIODevice::ReadOnly);
    ProfileListReader reader(list, 64 * 1024, ProfileListReader::Read::Members);
    ProfileListReader::Entry entry;
    QVERIFY2(reader.next(entry), qPrintable(reader.problem()));
    const JsonObjectText found(entry.members);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QByteArray name = it.key().toLatin1();
        compareValues(found.value(QLatin1StringView(name)), it.value(), u"found "_s + it.key());
    }
    QVERIFY(found.value("absent"_L1).isUndefined());
}

void TestJsonObjectText::absentMembersAreUndefined()
{
    const QByteArray text = R"({"name":"x","nested":{"inner":1}})";
    const JsonObjectText object(text);
    QVERIFY(object.value("inner"_L1).isUndefined());
    QVERIFY(object.value("nam"_L1).isUndefined());
    QVERIFY(object.value("name"_L1).isString());
    QVERIFY(JsonObjectText().value("name"_L1).isUndefined());
    QVERIFY(object.value("name"_L1).toObject().value("name"_L1).isUndefined());
    QVERIFY(object.value("name"_L1).toArray().isEmpty());
}

void TestJsonObjectText::textAndUuid()
{
    const QByteArray text =
        R"({"a":"auto","b":"\u0061uto","c":"auto ","d":1,"e":"","u":"6F1C2E4A-0b7d-4c57-9a8e-2f3b5d7c9e10","v":"{6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e10}","w":"6f1c2e4a-0b7d-4c57-9a8e-2f3b5d7c9e1g","x":7})";
    const JsonObjectText object(text);
    // As written: escapes and spaces are for the caller to read another way.
    QVERIFY(object.value("a"_L1).isText("auto"_L1));
    QVERIFY(!object.value("a"_L1).isText("aut"_L1));
    QVERIFY(!object.value("a"_L1).isText("autos"_L1));
    QVERIFY(!object.value("b"_L1).isText("auto"_L1));
    QVERIFY(!object.value("c"_L1).isText("auto"_L1));
    QVERIFY(!object.value("d"_L1).isText("1"_L1));
    QVERIFY(object.value("e"_L1).isText(""_L1));
    QVERIFY(!object.value("absent"_L1).isText(""_L1));
    for (const char *name : {"a", "u", "v", "w", "x", "absent"}) {
        const JsonObjectText::Value value = object.value(QLatin1StringView(name));
        QCOMPARE(value.toUuid(), QUuid::fromString(value.toString()));
    }
    QVERIFY(!object.value("u"_L1).toUuid().isNull());
    QVERIFY(!object.value("v"_L1).toUuid().isNull());
}

QTEST_GUILESS_MAIN(TestJsonObjectText)
#include "tst_jsonobjecttext.moc"
