#include "parsecontext.h"

#include "core/dbt/adapterobject.h"
#include "core/dbt/contextmembers.h"
#include "core/dbt/hostobject.h"
#include "core/dbt/parseconfigobject.h"
#include "core/dbt/relationobject.h"
#include "core/dbt/staticsqlanalyzer.h"
#include "core/jinja/callable.h"

namespace Trellis::Core::Dbt {

using Jinja::Arguments;
using Jinja::CallContext;
using Jinja::NativeFunction;
using Jinja::Value;

namespace {

Value function(std::string name, NativeFunction::Function body)
{
    return NativeFunction::make(std::move(name), std::move(body));
}

// A package that is listed but not installed. dbt would stop at the first call into it; the
// parser lets every macro of it answer '' instead, so that the refs a model passes to it
// (dbt_utils.star(from=ref('x'))) and makes elsewhere are still found. The missing install is
// reported on its own.
class AbsentPackage final : public Jinja::Object
{
public:
    std::string typeName() const override { return "AbsentPackage"; }
    Value attribute(std::string_view name) const override
    {
        return constantFunction(std::string(name), Value::string(std::string()));
    }
};

} // namespace

ParseContext::ParseContext(const Jinja::Environment &environment, const ContextScope &scope)
    : m_environment(environment)
    , m_target(scope.target)
    , m_vars(*scope.package, *scope.root)
    , m_context(Jinja::makeRef<Jinja::Dict>())
{
    installContextMembers(scope);
    installCallCapture();
    for (const QString &package : scope.missingPackages)
        set(package.toStdString(), Value::object(Jinja::makeRef<AbsentPackage>()));
    // Macros last: a project may override any member above (a custom ref() is common).
    m_macros.install(environment, *m_context, scope.macroPackages, m_setupProblems);
}

ParseContext::~ParseContext()
{
    // The context holds functions that point back at this object; empty it so that a macro
    // kept alive elsewhere cannot reach a dead context.
    m_context->clear();
}

void ParseContext::set(std::string_view name, Value value)
{
    m_context->set(name, std::move(value));
}

void ParseContext::installContextMembers(const ContextScope &scope)
{
    installNodeMembers(*m_context, m_target, scope.root->name, false, "parse");
    set("adapter", Value::object(Jinja::makeRef<AdapterObject>(m_macros, scope.root->dispatch,
                                                               scope.root->name)));
    set("load_result", constantFunction("load_result", Value::none()));
    set("store_result", constantFunction("store_result", Value::string(std::string())));
    set("store_raw_result", constantFunction("store_raw_result", Value::string(std::string())));
    set("var", varFunction(m_vars, false));
}

void ParseContext::installCallCapture()
{
    Value ref = function("ref", [this](CallContext &, Arguments &arguments) -> Result<Value> {
        Result<RefCall> call = refCallFromArguments(arguments);
        if (!call)
            return fail(call.error());
        if (m_calls)
            m_calls->refs.push_back(std::move(*call));
        return m_this;
    });
    Value source = function("source", [this](CallContext &, Arguments &arguments) -> Result<Value> {
        Result<SourceCall> call = sourceCallFromArguments(arguments);
        if (!call)
            return fail(call.error());
        if (m_calls)
            m_calls->sources.push_back(std::move(*call));
        return m_this;
    });
    Value config = Value::object(Jinja::makeRef<ParseConfigObject>(&m_configTarget));
    set("ref", ref);
    set("source", source);
    set("config", config);
    set("builtins", HostObject::make("Builtins", {{"ref", ref}, {"source", source}, {"config", config}}));
}

Value ParseContext::thisRelation(const NodeContext &node) const
{
    const QString schema = node.config.value(QLatin1String("schema")).toString();
    QString alias = node.config.value(QLatin1String("alias")).toString();
    if (alias.isEmpty())
        alias = node.version.isEmpty() ? node.name : node.name + QStringLiteral("_v") + node.version;
    return RelationObject::make({m_target.database.toStdString(),
                                 (schema.isEmpty() ? m_target.schema
                                                   : m_target.schema + QLatin1Char('_') + schema)
                                     .toStdString(),
                                 alias.toStdString(), {}});
}

Result<SqlCalls> ParseContext::render(const QString &text, const QString &file, const NodeContext &node)
{
    const QByteArray source = text.toUtf8();
    auto parsed = m_environment.parse(std::string_view(source.constData(), std::size_t(source.size())),
                                      file.toStdString());
    if (!parsed)
        return fail(parsed.error());

    SqlCalls calls;
    m_calls = &calls;
    m_configTarget = &calls.config;
    m_this = thisRelation(node);
    set("this", m_this);
    set("model", modelDictionary(node));
    auto rendered = m_environment.render(**parsed, Value::dict(m_context));
    m_calls = nullptr;
    m_configTarget = nullptr;
    if (!rendered)
        return fail(rendered.error());
    locateCalls(calls, text, file);
    return calls;
}

// A rendered call is located at the literal call it came from; a call a macro or a computed
// argument made is located at the first call the file makes that only rendering resolves, or
// else at the top of the file.
void ParseContext::locateCalls(SqlCalls &rendered, const QString &text, const QString &file)
{
    SqlCalls literal = StaticSqlAnalyzer::analyze(text, file);
    const SourceLocation fallback = literal.problems.empty()
                                        ? SourceLocation{file, 1, 1}
                                        : SourceLocation{file, literal.problems.front().line,
                                                         literal.problems.front().column};
    std::vector<bool> refUsed(literal.refs.size());
    for (RefCall &ref : rendered.refs) {
        ref.location = fallback;
        for (std::size_t i = 0; i < literal.refs.size(); ++i) {
            const RefCall &candidate = literal.refs[i];
            if (!refUsed[i] && candidate.name == ref.name && candidate.package == ref.package
                && candidate.version == ref.version) {
                ref.location = candidate.location;
                refUsed[i] = true;
                break;
            }
        }
    }
    std::vector<bool> sourceUsed(literal.sources.size());
    for (SourceCall &source : rendered.sources) {
        source.location = fallback;
        for (std::size_t i = 0; i < literal.sources.size(); ++i) {
            const SourceCall &candidate = literal.sources[i];
            if (!sourceUsed[i] && candidate.source == source.source && candidate.table == source.table) {
                source.location = candidate.location;
                sourceUsed[i] = true;
                break;
            }
        }
    }
    rendered.macroCalls = std::move(literal.macroCalls);
}

} // namespace Trellis::Core::Dbt
