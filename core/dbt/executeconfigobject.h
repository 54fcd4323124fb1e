#pragma once

#include "core/jinja/object.h"

#include <QJsonObject>

namespace Trellis::Core::Dbt {

// `config` while executing, as dbt's runtime config behaves: `config(...)` does nothing (the
// manifest already holds the node's resolved config), `config.get(name, default=None)` answers
// the resolved value and `config.require(name)` fails when there is none.
class ExecuteConfigObject final : public Jinja::Object
{
public:
    // Reads `*config`, which the owner points at the node being rendered.
    explicit ExecuteConfigObject(const QJsonObject *const *config);

    std::string typeName() const override { return "RuntimeConfigObject"; }
    bool isCallable() const override { return true; }
    Result<Jinja::Value> call(Jinja::CallContext &context,
                              Jinja::Arguments &arguments) const override;
    Jinja::Value attribute(std::string_view name) const override;

private:
    std::optional<Jinja::Value> lookup(const std::string &name) const;

    const QJsonObject *const *m_config;
};

} // namespace Trellis::Core::Dbt
