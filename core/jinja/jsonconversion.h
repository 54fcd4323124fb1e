#pragma once

#include "core/jinja/value.h"

#include <QJsonValue>

namespace Trellis::Core::Jinja {

// Conversions between Values and JSON. parse() reads JSON text as Python's json.load does
// (objects keep the file's key order, "1" is an int and "1.0" a float), which contexts read
// from files need; fromJson() converts an already parsed QJsonValue (whose objects Qt has
// sorted by key). toJson() writes text the way Python's json.dumps(sort_keys=True) does, for
// the `tojson` filter.
class JsonConversion
{
public:
    static Result<Value> parse(std::string_view text);
    static Value fromJson(const QJsonValue &json);
    // indent < 0 writes everything on one line with ", " and ": " separators, as Python does.
    static Result<std::string> toJson(const Value &value, int indent = -1);
};

// The context of `trellis render --context FILE`: a JSON document as template variables.
inline Value valueFromJson(const QJsonValue &json)
{
    return JsonConversion::fromJson(json);
}

} // namespace Trellis::Core::Jinja
