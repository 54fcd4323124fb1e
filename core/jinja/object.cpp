#include "object.h"

namespace Trellis::Core::Jinja {

namespace {

// Jinja2's object_type_repr(): "dict object", "None" for None.
std::string objectTypeDescription(const Value &owner)
{
    if (owner.isNone())
        return "None";
    if (owner.isObject())
        return owner.asObject().typeName() + " object";
    return owner.typeName() + " object";
}

} // namespace

Value Object::attribute(std::string_view name) const
{
    return missingAttribute(Value::object(Ref<Object>(const_cast<Object *>(this))), name);
}

const Value *Object::storedAttribute(std::string_view, std::size_t) const
{
    return nullptr;
}

Value Object::item(const Value &key) const
{
    if (key.isString())
        return attribute(key.text());
    return missingItem(Value::object(Ref<Object>(const_cast<Object *>(this))), key);
}

Result<Value> Object::call(CallContext &, Arguments &) const
{
    return failure("'" + typeName() + "' object is not callable");
}

Result<std::vector<Value>> Object::iterate(CallContext &) const
{
    return failure("'" + typeName() + "' object is not iterable");
}

std::string Object::repr() const
{
    return "<" + typeName() + " object>";
}

void Object::forEachReferencedValue(const std::function<void(const Value &)> &) const { }

Value missingAttribute(const Value &owner, std::string_view name)
{
    std::string message;
    appendStringRepr(message, objectTypeDescription(owner));
    message += " has no attribute ";
    appendStringRepr(message, name);
    return Value::undefined(std::move(message));
}

Value missingItem(const Value &owner, const Value &key)
{
    if (key.isString())
        return missingAttribute(owner, key.text());
    return Value::undefined(objectTypeDescription(owner) + " has no element " + key.repr());
}

} // namespace Trellis::Core::Jinja
