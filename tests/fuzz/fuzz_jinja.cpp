// libFuzzer target for the Jinja engine: every input is a template that is lexed, parsed and
// rendered with a small fixed context under tight limits. Any crash, sanitizer report, hang
// or leak is a bug; template errors are the expected outcome for most inputs.

#include "core/jinja/builtinglobals.h"
#include "core/jinja/dict.h"
#include "core/jinja/environment.h"
#include "core/jinja/jsonconversion.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Trellis::Core::Jinja;

namespace {

Environment &environment()
{
    static Environment *instance = [] {
        Environment::Options options;
        options.limits.maxSteps = 200'000;
        options.limits.maxOutputBytes = 1 << 20;
        options.limits.maxSequenceLength = 100'000;
        options.limits.maxCallDepth = 40;
        options.limits.maxEvaluationDepth = 400;
        options.limits.maxNestingDepth = 100;
        options.cacheCapacity = 64;
        auto *created = new Environment(options);
        created->setGlobal("zip", BuiltinGlobals::zip());
        // dbt's return(): ends the enclosing macro with a value.
        created->setGlobal(
            "return",
            NativeFunction::make("return", [](CallContext &context, Arguments &arguments) {
                return context.returnFromMacro(
                    arguments.positional.empty() ? Value() : arguments.positional.front());
            }));
        return created;
    }();
    return *instance;
}

const Value &context()
{
    static const Value variables = *JsonConversion::parse(R"({
        "name": "orders", "n": 3, "f": 2.5, "flag": true, "nothing": null,
        "items": [1, 2, 3, "a", [4, 5], {"k": "v"}],
        "rows": [{"id": 1, "name": "x", "tags": ["a"]}, {"id": 2, "name": "y", "tags": []}],
        "config": {"materialized": "table", "schema": "s", "nested": {"deep": [1, {"x": 2}]}},
        "text": "Hello, Wörld! 日本 ß"
    })");
    return variables;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view source(reinterpret_cast<const char *>(data), size);
    auto parsed = environment().parse(source, "fuzz.jinja");
    if (!parsed)
        return 0;
    (void)environment().render(**parsed, context());
    (void)environment().makeModule(**parsed, context());
    return 0;
}
