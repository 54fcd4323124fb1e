#include "modellayer.h"

#include <array>

namespace Trellis::Core {

namespace {

struct Convention
{
    ModelLayer::Type type;
    const char *name;
    const char *folder;
    std::array<const char *, 2> prefixes;
};

// dbt-project-evaluator's model_types with their <type>_folder_name and <type>_prefixes vars.
constexpr std::array<Convention, 5> kConventions{{
    {ModelLayer::Type::Base, "base", "base", {"base_", nullptr}},
    {ModelLayer::Type::Staging, "staging", "staging", {"stg_", nullptr}},
    {ModelLayer::Type::Intermediate, "intermediate", "intermediate", {"int_", nullptr}},
    {ModelLayer::Type::Marts, "marts", "marts", {"fct_", "dim_"}},
    {ModelLayer::Type::Other, "other", "", {"rpt_", nullptr}},
}};

const Convention &conventionOf(ModelLayer::Type type)
{
    return kConventions[size_t(type)];
}

} // namespace

ModelLayer::Type ModelLayer::typeOf(const Node &model)
{
    if (const std::optional<Type> byPrefix = prefixType(model.name))
        return *byPrefix;
    return folderType(model).value_or(Type::Other);
}

std::optional<ModelLayer::Type> ModelLayer::prefixType(const QString &name)
{
    // The evaluator's split_part(name, '_', 1) || '_': a name without '_' is its own prefix.
    // Compared as views, since every model of a large mesh asks.
    const qsizetype cut = name.indexOf(QLatin1Char('_'));
    const QStringView stem = cut < 0 ? QStringView(name) : QStringView(name).left(cut);
    for (const Convention &convention : kConventions) {
        for (const char *candidate : convention.prefixes) {
            if (!candidate)
                continue;
            const QLatin1String prefix(candidate);
            if (prefix.size() == stem.size() + 1 && prefix.startsWith(stem))
                return convention.type;
        }
    }
    return std::nullopt;
}

std::optional<ModelLayer::Type> ModelLayer::folderType(const Node &model)
{
    // Folders from the innermost out; the first is the model path itself (models/), which the
    // evaluator's "/staging/" pattern cannot match.
    const QStringView directory = directoryOf(model);
    qsizetype end = directory.size() - 1; // the '/' after the folder
    while (end > 0) {
        const qsizetype start = directory.lastIndexOf(QLatin1Char('/'), end - 1) + 1;
        if (start == 0)
            break;
        const QStringView folder = directory.mid(start, end - start);
        for (const Convention &convention : kConventions) {
            if (*convention.folder && folder == QLatin1String(convention.folder))
                return convention.type;
        }
        end = start - 1;
    }
    return std::nullopt;
}

QStringView ModelLayer::directoryOf(const Node &node)
{
    return QStringView(node.originalFilePath)
        .left(node.originalFilePath.lastIndexOf(QLatin1Char('/')) + 1);
}

QString ModelLayer::name(Type type)
{
    // Made once, and shared: a finding about each model of a large mesh may name its layer.
    static const std::array<QString, kConventions.size()> names = [] {
        std::array<QString, kConventions.size()> result;
        for (const Convention &convention : kConventions)
            result[size_t(convention.type)] = QLatin1String(convention.name);
        return result;
    }();
    return names[size_t(type)];
}

QString ModelLayer::folderName(Type type)
{
    return QLatin1String(conventionOf(type).folder);
}

QStringList ModelLayer::prefixes(Type type)
{
    static const std::array<QStringList, kConventions.size()> lists = [] {
        std::array<QStringList, kConventions.size()> result;
        for (const Convention &convention : kConventions) {
            for (const char *prefix : convention.prefixes) {
                if (prefix)
                    result[size_t(convention.type)].append(QLatin1String(prefix));
            }
        }
        return result;
    }();
    return lists[size_t(type)];
}

} // namespace Trellis::Core
