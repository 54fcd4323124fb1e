#pragma once

#include "core/graph/node.h"

#include <optional>

namespace Trellis::Core {

// A model's type in dbt-project-evaluator's default conventions: base, staging, intermediate or
// marts, each with a folder name (base/, staging/, …) and name prefixes (base_, stg_, int_, fct_
// and dim_), and "other" for the rest (prefix rpt_). As in the evaluator, the prefix decides
// when it is one of these, else the innermost such folder the model sits in, else "other".
// Stateless.
class ModelLayer
{
public:
    enum class Type { Base, Staging, Intermediate, Marts, Other };

    static Type typeOf(const Node &model);
    // The type the name's prefix gives (its text up to and including the first '_').
    static std::optional<Type> prefixType(const QString &name);
    // The type of the innermost conventional folder the model's file sits in, if any.
    static std::optional<Type> folderType(const Node &model);
    // The folder of the node's file relative to its project, "models/staging/app/"; a view of
    // the node's originalFilePath.
    static QStringView directoryOf(const Node &node);

    static QString name(Type type); // "staging", … (the evaluator's words; not translated)
    static QString folderName(Type type); // empty for Other
    static QStringList prefixes(Type type);
};

} // namespace Trellis::Core
