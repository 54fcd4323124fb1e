// Benchmarks the Jinja engine: (a) renders of one realistic 200-line dbt model per second,
// (b) parse + render of 10,000 distinct small models on one thread. bench_jinja2.py measures
// the same two things with the reference Jinja2 so the figures can be compared.

#include "core/jinja/environment.h"
#include "core/jinja/jsonconversion.h"

#include <QFile>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

using namespace Trellis::Core::Jinja;
using Clock = std::chrono::steady_clock;

namespace {

std::string readFile(const char *path)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", path);
        std::exit(1);
    }
    return file.readAll().toStdString();
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of this process: on a shared machine a render's cost shows more steadily here
// than in wall time, which includes the time other processes held the core.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// The i-th small model: distinct text (so the parse cache never hits), 3 to 9 columns.
std::string smallModel(int i)
{
    const std::string index = std::to_string(i);
    return "-- model " + index
        + "\n"
          "{%- set cols = columns[:"
        + std::to_string(3 + i % 7)
        + "] %}\n"
          "{%- macro col(name, position) %}{{ name }} as {{ name }}_{{ position }}{% endmacro %}\n"
          "select\n"
          "{%- for c in cols %}\n"
          "    {{ col(c, loop.index) }}{{ ',' if not loop.last }}\n"
          "{%- endfor %}\n"
          "from {{ schema }}.source_"
        + index
        + "\n"
          "where id > "
        + index + "{% if flag %} and active{% endif %}\n";
}

} // namespace

int main(int argc, char **argv)
{
    // bench_jinja [seconds for (a)] [a|b]: the second argument runs one part only (profiling).
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    const std::string only = argc > 2 ? argv[2] : std::string();
    if (only != "b") {
        const std::string source = readFile(TRELLIS_TEST_DATA_DIR "/jinja/bench/model.sql.jinja");
        const std::string contextJson = readFile(TRELLIS_TEST_DATA_DIR "/jinja/bench/context.json");
        auto context = JsonConversion::parse(contextJson);
        if (!context) {
            std::fprintf(stderr, "bad context: %s\n", qPrintable(context.error().toString()));
            return 1;
        }

        const Environment environment;
        auto parsed = environment.parse(source, "model.sql.jinja");
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error().toString()));
            return 1;
        }
        std::size_t outputBytes = 0;
        for (int i = 0; i < 100; ++i)
            outputBytes = environment.render(**parsed, *context)->size();
        long renders = 0;
        const double cpuStart = cpuSeconds();
        const auto start = Clock::now();
        while (secondsSince(start) < seconds) {
            for (int i = 0; i < 100; ++i) {
                auto output = environment.render(**parsed, *context);
                if (!output) {
                    std::fprintf(stderr, "%s\n", qPrintable(output.error().toString()));
                    return 1;
                }
            }
            renders += 100;
        }
        const double elapsed = secondsSince(start);
        const double cpu = cpuSeconds() - cpuStart;
        std::printf("(a) model.sql.jinja (%zu bytes out): %.0f renders/s (%.1f us per render; "
                    "%.0f renders per CPU second)\n",
                    outputBytes, double(renders) / elapsed, elapsed * 1e6 / double(renders),
                    double(renders) / cpu);
    }
    if (only == "a")
        return 0;

    auto smallContext = JsonConversion::parse(
        R"({"columns": ["id", "name", "email", "created_at", "updated_at", "status", "amount", "country", "plan"],
            "schema": "raw", "flag": true})");
    const Environment fresh;
    const auto smallStart = Clock::now();
    std::size_t total = 0;
    for (int i = 0; i < 10000; ++i) {
        auto output = fresh.renderString(smallModel(i), "model_" + std::to_string(i) + ".sql",
                                         *smallContext);
        if (!output) {
            std::fprintf(stderr, "%s\n", qPrintable(output.error().toString()));
            return 1;
        }
        total += output->size();
    }
    std::printf("(b) 10000 distinct small models parsed + rendered on one thread: %.0f ms (%zu "
                "bytes out)\n",
                secondsSince(smallStart) * 1e3, total);
    return 0;
}
