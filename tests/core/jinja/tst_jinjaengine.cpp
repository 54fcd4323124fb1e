// The engine as a host uses it: limits that stop runaway templates, macros as callables
// (modules, dbt's return()), host objects, the parse cache, concurrent renders, renderFile().

#include "core/jinja/builtinglobals.h"
#include "core/jinja/dict.h"
#include "core/jinja/environment.h"
#include "core/jinja/object.h"
#include "core/jinja/outputbuffer.h"
#include "core/jinja/renderfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Trellis::Core;
using namespace Trellis::Core::Jinja;

namespace {

Result<std::string> renderWith(const Environment &environment, const std::string &source,
                               const Value &variables = Value())
{
    return environment.renderString(source, "t.sql", variables);
}

// A stand-in for dbt's `this`: attributes, a method, a printable form.
class Relation final : public Object
{
public:
    std::string typeName() const override { return "Relation"; }
    Value attribute(std::string_view name) const override
    {
        if (name == "schema")
            return Value::string("analytics");
        if (name == "identifier")
            return Value::string("orders");
        if (name == "render")
            return NativeFunction::make("render", [](CallContext &, Arguments &) -> Result<Value> {
                return Value::string("\"analytics\".\"orders\"");
            });
        return Object::attribute(name);
    }
    std::string str() const override { return "\"analytics\".\"orders\""; }
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestJinjaEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void runtimeErrorsNameTheLine();
    void macroReturnValue();
    void modulesExposeMacros();
    void hostObjects();
    void zipIsOptional();
    void parseCacheReusesTemplates();
    void concurrentRenders();
    void rendersReserveThePreviousOutputSize();
    void keptMacroResultsReserveThePreviousSize();
    void outputBufferKeepsEveryByteUpToItsLimit();
    void renderFileReadsTemplateAndContext();
    void renderFileRefusesBadInput();
};

void TestJinjaEngine::limits_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("runaway recursion")
        << QStringLiteral("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}")
        << QStringLiteral("recursion limit exceeded");
    QTest::newRow("huge range") << QStringLiteral("{% for i in range(10**12) %}{% endfor %}")
                                << QStringLiteral("longer than the limit");
    QTest::newRow("huge range is lazy")
        << QStringLiteral("{{ range(10**12)|length }}") << QString();
    QTest::newRow("step limit") << QStringLiteral(
        "{% for i in range(5000) %}{% for j in range(5000) %}{% endfor %}{% endfor %}")
                                << QStringLiteral("step limit exceeded");
    QTest::newRow("output limit") << QStringLiteral(
        "{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}")
                                  << QStringLiteral("output limit exceeded");
    QTest::newRow("string repetition")
        << QStringLiteral("{{ 'x' * 10**12 }}") << QStringLiteral("exceeds the output limit");
    QTest::newRow("list repetition") << QStringLiteral("{{ [1] * 10**12 }}")
                                     << QStringLiteral("exceeds the sequence length limit");
    // Each string stays under the output limit, but together they would exhaust memory.
    QTest::newRow("loop feeding itself")
        << QStringLiteral("{% set queue = ['a'] %}{% for item in queue %}"
                          "{% do queue.append(item ~ 'x' * 200) %}{% endfor %}")
        << QStringLiteral("step limit exceeded");
    QTest::newRow("captured blocks piling up") << QStringLiteral(
        "{% set kept = [] %}{% for i in range(100000) %}"
        "{% set block %}{{ 'x' * 400 }}{% endset %}{% do kept.append(block) %}{% endfor %}")
                                               << QStringLiteral("step limit exceeded");
    // Passing on a value that exists costs nothing for its size.
    QTest::newRow("big value passed on") << QStringLiteral(
        "{% set big = 'x' * 500000 %}{% set kept = [] %}{% for i in range(5000) %}"
        "{% do kept.append(big|default('')) %}{% endfor %}{{ kept|length }}")
                                         << QString();
    QTest::newRow("exponential repr")
        << QStringLiteral("{% set ns = namespace(x=[1]) %}{% for i in range(40) %}"
                          "{% set ns.x = [ns.x, ns.x] %}{% endfor %}{{ ns.x }}")
        << QStringLiteral("output limit exceeded");
}

void TestJinjaEngine::limits()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    Environment::Options options;
    options.limits.maxSteps = 1'000'000;
    options.limits.maxOutputBytes = 1'000'000;
    options.limits.maxSequenceLength = 1'000'000;
    const Environment environment(options);
    auto rendered = renderWith(environment, source.toStdString());
    if (message.isEmpty()) {
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message));
        return;
    }
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(message), qPrintable(rendered.error().message));
    QCOMPARE(rendered.error().line, 1);
}

void TestJinjaEngine::runtimeErrorsNameTheLine()
{
    const Environment environment;
    auto rendered = renderWith(
        environment, "{% macro m(x) %}\n  {{ x.missing.deeper }}\n{% endmacro %}\n{{ m({}) }}");
    QVERIFY(!rendered.ok());
    // The line inside the macro, as Jinja2 reports it; the column of the access that failed.
    QCOMPARE(rendered.error().line, 2);
    QCOMPARE(rendered.error().column, 15);
    QCOMPARE(rendered.error().message, QStringLiteral("'dict object' has no attribute 'missing'"));
    QCOMPARE(rendered.error().toString(),
             QStringLiteral("t.sql:2:15: 'dict object' has no attribute 'missing'"));
}

void TestJinjaEngine::macroReturnValue()
{
    Environment environment;
    environment.setGlobal(
        "return", NativeFunction::make("return", [](CallContext &context, Arguments &arguments) {
            return context.returnFromMacro(
                arguments.positional.empty() ? Value() : arguments.positional.front());
        }));
    auto rendered
        = renderWith(environment,
                     "{% macro answer() %}ignored {{ return({'n': 41}) }} never{% endmacro %}"
                     "{{ answer().n + 1 }}|{{ answer() }}|{% set x = answer() %}{{ x.n }}");
    if (!rendered)
        QFAIL(qPrintable(rendered.error().toString()));
    QCOMPARE(*rendered, std::string("42|{'n': 41}|41"));
    // A loop left by return(), its `loop` kept in a namespace: the loop's if clause, which
    // reads the macro's variables, still runs while they exist.
    auto kept = renderWith(environment,
                           "{% set ns = namespace(loop=none) %}"
                           "{% macro first(items) %}{% set skipped = 'b' %}"
                           "{% for item in items if item != skipped %}"
                           "{% set ns.loop = loop %}{{ return(item) }}{% endfor %}"
                           "{% endmacro %}{{ first(['a', 'b', 'c', 'd']) }} {{ ns.loop.length }}");
    if (!kept)
        QFAIL(qPrintable(kept.error().toString()));
    QCOMPARE(*kept, std::string("a 3"));
    auto outside = renderWith(environment, "{{ return(1) }}");
    QVERIFY(!outside.ok());
    QVERIFY(outside.error().message.contains(QStringLiteral("outside a macro")));
}

void TestJinjaEngine::modulesExposeMacros()
{
    const Environment environment;
    auto macros = environment.parse(
        "{% set prefix = 'stg_' %}{% macro name(x) %}{{ prefix ~ x }}{% endmacro %}", "m.sql");
    QVERIFY(macros.ok());
    auto module = environment.makeModule(**macros);
    QVERIFY(module.ok());
    auto variables = makeRef<Dict>();
    variables->set("lib", *module);
    auto rendered = renderWith(environment, "{{ lib.name('orders') }} {{ lib.prefix }}",
                               Value::dict(variables));
    if (!rendered)
        QFAIL(qPrintable(rendered.error().toString()));
    QCOMPARE(*rendered, std::string("stg_orders stg_"));
}

void TestJinjaEngine::hostObjects()
{
    const Environment environment;
    auto variables = makeRef<Dict>();
    variables->set("this", Value::object(makeRef<Relation>()));
    auto rendered
        = renderWith(environment,
                     "{{ this }} {{ this.schema }}.{{ this.identifier|upper }} {{ this.render() }} "
                     "{{ this.nope is defined }}",
                     Value::dict(variables));
    if (!rendered)
        QFAIL(qPrintable(rendered.error().toString()));
    QCOMPARE(
        *rendered,
        std::string("\"analytics\".\"orders\" analytics.ORDERS \"analytics\".\"orders\" False"));
    auto failed = renderWith(environment, "{{ this.nope.x }}", Value::dict(variables));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("'Relation object' has no attribute 'nope'"));
}

void TestJinjaEngine::zipIsOptional()
{
    Environment environment;
    QVERIFY(!renderWith(environment, "{{ zip([1], [2]) }}").ok());
    environment.setGlobal("zip", BuiltinGlobals::zip());
    QCOMPARE(
        *renderWith(environment, "{% for a, b in zip([1, 2], 'xyz') %}{{ a }}{{ b }} {% endfor %}"),
        std::string("1x 2y "));
}

void TestJinjaEngine::parseCacheReusesTemplates()
{
    const Environment environment;
    auto first = environment.parse("{{ a }}", "a.sql");
    auto second = environment.parse("{{ a }}", "a.sql");
    auto otherName = environment.parse("{{ a }}", "b.sql");
    QVERIFY(first.ok() && second.ok() && otherName.ok());
    QCOMPARE(first->get(), second->get());
    QVERIFY(first->get() != otherName->get());
}

void TestJinjaEngine::concurrentRenders()
{
    const Environment environment;
    auto parsed
        = environment.parse("{% macro row(i) %}{{ i }}:{{ names[i % 3]|upper }}{% endmacro %}"
                            "{% for i in range(200) %}{{ row(i) }},{% endfor %}",
                            "t.sql");
    QVERIFY(parsed.ok());
    auto names = Value::list({Value::string("a"), Value::string("b"), Value::string("c")});
    auto variables = makeRef<Dict>();
    variables->set("names", names);
    const Value context = Value::dict(variables);
    const std::string expected = *environment.render(**parsed, context);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i) {
                auto output = environment.render(**parsed, context);
                if (!output || *output != expected)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestJinjaEngine::rendersReserveThePreviousOutputSize()
{
    const Environment environment;
    auto parsed = environment.parse("{% for i in range(count) %}{{ i }},{% endfor %}", "hint.sql");
    QVERIFY(parsed.ok());
    const Template &tmpl = **parsed;
    QCOMPARE(tmpl.outputSizeHint().size(), tmpl.source().size());

    auto variables = makeRef<Dict>();
    variables->set("count", Value::integer(1000));
    auto output = environment.render(tmpl, Value::dict(variables));
    QVERIFY(output.ok());
    QCOMPARE(output->size(), std::size_t(3890)); // 10 + 90 * 2 + 900 * 3 digits, 1000 commas
    QCOMPARE(tmpl.outputSizeHint().size(), output->size());

    // A smaller output keeps the larger hint; a huge one raises it only up to a cap, so one
    // exceptional render does not make every later render reserve as much.
    variables->set("count", Value::integer(2));
    QVERIFY(environment.render(tmpl, Value::dict(variables)).ok());
    QCOMPARE(tmpl.outputSizeHint().size(), std::size_t(3890));
    variables->set("count", Value::integer(300'000));
    output = environment.render(tmpl, Value::dict(variables));
    QVERIFY(output.ok());
    QVERIFY(output->size() > (std::size_t(1) << 20));
    QCOMPARE(tmpl.outputSizeHint().size(), std::size_t(1) << 20);
}

void TestJinjaEngine::keptMacroResultsReserveThePreviousSize()
{
    // A macro whose result is filtered or assigned renders into a buffer of its own: the
    // macro's hint remembers the largest such result. A printed call writes in place and
    // leaves the hint alone.
    const Environment environment;
    auto parsed
        = environment.parse("{% macro digits(n) %}{% for i in range(n) %}{{ i }}"
                            "{% endfor %}{% endmacro %}"
                            "{{ digits(3) }}{% set kept = digits(count) %}{{ kept|length }}",
                            "macro_hint.sql");
    QVERIFY(parsed.ok());
    const Template &tmpl = **parsed;
    QCOMPARE(tmpl.definitions().size(), std::size_t(1));
    const OutputSizeHint &hint = tmpl.definitions().front().node->outputSizeHint;
    QCOMPARE(hint.size(), std::size_t(0));

    auto variables = makeRef<Dict>();
    variables->set("count", Value::integer(1000));
    auto output = environment.render(tmpl, Value::dict(variables));
    QVERIFY(output.ok());
    QCOMPARE(*output, std::string("0122890"));
    QCOMPARE(hint.size(), std::size_t(2890)); // 10 + 90 * 2 + 900 * 3 digits

    variables->set("count", Value::integer(5));
    output = environment.render(tmpl, Value::dict(variables));
    QVERIFY(output.ok());
    QCOMPARE(*output, std::string("0125"));
    QCOMPARE(hint.size(), std::size_t(2890));
}

void TestJinjaEngine::outputBufferKeepsEveryByteUpToItsLimit()
{
    // Pieces of every length up to 40 (short ones are copied word by word, overlapping) and
    // from every offset of a source, into a buffer that starts small and grows many times.
    std::string source;
    for (int i = 0; i < 64; ++i)
        source += char('a' + i % 26);
    const std::size_t limit = 5000;
    OutputBuffer buffer(limit, 0);
    std::string expected;
    bool refused = false;
    for (std::size_t round = 0; !refused; ++round) {
        const std::size_t length = round % 41;
        const std::string_view piece = std::string_view(source).substr(round % 23, length);
        refused = !buffer.append(piece);
        if (refused) {
            QVERIFY(expected.size() + length > limit);
        } else {
            expected += piece;
            QCOMPARE(buffer.size(), expected.size());
        }
    }
    QCOMPARE(std::string(buffer.text()), expected);
    // The limit itself is reachable; one byte more is refused and writes nothing.
    while (buffer.size() < limit)
        QVERIFY(buffer.append("x"));
    QVERIFY(!buffer.append("y"));
    QCOMPARE(buffer.size(), limit);
    buffer.truncate(3);
    QVERIFY(buffer.append("!"));
    QCOMPARE(std::string(buffer.text()), expected.substr(0, 3) + "!");
}

void TestJinjaEngine::renderFileReadsTemplateAndContext()
{
    QTemporaryDir directory;
    const QString templatePath = directory.filePath(QStringLiteral("model.sql"));
    const QString contextPath = directory.filePath(QStringLiteral("context.json"));
    writeFile(templatePath, "select {{ cols|join(', ') }} from {{ t }}\n");
    writeFile(contextPath, R"({"t": "orders", "cols": ["b", "a"]})");
    auto rendered = renderFile(templatePath, contextPath);
    if (!rendered)
        QFAIL(qPrintable(rendered.error().toString()));
    QCOMPARE(*rendered, std::string("select b, a from orders"));
}

void TestJinjaEngine::renderFileRefusesBadInput()
{
    QTemporaryDir directory;
    const QString binary = directory.filePath(QStringLiteral("binary.sql"));
    writeFile(binary, QByteArray("a\0b", 3));
    auto result = renderFile(binary);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("binary")));

    const QString invalid = directory.filePath(QStringLiteral("latin1.sql"));
    writeFile(invalid, "caf\xe9");
    result = renderFile(invalid);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("UTF-8")));

    const QString broken = directory.filePath(QStringLiteral("broken.sql"));
    writeFile(broken, "line\n{% if %}");
    result = renderFile(broken);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().file, broken);
    QCOMPARE(result.error().line, 2);

    const QString good = directory.filePath(QStringLiteral("good.sql"));
    writeFile(good, "{{ x }}");
    const QString notObject = directory.filePath(QStringLiteral("list.json"));
    writeFile(notObject, "[1, 2]");
    result = renderFile(good, notObject);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("JSON object")));
    QVERIFY(!renderFile(directory.filePath(QStringLiteral("missing.sql"))).ok());
}

QTEST_GUILESS_MAIN(TestJinjaEngine)
#include "tst_jinjaengine.moc"
