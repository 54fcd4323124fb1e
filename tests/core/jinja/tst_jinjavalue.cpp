// Values behave as the Python objects Jinja2 holds: printing, equality, hashing, dict order,
// reference semantics and arithmetic.

#include "core/jinja/dict.h"
#include "core/jinja/environment.h"
#include "core/jinja/jsonconversion.h"
#include "core/jinja/shorttext.h"

#include <QTest>

#include <cmath>

using namespace Trellis::Core;
using namespace Trellis::Core::Jinja;

namespace {

std::string render(const std::string &source, const Value &variables = Value())
{
    static const Environment environment;
    auto output = environment.renderString(source, "t.sql", variables);
    return output ? *output : "ERROR: " + output.error().message.toStdString();
}

} // namespace

class TestJinjaValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatRepr_data();
    void floatRepr();
    void stringRepr_data();
    void stringRepr();
    void containersPrintAsPython();
    void equalityAndHashing();
    void dictKeepsInsertionOrder();
    void dictIndexesLargeDicts();
    void dictFindsKeysOfEveryLengthPastCollisions();
    void listsAreShared();
    void arithmetic_data();
    void arithmetic();
    void jsonKeepsOrderAndNumberKinds();
    void deeplyNestedValueDiesQuietly();
    void deeplyNestedSharedValueDiesQuietly();
    void shortTextEquality();
    void shortAndLongStringsBehaveAlike();
};

void TestJinjaValue::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("sum") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
    QTest::newRow("1e16") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("below 1e16") << 1234567890123456.0 << QStringLiteral("1234567890123456.0");
    QTest::newRow("1e-4") << 1e-4 << QStringLiteral("0.0001");
    QTest::newRow("1e-5") << 1e-5 << QStringLiteral("1e-05");
    QTest::newRow("big") << 1.5e300 << QStringLiteral("1.5e+300");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0.0");
    QTest::newRow("infinity") << double(INFINITY) << QStringLiteral("inf");
    QTest::newRow("minus infinity") << -double(INFINITY) << QStringLiteral("-inf");
    QTest::newRow("nan") << double(NAN) << QStringLiteral("nan");
    QTest::newRow("third") << 1.0 / 3 << QStringLiteral("0.3333333333333333");
}

void TestJinjaValue::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(Value::number(value).str()), expected);
}

void TestJinjaValue::stringRepr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("\"it's\"");
    QTest::newRow("both quotes") << QStringLiteral("'\"") << QStringLiteral("'\\'\"'");
    QTest::newRow("controls") << QStringLiteral("a\nb\tc\x01")
                              << QStringLiteral("'a\\nb\\tc\\x01'");
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9 \u00a0")
                               << QStringLiteral("'caf\u00e9 \\xa0'");
    // Runs of plain text end at a backslash and at DEL, the last ASCII byte escaped.
    QTest::newRow("backslash and delete")
        << QStringLiteral("a\\b\x7f~") << QStringLiteral("'a\\\\b\\x7f~'");
}

void TestJinjaValue::stringRepr()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(Value::string(text.toStdString()).repr()), expected);
}

void TestJinjaValue::containersPrintAsPython()
{
    QCOMPARE(render("{{ [1, 'a', none, true, 2.0, (1,), ()] }}"),
             std::string("[1, 'a', None, True, 2.0, (1,), ()]"));
    QCOMPARE(render("{{ {'a': [1], 2: {'b': none}} }}"), std::string("{'a': [1], 2: {'b': None}}"));
    QCOMPARE(render("{{ ['<b>'|safe] }} {{ x }}{{ [x] }}"),
             std::string("[Markup('<b>')] [Undefined]"));
}

void TestJinjaValue::equalityAndHashing()
{
    const Value one = Value::integer(1);
    const Value oneFloat = Value::number(1.0);
    const Value yes = Value::boolean(true);
    QVERIFY(one.equals(oneFloat));
    QVERIFY(one.equals(yes));
    QCOMPARE(one.hash(), oneFloat.hash());
    QCOMPARE(one.hash(), yes.hash());
    QVERIFY(!Value::string("1").equals(one));
    QVERIFY(Value::list({one}).equals(Value::list({oneFloat})));
    QVERIFY(!Value::list({one}).equals(Value::tuple({one})));
    QVERIFY(!Value::list().isHashable());
    QVERIFY(Value::tuple({one, Value::string("a")}).isHashable());
    QVERIFY(!Value::tuple({Value::list()}).isHashable());
    QCOMPARE(Value::string("ab").hash(), std::hash<std::string_view>{}("ab"));
}

void TestJinjaValue::dictKeepsInsertionOrder()
{
    auto dict = makeRef<Dict>();
    dict->set("b", Value::integer(1));
    dict->set("a", Value::integer(2));
    dict->set(Value::integer(1), Value::string("int"));
    dict->set(Value::boolean(true), Value::string("bool replaces int"));
    dict->set("b", Value::integer(3));
    QCOMPARE(Value::dict(dict).repr(), std::string("{'b': 3, 'a': 2, 1: 'bool replaces int'}"));
    QVERIFY(dict->remove(Value::string("b")));
    QCOMPARE(Value::dict(dict).repr(), std::string("{'a': 2, 1: 'bool replaces int'}"));
    QCOMPARE(render("{% set d = {'z': 1, 'y': 2} %}{% do d.update({'a': 3}) %}{{ d.keys()|list }}"),
             std::string("['z', 'y', 'a']"));
}

void TestJinjaValue::dictIndexesLargeDicts()
{
    auto dict = makeRef<Dict>();
    for (int i = 0; i < 1000; ++i)
        dict->set("key" + std::to_string(i), Value::integer(i));
    QCOMPARE(dict->size(), std::size_t(1000));
    QCOMPARE(dict->find(std::string_view("key737"))->asInt(), std::int64_t(737));
    QVERIFY(dict->remove(Value::string("key5")));
    QVERIFY(!dict->find(std::string_view("key5")));
    QCOMPARE(dict->find(std::string_view("key999"))->asInt(), std::int64_t(999));
    QCOMPARE(dict->entries()[5].first.text(), std::string("key6"));
    // Assigning an existing key by name replaces its value where it stands.
    dict->set("key737", Value::integer(-737));
    QCOMPARE(dict->size(), std::size_t(999));
    QCOMPARE(dict->entries()[736].second.asInt(), std::int64_t(-737));
}

void TestJinjaValue::dictFindsKeysOfEveryLengthPastCollisions()
{
    // A small dict confirms the first entry with the hash inline for keys up to
    // kInlineTextSize bytes, and out of line for longer keys or when that entry is another key
    // with the same hash.
    const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
    const std::size_t sharedHash = 42;
    for (std::size_t size = 0; size <= 40; ++size) {
        const std::string key = alphabet.substr(0, size);
        const std::string colliding = "_" + key;
        auto first = makeRef<Dict>();
        first->set(key, sharedHash, Value::integer(std::int64_t(size)));
        first->set(colliding, sharedHash, Value::integer(-1));
        auto second = makeRef<Dict>();
        second->set(colliding, sharedHash, Value::integer(-1));
        second->set(key, sharedHash, Value::integer(std::int64_t(size)));
        for (const Dict *dict : {first.get(), second.get()}) {
            const Value *found = dict->find(key, sharedHash);
            QVERIFY2(found, qPrintable(QStringLiteral("size %1").arg(size)));
            QCOMPARE(found->asInt(), std::int64_t(size));
            QCOMPARE(dict->find(colliding, sharedHash)->asInt(), std::int64_t(-1));
            QVERIFY(!dict->find(key + "x", sharedHash));
            QVERIFY(!dict->find(key, sharedHash + 1));
        }
    }
}

void TestJinjaValue::listsAreShared()
{
    QCOMPARE(render("{% set a = [1] %}{% set b = a %}{% do b.append(2) %}{{ a }}"),
             std::string("[1, 2]"));
    QCOMPARE(
        render("{% set a = [] %}{% for i in range(3) %}{% do a.append(i) %}{% endfor %}{{ a }}"),
        std::string("[0, 1, 2]"));
    // Putting a list inside itself would form a reference cycle that is never freed.
    QVERIFY(
        render("{% set a = [] %}{% do a.append(a) %}").find("cannot put a container inside itself")
        != std::string::npos);
    QVERIFY(render("{% set a = [] %}{% set b = [a] %}{% do a.append(b) %}").find("inside itself")
            != std::string::npos);
}

void TestJinjaValue::arithmetic_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("true division") << QStringLiteral("7 / 2") << QStringLiteral("3.5");
    QTest::newRow("int division gives float") << QStringLiteral("4 / 2") << QStringLiteral("2.0");
    QTest::newRow("floor division negative") << QStringLiteral("-7 // 2") << QStringLiteral("-4");
    QTest::newRow("modulo negative") << QStringLiteral("-7 % 3") << QStringLiteral("2");
    QTest::newRow("modulo negative divisor") << QStringLiteral("7 % -3") << QStringLiteral("-2");
    QTest::newRow("float modulo") << QStringLiteral("-7.5 % 2") << QStringLiteral("0.5");
    QTest::newRow("power left to right") << QStringLiteral("2 ** 3 ** 2") << QStringLiteral("64");
    QTest::newRow("negative power") << QStringLiteral("2 ** -1") << QStringLiteral("0.5");
    QTest::newRow("overflow is an error")
        << QStringLiteral("9223372036854775807 + 1")
        << QStringLiteral("ERROR: integer result too large (Trellis integers are 64-bit)");
    QTest::newRow("min int negation")
        << QStringLiteral("-9223372036854775807 - 1 - 0") << QStringLiteral("-9223372036854775808");
    QTest::newRow("division by zero")
        << QStringLiteral("1 / 0") << QStringLiteral("ERROR: division by zero");
    QTest::newRow("string repeat") << QStringLiteral("'ab' * 3") << QStringLiteral("ababab");
    QTest::newRow("concat tilde") << QStringLiteral("1 ~ none ~ 2.5") << QStringLiteral("1None2.5");
    QTest::newRow("chained comparison")
        << QStringLiteral("1 < 2 < 3 > 2") << QStringLiteral("True");
    QTest::newRow("and returns operand")
        << QStringLiteral("0 or 'x' and 'y'") << QStringLiteral("y");
    QTest::newRow("incomparable")
        << QStringLiteral("1 < 'a'")
        << QStringLiteral("ERROR: '<' not supported between instances of 'int' and 'str'");
    QTest::newRow("percent format")
        << QStringLiteral("'%s-%03d' % ('a', 7)") << QStringLiteral("a-007");
    QTest::newRow("str format") << QStringLiteral("'{:>5}|{:.1f}'.format('x', 2.25)")
                                << QStringLiteral("    x|2.2");
}

void TestJinjaValue::arithmetic()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(render("{{ " + expression.toStdString() + " }}")), expected);
}

void TestJinjaValue::jsonKeepsOrderAndNumberKinds()
{
    auto parsed = JsonConversion::parse(
        R"({"z": 1, "a": 1.0, "big": 9007199254740993, "s": "\u00e9\n", "l": [true, null]})");
    QVERIFY(parsed.ok());
    QCOMPARE(
        parsed->repr(),
        std::string(
            "{'z': 1, 'a': 1.0, 'big': 9007199254740993, 's': '\u00e9\\n', 'l': [True, None]}"));
    QVERIFY(!JsonConversion::parse("{\"a\": }").ok());
    QCOMPARE(
        *JsonConversion::toJson(*parsed),
        std::string(
            R"({"a": 1.0, "big": 9007199254740993, "l": [true, null], "s": "\u00e9\n", "z": 1})"));
}

void TestJinjaValue::deeplyNestedValueDiesQuietly()
{
    // 300,000 nested lists: printing, comparing and destroying must not recurse that deep.
    Value nested = Value::list();
    for (int i = 0; i < 300000; ++i)
        nested = Value::list({nested});
    std::string text;
    QVERIFY(nested.appendRepr(text, 1 << 20));
    QVERIFY(text.find("...") != std::string::npos);
    QVERIFY(!nested.equals(Value::list()));
    nested = Value();
}

void TestJinjaValue::deeplyNestedSharedValueDiesQuietly()
{
    // Each level holds its child twice: the first reference released leaves the child shared
    // no more, and the second must still go through the work list, not recurse 300,000 deep.
    Value nested = Value::list();
    for (int i = 0; i < 300000; ++i)
        nested = Value::list({nested, nested});
    // Also kept by a dict, as a loop's copy of a list shares its items with the original.
    auto holder = makeRef<Dict>();
    holder->set("nested", nested);
    Value copy = Value::list(nested.items());
    nested = Value();
    QCOMPARE(copy.items().size(), std::size_t(2));
    copy = Value();
    holder = {};
}

void TestJinjaValue::shortTextEquality()
{
    // Every length the word-wise comparison distinguishes (1, 2, 4 and 8-byte words, memcmp
    // past 16), with the difference at every position: first, last and the overlap between.
    const std::string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
    for (std::size_t size = 0; size <= 40; ++size) {
        const std::string text = alphabet.substr(0, size);
        const std::string same = text; // equal bytes at another address
        QVERIFY(equalShortText(text, same));
        QVERIFY(equalShortText(text, text));
        for (std::size_t at = 0; at < size; ++at) {
            std::string other = text;
            other[at] = '_';
            QVERIFY2(!equalShortText(text, other),
                     qPrintable(QStringLiteral("size %1, difference at %2").arg(size).arg(at)));
        }
        QVERIFY(!equalShortText(text, alphabet.substr(0, size + 1)));
    }
}

void TestJinjaValue::shortAndLongStringsBehaveAlike()
{
    // Strings up to kShortStringCapacity bytes live inside the Value, longer ones on the heap;
    // nothing but identity() may tell them apart. Every size up to just past the boundary, with
    // a two-byte character (é) across it.
    const std::size_t capacity = Value::kShortStringCapacity;
    const std::string pattern = "abcdefghijkl\xc3\xa9mnopqrstuvwxyz";
    for (std::size_t size = 0; size <= capacity + 3; ++size) {
        const std::string text = pattern.substr(0, size);
        const Value original = Value::string(text, size % 2 == 1);
        QCOMPARE(original.text(), std::string_view(text));
        QCOMPARE(original.isSafe(), size % 2 == 1);
        QCOMPARE(original.identity() == nullptr, size <= capacity);
        QCOMPARE(original.hash(), std::hash<std::string_view>{}(text));

        Value copy = original;
        QCOMPARE(copy.text(), std::string_view(text));
        QCOMPARE(copy.isShared(), size > capacity);
        QVERIFY(copy.equals(original));
        QVERIFY(copy.sameAs(original));
        Value moved = std::move(copy);
        QCOMPARE(moved.text(), std::string_view(text));
        QVERIFY(copy.isNone());
        QCOMPARE(moved.isSafe(), original.isSafe());

        // Equal to a string of the same text built separately, unequal to one byte more.
        QVERIFY(Value::string(text).equals(original));
        QVERIFY(!Value::string(text + "x").equals(original));
        QCOMPARE(Value::string(text).truthy(), size > 0);
    }
    // As dict keys both kinds are found by their text.
    auto dict = makeRef<Dict>();
    const std::string shortKey(capacity, 's');
    const std::string longKey(capacity + 1, 'l');
    dict->set(Value::string(shortKey), Value::integer(1));
    dict->set(Value::string(longKey), Value::integer(2));
    QCOMPARE(dict->find(std::string_view(shortKey))->asInt(), std::int64_t(1));
    QCOMPARE(dict->find(Value::string(longKey))->asInt(), std::int64_t(2));
    // And through the renderer: concatenation across the boundary, slicing back under it.
    QCOMPARE(
        render(
            "{% set a = 'abcdefg' %}{% set b = a ~ a %}{{ b }} {{ b[:13] }} {{ (b ~ b)|length }}"),
        std::string("abcdefgabcdefg abcdefgabcdef 28"));
}

QTEST_GUILESS_MAIN(TestJinjaValue)
#include "tst_jinjavalue.moc"
