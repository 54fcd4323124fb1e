#pragma once

#include "core/jinja/callable.h"
#include "core/jinja/renderlimits.h"
#include "core/jinja/template.h"
#include "core/jinja/value.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Trellis::Core::Jinja {

// The configuration templates are parsed and rendered with: options and limits, global
// variables, filters and tests (Jinja2's built-ins are installed by the constructor), and a
// cache of parsed templates keyed by file name and content. Configure it first (the setters are
// not synchronised); afterwards parse() and render() may be called from any number of threads
// at once. Nothing here reads files or runs programs.
class Environment
{
public:
    using FilterFunction
        = std::function<Result<Value>(CallContext &, const Value &input, Arguments &)>;
    using TestFunction
        = std::function<Result<bool>(CallContext &, const Value &input, Arguments &)>;

    struct Options
    {
        // Jinja2's keep_trailing_newline (dbt leaves it off: one final newline is dropped).
        bool keepTrailingNewline = false;
        // Parse dbt's block tags (test, materialization, snapshot, docs) as macro-like
        // definitions; off, they are unknown tags as in plain Jinja2.
        bool dbtBlocks = true;
        RenderLimits limits;
        // Parsed templates kept; the cache is emptied when it grows past this.
        std::size_t cacheCapacity = 20000;
    };

    Environment();
    explicit Environment(Options options);

    const Options &options() const { return m_options; }

    // Parses (or finds in the cache) the template `source` read from `fileName`.
    Result<std::shared_ptr<const Template>> parse(std::string_view source,
                                                  std::string_view fileName) const;
    // Renders with `variables` (a dict, or None for none) as the template's context.
    Result<std::string> render(const Template &tmpl, const Value &variables = Value()) const;
    Result<std::string> renderString(std::string_view source, std::string_view fileName,
                                     const Value &variables = Value()) const;
    // Runs the template's top level and returns its module, like Jinja2's `template.module`: an
    // object whose attributes are the macros and variables the template defines at top level,
    // and whose str() is the rendered output. Its macros stay callable while it lives.
    Result<Value> makeModule(const Template &tmpl, const Value &variables = Value()) const;

    void setGlobal(std::string name, Value value);
    void setFilter(std::string name, FilterFunction filter);
    void setTest(std::string name, TestFunction test);
    const Value *global(std::string_view name) const
    {
        return global(name, std::hash<std::string_view>{}(name));
    }
    const FilterFunction *filter(std::string_view name) const
    {
        return filter(name, std::hash<std::string_view>{}(name));
    }
    const TestFunction *test(std::string_view name) const
    {
        return test(name, std::hash<std::string_view>{}(name));
    }
    // The same with std::hash of the name precomputed (the interpreter hashes names once, when
    // parsing).
    const Value *global(std::string_view name, std::size_t hash) const;
    const FilterFunction *filter(std::string_view name, std::size_t hash) const;
    const TestFunction *test(std::string_view name, std::size_t hash) const;

private:
    // A name with its hash, so that lookups by a precomputed hash do not hash again.
    struct HashedName
    {
        std::string_view name;
        std::size_t hash;
    };
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const
        {
            return std::hash<std::string_view>{}(name);
        }
        std::size_t operator()(const HashedName &name) const { return name.hash; }
    };
    struct NameEqual
    {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const { return a == b; }
        bool operator()(const HashedName &a, std::string_view b) const { return a.name == b; }
        bool operator()(std::string_view a, const HashedName &b) const { return a == b.name; }
    };
    template<typename T> using NameMap = std::unordered_map<std::string, T, NameHash, NameEqual>;

    Options m_options;
    NameMap<Value> m_globals;
    NameMap<FilterFunction> m_filters;
    NameMap<TestFunction> m_tests;

    mutable std::mutex m_cacheMutex;
    mutable std::unordered_map<std::size_t, std::shared_ptr<const Template>> m_cache;
};

} // namespace Trellis::Core::Jinja
