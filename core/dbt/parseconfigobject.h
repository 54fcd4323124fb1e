#pragma once

#include "core/jinja/object.h"

#include <QJsonObject>

namespace Trellis::Core::Dbt {

// `config` while parsing, as dbt's parse-time config behaves: `config(materialized='table')` and
// `config({...})` record the values (merged in call order, pre_hook spelled pre-hook), and
// `config.get()`/`config.require()` answer '' because nothing is resolved yet.
class ParseConfigObject final : public Jinja::Object
{
public:
    // Records into `*target`, which the owner points at the node being parsed.
    explicit ParseConfigObject(QJsonObject *const *target);

    std::string typeName() const override { return "ParseConfigObject"; }
    bool isCallable() const override { return true; }
    Result<Jinja::Value> call(Jinja::CallContext &context, Jinja::Arguments &arguments) const override;
    Jinja::Value attribute(std::string_view name) const override;

private:
    QJsonObject *const *m_target;
};

} // namespace Trellis::Core::Dbt
