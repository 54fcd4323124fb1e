#!/usr/bin/python3
"""The reference figures for bench_jinja: the same two measurements with Jinja2.

    /usr/bin/python3 tests/bench/bench_jinja2.py [seconds for (a)] [a|b]

As with bench_jinja, the second argument runs one part only.
"""

import json
import os
import sys
import time

import jinja2

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "jinja", "bench")


def small_model(i):
    """The i-th small model, identical to smallModel() in bench_jinja.cpp."""
    return (
        "-- model %d\n"
        "{%%- set cols = columns[:%d] %%}\n"
        "{%%- macro col(name, position) %%}{{ name }} as {{ name }}_{{ position }}{%% endmacro %%}\n"
        "select\n"
        "{%%- for c in cols %%}\n"
        "    {{ col(c, loop.index) }}{{ ',' if not loop.last }}\n"
        "{%%- endfor %%}\n"
        "from {{ schema }}.source_%d\n"
        "where id > %d{%% if flag %%} and active{%% endif %%}\n" % (i, 3 + i % 7, i, i)
    )


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    if only != "b":
        measure_renders(seconds)
    if only != "a":
        measure_small_models()


def measure_renders(seconds):
    env = jinja2.Environment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    with open(os.path.join(DATA, "model.sql.jinja"), encoding="utf-8") as f:
        template = env.from_string(f.read())
    with open(os.path.join(DATA, "context.json"), encoding="utf-8") as f:
        context = json.load(f)
    for _ in range(20):
        output = template.render(**context)
    renders = 0
    cpu_start = time.process_time()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(20):
            template.render(**context)
        renders += 20
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    # CPU time as well: on a shared machine it is steadier than wall time (as in bench_jinja).
    print("(a) model.sql.jinja (%d bytes out): %.0f renders/s (%.1f us per render; "
          "%.0f renders per CPU second)"
          % (len(output.encode()), renders / elapsed, elapsed * 1e6 / renders, renders / cpu))


def measure_small_models():
    small_context = {
        "columns": ["id", "name", "email", "created_at", "updated_at", "status", "amount", "country", "plan"],
        "schema": "raw",
        "flag": True,
    }
    fresh = jinja2.Environment(extensions=["jinja2.ext.do", "jinja2.ext.loopcontrols"])
    start = time.perf_counter()
    total = 0
    for i in range(10000):
        total += len(fresh.from_string(small_model(i)).render(**small_context).encode())
    print("(b) 10000 distinct small models parsed + rendered on one thread: %.0f ms (%d bytes out)"
          % ((time.perf_counter() - start) * 1e3, total))


if __name__ == "__main__":
    main()
