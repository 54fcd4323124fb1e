#include "macronamespace.h"

#include "core/dbt/hostobject.h"

namespace Trellis::Core::Dbt {

void MacroNamespace::install(const Jinja::Environment &environment, Jinja::Dict &context,
                             const std::vector<const MacroPackage *> &packages,
                             std::vector<Error> &problems)
{
    const Jinja::Value contextValue = Jinja::Value::dict(Jinja::Ref<Jinja::Dict>(&context));
    for (const MacroPackage *package : packages) {
        const std::string packageName = package->name.toStdString();
        MacroTable &table = m_packages[packageName];
        for (const auto &tmpl : package->templates) {
            Result<Jinja::Value> module = environment.makeModule(*tmpl, contextValue);
            if (!module) {
                problems.push_back(module.error());
                continue;
            }
            for (const Jinja::Definition &definition : tmpl->definitions()) {
                // docs and snapshot blocks are not callable macros
                if (definition.kind == Jinja::Ast::DefinitionKind::Docs
                    || definition.kind == Jinja::Ast::DefinitionKind::Snapshot)
                    continue;
                Jinja::Value macro = module->asObject().attribute(definition.callableName);
                if (!macro.isCallable())
                    continue;
                table.insert_or_assign(definition.callableName, macro);
                m_global.insert_or_assign(definition.callableName, macro);
            }
            m_modules.push_back(std::move(*module));
        }
    }
    for (const auto &[name, macro] : m_global)
        context.set(name, macro);
    for (const auto &[packageName, table] : m_packages) {
        auto namespaceObject = Jinja::makeRef<HostObject>("MacroNamespace");
        for (const auto &[name, macro] : table)
            namespaceObject->set(name, macro);
        context.set(packageName, Jinja::Value::object(namespaceObject));
    }
}

const Jinja::Value *MacroNamespace::find(std::string_view package, std::string_view name) const
{
    const MacroTable *table = &m_global;
    if (!package.empty()) {
        const auto found = m_packages.find(std::string(package));
        if (found == m_packages.end())
            return nullptr;
        table = &found->second;
    }
    const auto macro = table->find(std::string(name));
    return macro == table->end() ? nullptr : &macro->second;
}

bool MacroNamespace::hasPackage(std::string_view package) const
{
    return m_packages.count(std::string(package)) > 0;
}

} // namespace Trellis::Core::Dbt
