#pragma once

#include "core/jinja/ast.h"

namespace Trellis::Core::Jinja {

// Decides, once per parsed template, where each variable lives at run time, as Jinja2's
// compiler does: every scope the renderer creates gets a fixed layout of slots (one per name
// it may assign), every name read gets the first slot that may hold it, and every macro the
// values it copies from around its definition. Rendering then reads variables by position
// instead of searching scopes by name.
//
// The frames mirror the renderer's scopes exactly: the template's top level; a loop's `if`
// clause, body and `else`; a set block's and a filter block's body; a `with` body; a macro's
// (or call block's caller's) call, whose parent is the top level of the macro's template.
class NameResolver
{
public:
    // Annotates the tree in place; returns the layout of the top level.
    static Ast::FrameLayout resolve(Ast::Body &body);
};

} // namespace Trellis::Core::Jinja
