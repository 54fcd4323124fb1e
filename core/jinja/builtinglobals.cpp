#include "builtinglobals.h"

#include "dict.h"
#include "environment.h"
#include "namespaceobject.h"
#include "object.h"
#include "operators.h"
#include "rangeobject.h"

namespace Trellis::Core::Jinja {

namespace {

// Jinja2's cycler(): next(), current and reset() over a fixed list of items.
class Cycler final : public Object
{
public:
    explicit Cycler(std::vector<Value> items)
        : m_items(std::move(items))
    { }
    std::string typeName() const override { return "Cycler"; }
    Value attribute(std::string_view name) const override
    {
        const Ref<const Cycler> self(this);
        if (name == "current")
            return m_items[m_position];
        if (name == "next") {
            return NativeFunction::make(
                "next", [self](CallContext &, Arguments &) -> Result<Value> {
                    Value current = self->m_items[self->m_position];
                    self->m_position = (self->m_position + 1) % self->m_items.size();
                    return current;
                });
        }
        if (name == "reset") {
            return NativeFunction::make("reset",
                                        [self](CallContext &, Arguments &) -> Result<Value> {
                                            self->m_position = 0;
                                            return Value();
                                        });
        }
        return Object::attribute(name);
    }
    void forEachReferencedValue(const std::function<void(const Value &)> &visit) const override
    {
        for (const Value &item : m_items)
            visit(item);
    }

private:
    std::vector<Value> m_items;
    mutable std::size_t m_position = 0;
};

// Jinja2's joiner(): returns "" the first time it is called and the separator afterwards.
class Joiner final : public Object
{
public:
    explicit Joiner(Value separator)
        : m_separator(std::move(separator))
    { }
    std::string typeName() const override { return "Joiner"; }
    bool isCallable() const override { return true; }
    Result<Value> call(CallContext &, Arguments &) const override
    {
        if (!m_used) {
            m_used = true;
            return Value::string({});
        }
        return m_separator;
    }

private:
    Value m_separator;
    mutable bool m_used = false;
};

Result<Value> range(CallContext &, Arguments &arguments)
{
    if (!arguments.keyword.empty())
        return failure("range() takes no keyword arguments");
    const auto &values = arguments.positional;
    if (values.empty() || values.size() > 3)
        return failure("range expected 1 to 3 arguments, got " + std::to_string(values.size()));
    for (const Value &value : values) {
        if (!value.isInt() && !value.isBool())
            return failure("'" + value.typeName() + "' object cannot be interpreted as an integer");
    }
    std::int64_t start = 0;
    std::int64_t stop = 0;
    std::int64_t step = 1;
    if (values.size() == 1) {
        stop = values[0].asInt();
    } else {
        start = values[0].asInt();
        stop = values[1].asInt();
        if (values.size() == 3)
            step = values[2].asInt();
    }
    if (step == 0)
        return failure("range() arg 3 must not be zero");
    return Value::object(makeRef<RangeObject>(start, stop, step));
}

// dict(...)'s entries: a mapping's or pairs' first, then the keyword arguments.
Result<Ref<Dict>> dictEntries(CallContext &context, Arguments &arguments)
{
    if (arguments.positional.size() > 1)
        return failure("dict expected at most 1 argument, got "
                       + std::to_string(arguments.positional.size()));
    auto dict = makeRef<Dict>();
    if (!arguments.positional.empty()) {
        const Value &source = arguments.positional.front();
        if (source.isDict()) {
            for (const auto &[key, value] : source.asDict().entries())
                dict->set(key, value);
        } else {
            auto pairs = Operators::iterate(context, source);
            if (!pairs)
                return fail(pairs.error());
            for (const Value &pair : *pairs) {
                auto elements = Operators::iterate(context, pair);
                if (!elements)
                    return fail(elements.error());
                if (elements->size() != 2)
                    return failure("dictionary update sequence element has length "
                                   + std::to_string(elements->size()) + "; 2 is required");
                if (!(*elements)[0].isHashable())
                    return failure("unhashable type: '" + (*elements)[0].typeName() + "'");
                dict->set((*elements)[0], (*elements)[1]);
            }
        }
    }
    for (auto &[key, value] : arguments.keyword)
        dict->set(key, std::move(value));
    return dict;
}

Result<Value> makeDict(CallContext &context, Arguments &arguments)
{
    auto dict = dictEntries(context, arguments);
    if (!dict)
        return fail(dict.error());
    return Value::dict(std::move(*dict));
}

} // namespace

void BuiltinGlobals::install(Environment &environment)
{
    environment.setGlobal("range", NativeFunction::make("range", range));
    environment.setGlobal("dict", NativeFunction::make("dict", makeDict));
    environment.setGlobal(
        "namespace",
        NativeFunction::make(
            "namespace", [](CallContext &context, Arguments &arguments) -> Result<Value> {
                auto initial = dictEntries(context, arguments);
                if (!initial)
                    return fail(initial.error());
                for (const auto &entry : (*initial)->entries()) {
                    if (!entry.first.isString())
                        return failure("namespace attribute names must be strings");
                }
                return Value::object(makeRef<NamespaceObject>(std::move(*initial)));
            }));
    environment.setGlobal(
        "cycler",
        NativeFunction::make("cycler", [](CallContext &, Arguments &arguments) -> Result<Value> {
            if (arguments.positional.empty())
                return failure("at least one item has to be provided");
            return Value::object(makeRef<Cycler>(arguments.positional));
        }));
    environment.setGlobal(
        "joiner",
        NativeFunction::make("joiner", [](CallContext &, Arguments &arguments) -> Result<Value> {
            auto bound = bindArguments("joiner", arguments, {"sep"});
            if (!bound)
                return fail(bound.error());
            return Value::object(makeRef<Joiner>((*bound)[0] ? *(*bound)[0] : Value::string(", ")));
        }));
}

Value BuiltinGlobals::zip()
{
    return NativeFunction::make("zip",
                                [](CallContext &context, Arguments &arguments) -> Result<Value> {
                                    if (!arguments.keyword.empty())
                                        return failure("zip() takes no keyword arguments");
                                    std::vector<std::vector<Value>> columns;
                                    std::size_t rows = SIZE_MAX;
                                    for (const Value &argument : arguments.positional) {
                                        auto elements = Operators::iterate(context, argument);
                                        if (!elements)
                                            return fail(elements.error());
                                        rows = std::min(rows, elements->size());
                                        columns.push_back(std::move(*elements));
                                    }
                                    if (columns.empty())
                                        rows = 0;
                                    std::vector<Value> out;
                                    for (std::size_t row = 0; row < rows; ++row) {
                                        std::vector<Value> tuple;
                                        for (const auto &column : columns)
                                            tuple.push_back(column[row]);
                                        out.push_back(Value::tuple(std::move(tuple)));
                                    }
                                    return Value::list(std::move(out));
                                });
}

} // namespace Trellis::Core::Jinja
