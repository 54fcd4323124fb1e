#pragma once

#include "core/jinja/callable.h"

namespace Trellis::Core::Jinja {

// A host object exposed to templates (dbt's `this`, `target`, `adapter`, a namespace, the loop
// variable). Only attribute() and typeName() are required; every other operation fails or
// behaves as Python's default object does. Implementations must be safe to use from the
// thread that renders with them.
class Object : public RefCounted
{
public:
    // The Python-like type name used in messages ("'namespace' object has no attribute 'x'").
    virtual std::string typeName() const = 0;
    // The named attribute, or an Undefined naming what is missing (see missingAttribute()).
    virtual Value attribute(std::string_view name) const;
    // The named attribute where the object keeps it, or null when it keeps none (attribute()
    // then computes it or says what is missing). `hash` is std::hash of the name, which the
    // parser computed. Lets templates read an object's stored attributes without copying them.
    virtual const Value *storedAttribute(std::string_view name, std::size_t hash) const;
    // obj[key]; by default the attribute named by a string key.
    virtual Value item(const Value &key) const;
    virtual bool isCallable() const { return false; }
    virtual Result<Value> call(CallContext &context, Arguments &arguments) const;
    virtual bool isIterable() const { return false; }
    virtual Result<std::vector<Value>> iterate(CallContext &context) const;
    // len(obj), for objects that have a length.
    virtual std::optional<std::int64_t> length() const { return std::nullopt; }
    virtual std::string repr() const;
    // What {{ obj }} prints; Python's default str() is the repr.
    virtual std::string str() const { return repr(); }
    virtual bool truthy() const { return true; }
    virtual void forEachReferencedValue(const std::function<void(const Value &)> &visit) const;
};

inline Object &Value::asObject() const
{
    return const_cast<Object &>(static_cast<const Object &>(*heap()));
}

// The Undefined Jinja2 produces for a missing attribute: "'dict object' has no attribute 'x'".
Value missingAttribute(const Value &owner, std::string_view name);
// The Undefined for a missing item: "list object has no element 3" for non-string keys.
Value missingItem(const Value &owner, const Value &key);

} // namespace Trellis::Core::Jinja
