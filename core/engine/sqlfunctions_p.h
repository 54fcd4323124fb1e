#pragma once

// Shared by the files that implement SqlFunctions; not part of the engine's interface.

#include <QCoreApplication>
#include <QString>

#include <sqlite3.h>

#include <string_view>
#include <vector>

namespace Trellis::Core::SqlFunctionsPrivate {

// Gives the functions' messages one translation context.
class FunctionText
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::SqlFunctions)
};

using ScalarFn = void (*)(sqlite3_context *, int, sqlite3_value **);
using FinalFn = void (*)(sqlite3_context *);

// Collects registrations and remembers the first failure, so each implementation file lists
// its functions in one place without error plumbing.
class Registrar
{
public:
    explicit Registrar(sqlite3 *db)
        : m_db(db)
    { }

    // nArg -1 means variadic: the implementation checks the count and says what it expects.
    void scalar(const char *name, int nArg, ScalarFn fn, bool deterministic = true,
                void *userData = nullptr, void (*destroy)(void *) = nullptr);
    void aggregate(const char *name, int nArg, ScalarFn step, FinalFn final);
    void window(const char *name, int nArg, ScalarFn step, FinalFn final, FinalFn value,
                ScalarFn inverse);

    // True when this SQLite already has the function (so registering it would shadow it).
    static bool builtInSince(int versionNumber);

    int failureCode() const { return m_failure; }
    const std::vector<QString> &names() const { return m_names; }

private:
    void record(const char *name, int rc);

    sqlite3 *m_db;
    int m_failure = SQLITE_OK;
    std::vector<QString> m_names;
};

void addDateFunctions(Registrar &registrar);
void addTextFunctions(Registrar &registrar);
void addRegexFunctions(Registrar &registrar);
void addAggregateFunctions(Registrar &registrar);

// The value as UTF-8 text (numbers in SQLite's text form); valid until the value changes.
inline std::string_view textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string_view(text, size_t(sqlite3_value_bytes(value))) : std::string_view();
}

inline bool isNull(sqlite3_value *value)
{
    return sqlite3_value_type(value) == SQLITE_NULL;
}

inline bool anyNull(int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; ++i) {
        if (isNull(argv[i]))
            return true;
    }
    return false;
}

inline void resultText(sqlite3_context *context, std::string_view text)
{
    // An empty view may have no data pointer, which SQLite would take for NULL.
    sqlite3_result_text(context, text.empty() ? "" : text.data(), int(text.size()),
                        SQLITE_TRANSIENT);
}

inline void resultError(sqlite3_context *context, const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    sqlite3_result_error(context, utf8.constData(), int(utf8.size()));
}

// "name takes 2 to 4 arguments": checks a variadic function's argument count.
bool checkArgumentCount(sqlite3_context *context, const char *name, int argc, int minimum,
                        int maximum);

} // namespace Trellis::Core::SqlFunctionsPrivate
