#include "selector.h"

#include "core/graph/selectorgraph.h"
#include "core/graph/selectormethod.h"

#include <algorithm>

namespace Trellis::Core {

namespace {

using MemberSet = SelectorGraph::MemberSet;
// A union of intersections, gathered from one or several arguments.
using Alternatives = std::vector<const std::vector<SelectionCriterion> *>;

// What dbt selects with no --select: every graph member.
const QString kDefaultSelection
    = QStringLiteral("fqn:* source:* exposure:* metric:* semantic_model:*");

// dbt carries two sets through every step: the nodes selected, and the tests that came near
// them without qualifying yet (cautious and buildable modes), which a later union or
// intersection may still let in.
struct Selection
{
    MemberSet direct;
    MemberSet indirect;
};

void unite(MemberSet &into, const MemberSet &other)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i] = into[i] | other[i];
}

void intersect(MemberSet &into, const MemberSet &other)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i] = into[i] & other[i];
}

void subtract(MemberSet &from, const MemberSet &other)
{
    for (size_t i = 0; i < from.size(); ++i)
        from[i] = from[i] & !other[i];
}

// Evaluates parsed expressions over one graph, step by step as dbt's NodeSelector does.
class SelectionEvaluator
{
public:
    SelectionEvaluator(const SelectorGraph &graph, IndirectSelection mode)
        : m_graph(graph)
        , m_mode(mode)
    {}

    Selection evaluate(const Alternatives &alternatives) const
    {
        std::vector<Selection> parts;
        parts.reserve(alternatives.size());
        for (const std::vector<SelectionCriterion> *intersection : alternatives) {
            std::vector<Selection> criteria;
            for (const SelectionCriterion &criterion : *intersection)
                criteria.push_back(evaluate(criterion));
            parts.push_back(combine(std::move(criteria), intersect));
        }
        return combine(std::move(parts), unite);
    }

    MemberSet empty() const { return m_graph.emptySet(); }

private:
    Selection evaluate(const SelectionCriterion &criterion) const
    {
        const MemberSet collected = SelectorMethod::search(m_graph, criterion);
        MemberSet selected = collected;
        if (criterion.childrensParents) {
            MemberSet descendants = m_graph.descendants(collected);
            unite(descendants, collected);
            unite(selected, descendants);
            unite(selected, m_graph.ancestors(descendants));
        }
        if (criterion.parents)
            unite(selected, m_graph.ancestors(collected, criterion.parentsDepth));
        if (criterion.children)
            unite(selected, m_graph.descendants(collected, criterion.childrenDepth));
        if (m_mode == IndirectSelection::Empty)
            return {selected, empty()};
        return expand(selected);
    }

    // dbt's expand_selection: the tests right below the selection come along, or wait.
    Selection expand(const MemberSet &selected) const
    {
        Selection result{selected, empty()};
        MemberSet buildable;
        if (m_mode == IndirectSelection::Buildable) {
            buildable = m_graph.ancestors(selected);
            unite(buildable, selected);
            for (int i = 0; i < m_graph.size(); ++i) {
                if (m_graph.node(i).type == ResourceType::Source)
                    buildable[size_t(i)] = 1;
            }
        }
        for (int member = 0; member < m_graph.size(); ++member) {
            if (!selected[size_t(member)])
                continue;
            for (const int child : m_graph.children(member)) {
                if (m_graph.node(child).type != ResourceType::Test)
                    continue;
                if (m_mode == IndirectSelection::Eager || parentsWithin(child, selected))
                    result.direct[size_t(child)] = 1;
                else if (m_mode == IndirectSelection::Buildable && parentsWithin(child, buildable))
                    result.direct[size_t(child)] = 1;
                else
                    result.indirect[size_t(child)] = 1;
            }
        }
        return result;
    }

    using Combiner = void (*)(MemberSet &, const MemberSet &);

    Selection combine(std::vector<Selection> parts, Combiner combiner) const
    {
        if (parts.empty())
            return {empty(), empty()};
        Selection result{parts.front().direct, parts.front().direct};
        unite(result.indirect, parts.front().indirect);
        for (size_t i = 1; i < parts.size(); ++i) {
            combiner(result.direct, parts[i].direct);
            unite(parts[i].indirect, parts[i].direct);
            combiner(result.indirect, parts[i].indirect);
        }
        result.direct = incorporate(std::move(result.direct), result.indirect);
        return result;
    }

    // dbt's incorporate_indirect_nodes: waiting tests whose parents the combined selection now
    // covers are selected after all.
    MemberSet incorporate(MemberSet direct, const MemberSet &indirect) const
    {
        if (m_mode != IndirectSelection::Cautious && m_mode != IndirectSelection::Buildable)
            return direct;
        MemberSet enough = direct;
        if (m_mode == IndirectSelection::Buildable)
            unite(enough, m_graph.ancestors(direct));
        for (int member = 0; member < m_graph.size(); ++member) {
            if (indirect[size_t(member)] && !direct[size_t(member)]
                && m_graph.node(member).type == ResourceType::Test && parentsWithin(member, enough))
                direct[size_t(member)] = 1;
        }
        return direct;
    }

    bool parentsWithin(int member, const MemberSet &set) const
    {
        const std::vector<int> &parents = m_graph.parents(member);
        return std::all_of(parents.begin(), parents.end(),
                           [&](int parent) { return set[size_t(parent)] != 0; });
    }

    const SelectorGraph &m_graph;
    IndirectSelection m_mode;
};

QStringList uniqueIds(const SelectorGraph &graph, const MemberSet &members,
                      const QList<ResourceType> &resourceTypes = {})
{
    QStringList ids;
    for (int i = 0; i < graph.size(); ++i) {
        if (members[size_t(i)]
            && (resourceTypes.isEmpty() || resourceTypes.contains(graph.node(i).type)))
            ids.append(graph.node(i).uniqueId);
    }
    return ids;
}

} // namespace

Selector::Selector(SelectionExpression expression)
    : m_expression(std::move(expression))
{}

Result<Selector> Selector::parse(const QString &expression)
{
    Result<SelectionExpression> parsed = SelectorParser::parse(expression);
    if (!parsed)
        return fail(parsed.error());
    return Selector(std::move(*parsed));
}

QStringList Selector::select(const Manifest &manifest, IndirectSelection mode) const
{
    return select(SelectorGraph(manifest), mode);
}

QStringList Selector::select(const SelectorGraph &graph, IndirectSelection mode) const
{
    Alternatives alternatives;
    for (const auto &intersection : m_expression.alternatives)
        alternatives.push_back(&intersection);
    return uniqueIds(graph, SelectionEvaluator(graph, mode).evaluate(alternatives).direct);
}

Result<QStringList> selectNodes(const Manifest &manifest, const QStringList &selectArgs,
                                const QStringList &excludeArgs,
                                const QList<ResourceType> &resourceTypes, IndirectSelection mode)
{
    const auto parseAll
        = [](const QStringList &args, const QString &flag) -> Result<std::vector<Selector>> {
        std::vector<Selector> selectors;
        for (qsizetype i = 0; i < args.size(); ++i) {
            Result<Selector> selector = Selector::parse(args.at(i));
            if (!selector) {
                Error error = selector.error();
                error.file = flag;
                error.line = int(i) + 1;
                return fail(error);
            }
            selectors.push_back(std::move(*selector));
        }
        return selectors;
    };
    Result<std::vector<Selector>> included
        = parseAll(selectArgs.isEmpty() ? QStringList{kDefaultSelection} : selectArgs,
                   QStringLiteral("--select"));
    if (!included)
        return fail(included.error());
    Result<std::vector<Selector>> excluded = parseAll(excludeArgs, QStringLiteral("--exclude"));
    if (!excluded)
        return fail(excluded.error());

    // Like dbt, all arguments of a flag form one union; the exclusion is a plain difference.
    const auto alternativesOf = [](const std::vector<Selector> &selectors) {
        Alternatives alternatives;
        for (const Selector &selector : selectors) {
            for (const auto &intersection : selector.expression().alternatives)
                alternatives.push_back(&intersection);
        }
        return alternatives;
    };
    const SelectorGraph graph(manifest);
    const SelectionEvaluator evaluator(graph, mode);
    MemberSet selected = evaluator.evaluate(alternativesOf(*included)).direct;
    if (!excluded->empty())
        subtract(selected, evaluator.evaluate(alternativesOf(*excluded)).direct);
    return uniqueIds(graph, selected, resourceTypes);
}

} // namespace Trellis::Core
