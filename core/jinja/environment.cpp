#include "environment.h"

#include "builtinfilters.h"
#include "builtinglobals.h"
#include "builtintests.h"
#include "lexer.h"
#include "parser.h"
#include "renderer.h"
#include "templatemodule.h"

namespace Trellis::Core::Jinja {

Environment::Environment()
    : Environment(Options())
{ }

Environment::Environment(Options options)
    : m_options(std::move(options))
{
    BuiltinFilters::install(*this);
    BuiltinTests::install(*this);
    BuiltinGlobals::install(*this);
}

Result<std::shared_ptr<const Template>> Environment::parse(std::string_view source,
                                                           std::string_view fileName) const
{
    const std::size_t key
        = std::hash<std::string_view>{}(source)*31 + std::hash<std::string_view>{}(fileName);
    {
        std::lock_guard lock(m_cacheMutex);
        const auto cached = m_cache.find(key);
        if (cached != m_cache.end() && cached->second->source() == source
            && cached->second->fileName() == fileName)
            return cached->second;
    }

    const std::string normalized = Lexer::normalizeNewlines(source, m_options.keepTrailingNewline);
    auto located = [&](Error error) {
        error.file = QString::fromUtf8(fileName.data(), qsizetype(fileName.size()));
        return fail(std::move(error));
    };
    auto tokens
        = Lexer(normalized, m_options.limits.maxNestingDepth, m_options.dbtBlocks).tokenize();
    if (!tokens)
        return located(tokens.error());
    Parser::Names names{[this](std::string_view name) { return filter(name) != nullptr; },
                        [this](std::string_view name) { return test(name) != nullptr; },
                        m_options.dbtBlocks};
    auto body = Parser(std::move(*tokens), std::move(names), m_options.limits.maxNestingDepth)
                    .parseTemplate();
    if (!body)
        return located(body.error());
    auto parsed
        = std::make_shared<Template>(std::string(fileName), std::string(source), std::move(*body));

    std::lock_guard lock(m_cacheMutex);
    if (m_cache.size() >= m_options.cacheCapacity)
        m_cache.clear();
    m_cache[key] = parsed;
    return std::shared_ptr<const Template>(std::move(parsed));
}

Result<std::string> Environment::render(const Template &tmpl, const Value &variables) const
{
    if (!variables.isDict() && !variables.isNone())
        return fail(Error{QString::fromStdString(tmpl.fileName()), 0, 0,
                          QStringLiteral("the template variables must be a dict")});
    Renderer renderer(*this, variables);
    // Growing the buffer from empty would copy it a dozen times: reserve what the template
    // printed before (or, the first time, about as much as it holds).
    auto output = renderer.run(tmpl, std::make_shared<Scope>(tmpl.topLevelLayout(), nullptr),
                               tmpl.outputSizeHint().size());
    if (output)
        tmpl.outputSizeHint().note(output->size());
    return output;
}

Result<std::string> Environment::renderString(std::string_view source, std::string_view fileName,
                                              const Value &variables) const
{
    auto parsed = parse(source, fileName);
    if (!parsed)
        return fail(parsed.error());
    return render(**parsed, variables);
}

Result<Value> Environment::makeModule(const Template &tmpl, const Value &variables) const
{
    if (!variables.isDict() && !variables.isNone())
        return fail(Error{QString::fromStdString(tmpl.fileName()), 0, 0,
                          QStringLiteral("the template variables must be a dict")});
    auto topLevel = std::make_shared<Scope>(tmpl.topLevelLayout(), nullptr);
    Renderer renderer(*this, variables);
    auto output = renderer.run(tmpl, topLevel, tmpl.outputSizeHint().size());
    if (!output)
        return fail(output.error());
    return Value::object(
        makeRef<TemplateModule>(tmpl.shared_from_this(), std::move(topLevel), std::move(*output)));
}

void Environment::setGlobal(std::string name, Value value)
{
    m_globals.insert_or_assign(std::move(name), std::move(value));
}

void Environment::setFilter(std::string name, FilterFunction filter)
{
    m_filters.insert_or_assign(std::move(name), std::move(filter));
}

void Environment::setTest(std::string name, TestFunction test)
{
    m_tests.insert_or_assign(std::move(name), std::move(test));
}

const Value *Environment::global(std::string_view name, std::size_t hash) const
{
    const auto found = m_globals.find(HashedName{name, hash});
    return found == m_globals.end() ? nullptr : &found->second;
}

const Environment::FilterFunction *Environment::filter(std::string_view name,
                                                       std::size_t hash) const
{
    const auto found = m_filters.find(HashedName{name, hash});
    return found == m_filters.end() ? nullptr : &found->second;
}

const Environment::TestFunction *Environment::test(std::string_view name, std::size_t hash) const
{
    const auto found = m_tests.find(HashedName{name, hash});
    return found == m_tests.end() ? nullptr : &found->second;
}

} // namespace Trellis::Core::Jinja
