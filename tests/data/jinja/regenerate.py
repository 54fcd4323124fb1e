#!/usr/bin/python3
"""Oracle for Trellis's Jinja differential-test corpus.

Renders every case under tests/data/jinja/ with the reference Jinja2
(Debian's python3-jinja2, 3.1.x) configured the way dbt configures it, and
writes (or, with --check, verifies) the expectation files next to each case.

    /usr/bin/python3 tests/data/jinja/regenerate.py           # rewrite expectations
    /usr/bin/python3 tests/data/jinja/regenerate.py --check   # exit 1 on any drift

See README.md in this directory for the file formats.
"""

import argparse
import json
import os
import re
import sys
import traceback

# The oracle is Debian's python3-jinja2 under Debian's interpreter. Another
# python3 earlier on PATH may carry a different Jinja2 (or none): hand over to
# the reference interpreter so `python3 regenerate.py` gives the same answers.
REFERENCE_PYTHON = "/usr/bin/python3"
REFERENCE_JINJA2 = "3.1.2"
_NO_REEXEC = "TRELLIS_JINJA_ORACLE_NO_REEXEC"
if (
    os.path.exists(REFERENCE_PYTHON)
    and os.path.realpath(sys.executable) != os.path.realpath(REFERENCE_PYTHON)
    and not os.environ.get(_NO_REEXEC)
):
    os.environ[_NO_REEXEC] = "1"
    os.execv(REFERENCE_PYTHON, [REFERENCE_PYTHON, os.path.abspath(__file__)] + sys.argv[1:])

try:
    import jinja2
except ImportError:  # pragma: no cover - environment problem, not a test failure
    sys.exit(
        "regenerate.py: jinja2 is not importable from %s; install Debian's "
        "python3-jinja2 and run it with /usr/bin/python3" % sys.executable
    )

ROOT = os.path.dirname(os.path.abspath(__file__))
RENDER_DIR = "render"
ERRORS_DIR = "errors"
TEMPLATE = "template.jinja"
CONTEXT = "context.json"
EXPECTED_RENDER = "expected.txt"
EXPECTED_ERROR = "expected-error.json"
# Trellis's own wording of an error case, written by hand next to Jinja2's expectation.
EXPECTED_MESSAGE = "expected-message.txt"
KNOWN_FILES = {TEMPLATE, CONTEXT, EXPECTED_RENDER, EXPECTED_ERROR, EXPECTED_MESSAGE}

# The exact dbt configuration: these two extensions, everything else default.
EXTENSIONS = ["jinja2.ext.do", "jinja2.ext.loopcontrols"]

# Output that embeds an object address would make the corpus nondeterministic.
ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]+")


class CorpusError(Exception):
    """A problem with the corpus itself (not a Jinja2 result)."""


def read_text(path):
    with open(path, "r", encoding="utf-8", newline="") as f:
        return f.read()


def load_context(case_dir):
    path = os.path.join(case_dir, CONTEXT)
    if not os.path.exists(path):
        return {}
    with open(path, "r", encoding="utf-8", newline="") as f:
        ctx = json.load(f)
    if not isinstance(ctx, dict):
        raise CorpusError("%s: context.json must hold a JSON object" % path)
    return ctx


def make_environment(source, filename):
    """A fresh Environment per case whose only template is `source`.

    The template is loaded through a loader so that it carries `filename`;
    Jinja2 then rewrites runtime tracebacks into frames with that filename and
    the template's own line numbers.
    """

    def load(name):
        if name != TEMPLATE:
            return None
        return source, filename, lambda: True

    return jinja2.Environment(
        extensions=EXTENSIONS, loader=jinja2.FunctionLoader(load)
    )


def python_syntax_error_line(env, source, exc):
    """Map a Python SyntaxError raised while compiling the generated module
    (e.g. `{% break %}` outside a loop, duplicate macro argument) back to a
    template line, using the debug_info table Jinja2 writes into the module."""
    code = env.compile(source, name=TEMPLATE, raw=True)
    m = re.search(r"^debug_info = '([0-9=&]*)'$", code, re.M)
    if not m or exc.lineno is None:
        raise CorpusError("cannot map Python SyntaxError to a template line")
    best = None
    for pair in m.group(1).split("&"):
        if not pair:
            continue
        tpl_line, code_line = (int(x) for x in pair.split("="))
        if code_line <= exc.lineno:
            best = tpl_line
    if best is None:
        raise CorpusError("cannot map Python SyntaxError to a template line")
    return best


def run_case(case_dir, rel):
    """Returns ("render", text) or ("error", dict)."""
    source = read_text(os.path.join(case_dir, TEMPLATE))
    context = load_context(case_dir)
    filename = rel + "/" + TEMPLATE  # unique, stable, relative
    env = make_environment(source, filename)

    try:
        template = env.get_template(TEMPLATE)
    except jinja2.TemplateSyntaxError as exc:  # includes TemplateAssertionError
        return "error", {
            "kind": "syntax",
            "line": exc.lineno,
            "jinja2_message": exc.message if exc.message is not None else "",
            "jinja2_exception": type(exc).__name__,
        }
    except SyntaxError as exc:
        # Python rejected the module Jinja2 generated: still a compile-time
        # (syntax) error of the template.
        return "error", {
            "kind": "syntax",
            "line": python_syntax_error_line(env, source, exc),
            "jinja2_message": exc.msg,
            "jinja2_exception": type(exc).__name__,
        }

    try:
        return "render", template.render(context)
    except Exception as exc:  # any error raised while rendering
        line = None
        for frame in traceback.extract_tb(exc.__traceback__):
            if frame.filename == filename:
                line = frame.lineno
        if line is None:
            raise CorpusError(
                "%s: %s raised but no traceback frame belongs to the template"
                % (rel, type(exc).__name__)
            )
        return "error", {
            "kind": "runtime",
            "line": line,
            "jinja2_message": str(exc),
            "jinja2_exception": type(exc).__name__,
        }


def error_json(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def discover(kind_dir):
    """Sorted list of case directories (relative to ROOT) under kind_dir."""
    base = os.path.join(ROOT, kind_dir)
    found = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        if TEMPLATE in filenames:
            found.append(os.path.relpath(dirpath, ROOT).replace(os.sep, "/"))
    found.sort()
    return found


def build_expectations():
    """Returns (expectations, problems): expectations maps the path of each
    expectation file (relative to ROOT) to its exact text."""
    expectations = {}
    problems = []
    for kind_dir in (RENDER_DIR, ERRORS_DIR):
        for rel in discover(kind_dir):
            case_dir = os.path.join(ROOT, rel)
            for name in sorted(os.listdir(case_dir)):
                if name not in KNOWN_FILES:
                    problems.append("%s: unexpected file %s" % (rel, name))
            try:
                result, value = run_case(case_dir, rel)
            except CorpusError as exc:
                problems.append(str(exc))
                continue
            if kind_dir == RENDER_DIR:
                if result != "render":
                    problems.append(
                        "%s: render case failed: %s (line %s): %s"
                        % (rel, value["jinja2_exception"], value["line"],
                           value["jinja2_message"])
                    )
                    continue
                if ADDRESS_RE.search(value):
                    problems.append(
                        "%s: output contains an object address (nondeterministic)"
                        % rel
                    )
                    continue
                expectations[rel + "/" + EXPECTED_RENDER] = value
                if os.path.exists(os.path.join(case_dir, EXPECTED_ERROR)):
                    problems.append("%s: stray %s" % (rel, EXPECTED_ERROR))
            else:
                if result != "error":
                    problems.append(
                        "%s: error case rendered without error: %r" % (rel, value)
                    )
                    continue
                expectations[rel + "/" + EXPECTED_ERROR] = error_json(value)
                if os.path.exists(os.path.join(case_dir, EXPECTED_RENDER)):
                    problems.append("%s: stray %s" % (rel, EXPECTED_RENDER))
    return expectations, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 listing every case whose expectation differs or is missing",
    )
    args = parser.parse_args()
    if jinja2.__version__ != REFERENCE_JINJA2:
        print(
            "regenerate.py: warning: the corpus was generated with Jinja2 %s, "
            "this is Jinja2 %s (%s); differences may be version drift"
            % (REFERENCE_JINJA2, jinja2.__version__, sys.executable),
            file=sys.stderr,
        )

    expectations, problems = build_expectations()
    if problems:
        for p in problems:
            print("ERROR: " + p, file=sys.stderr)
        print("regenerate.py: %d corpus problem(s)" % len(problems), file=sys.stderr)
        return 2

    stale = []
    for rel_path in sorted(expectations):
        path = os.path.join(ROOT, rel_path)
        want = expectations[rel_path]
        have = read_text(path) if os.path.exists(path) else None
        if have == want:
            continue
        stale.append((rel_path, "missing" if have is None else "differs"))
        if not args.check:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(want)

    n_render = sum(1 for p in expectations if p.endswith(EXPECTED_RENDER))
    n_error = len(expectations) - n_render
    if args.check:
        for rel_path, why in stale:
            print("%s: %s" % (why, os.path.dirname(rel_path)))
        print(
            "jinja corpus: %d render + %d error cases, %d out of date (Jinja2 %s)"
            % (n_render, n_error, len(stale), jinja2.__version__)
        )
        return 1 if stale else 0
    print(
        "jinja corpus: %d render + %d error cases, %d expectation file(s) written (Jinja2 %s)"
        % (n_render, n_error, len(stale), jinja2.__version__)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
