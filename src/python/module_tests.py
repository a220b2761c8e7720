# grind module tests: what both module runners share (module_runner.py runs one test in a
# fresh interpreter, module_fork.py forks a child per test from a warm one): listing a test
# file's tests, compiling it with its asserts rewritten, running one test and describing how it
# ended. grind runs this file after channel.py and in front of one of them, as one script.
#
# Every test pays for what this file imports, so it imports only `ast` (to rewrite the asserts
# of the test file) and what is already loaded; `traceback` only when a test fails.
import ast
import builtins
import os
import sys
import types

_real_stdout = sys.stdout
builtins.exit = builtins.quit = sys.exit
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def _clip(text, limit=4000):
    return text if len(text) <= limit else text[:limit] + "..."


def collect(tree):
    """Test names in definition order: top-level `def test_*()` and `test_*` methods of
    top-level classes deriving from something named `TestCase` (grind's static scan,
    src/catalog/module.rs, must agree: `grind verify` compares the two)."""
    names = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            names.append(node.name)
        elif isinstance(node, ast.ClassDef) and any(_base_name(b) == "TestCase" for b in node.bases):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name.startswith("test_"):
                    names.append(node.name + "." + item.name)
    return names


def _base_name(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _RewriteAsserts(ast.NodeTransformer):
    """`assert a == b` becomes code that evaluates `a` and `b` once and, when the comparison
    fails, raises an AssertionError naming both values (as pytest does, in miniature)."""

    def __init__(self, source):
        self.source = source
        self.count = 0

    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        return node

    def visit_Assert(self, node):
        if node.msg is not None:
            return node
        text = ast.get_source_segment(self.source, node.test) or "..."
        self.count += 1
        k = self.count
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left, right = "_grind_l%d" % k, "_grind_r%d" % k
            stmts = [
                ast.Assign(targets=[ast.Name(left, ast.Store())], value=test.left),
                ast.Assign(targets=[ast.Name(right, ast.Store())], value=test.comparators[0]),
                ast.If(
                    test=ast.UnaryOp(ast.Not(), ast.Compare(ast.Name(left, ast.Load()), test.ops,
                                                            [ast.Name(right, ast.Load())])),
                    body=[ast.Raise(exc=ast.Call(
                        func=ast.Name("_grind_compare_failed", ast.Load()),
                        args=[ast.Constant(text), ast.Name(left, ast.Load()), ast.Name(right, ast.Load())],
                        keywords=[]), cause=None)],
                    orelse=[]),
            ]
        else:
            value = "_grind_v%d" % k
            stmts = [
                ast.Assign(targets=[ast.Name(value, ast.Store())], value=test),
                ast.If(
                    test=ast.UnaryOp(ast.Not(), ast.Name(value, ast.Load())),
                    body=[ast.Raise(exc=ast.Call(
                        func=ast.Name("_grind_assert_failed", ast.Load()),
                        args=[ast.Constant(text), ast.Name(value, ast.Load())],
                        keywords=[]), cause=None)],
                    orelse=[]),
            ]
        for s in stmts:
            ast.copy_location(s, node)
        return stmts


def _show(value):
    text = repr(value)
    return text if len(text) <= 300 else text[:300] + "..."


def _grind_compare_failed(text, left, right):
    return AssertionError("assert %s\n  left:  %s\n  right: %s" % (text, _show(left), _show(right)))


def _grind_assert_failed(text, value):
    return AssertionError("assert %s (it was %s)" % (text, _show(value)))


def parse_tests(path, data):
    """The syntax tree of the test file `path` (its bytes `data`), asserts rewritten."""
    source = data.decode("utf-8")
    tree = ast.parse(source, path)
    tree = _RewriteAsserts(source).visit(tree)
    ast.fix_missing_locations(tree)
    return tree


def compile_tests(path, data):
    """The test file `path` (its bytes `data`) compiled with its asserts rewritten; nothing of
    it runs."""
    return compile(parse_tests(path, data), path, "exec")


def exec_tests(path, code):
    """Runs the compiled test file as the module `tests` (which imports the solution)."""
    module = types.ModuleType("tests")
    module.__file__ = path
    module.__dict__.update(_grind_compare_failed=_grind_compare_failed,
                           _grind_assert_failed=_grind_assert_failed)
    sys.modules["tests"] = module
    exec(code, module.__dict__)
    return module


def load_tests(path):
    with open(path, "rb") as f:
        data = f.read()
    return exec_tests(path, compile_tests(path, data))


def _format(exc):
    """The traceback of `exc` through the solution and the tests only: frames of the runner,
    of grind_testing and of the standard library (unittest's machinery) are left out."""
    try:
        import traceback
    except BaseException:  # the solution broke imports: the exception's own line, at least
        return _clip("%s: %s" % (type(exc).__name__, exc))
    here = os.getcwd() + os.sep
    frames = []
    for f in traceback.extract_tb(exc.__traceback__):
        path = os.path.abspath(f.filename)
        name = os.path.relpath(path, here) if path.startswith(here) else None
        if name is None or name in ("grind_testing.py", os.path.basename(__file__)):
            continue
        f.filename = name
        frames.append(f)
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return _clip("".join(lines))


def _outcome(exc):
    if exc is None:
        return {"outcome": "pass"}
    kind = "fail" if isinstance(exc, AssertionError) else "error"
    message = str(exc)
    return {"outcome": kind, "type": type(exc).__name__, "message": _clip(message, 2000),
            "traceback": _format(exc)}


def run_function(func):
    try:
        func()
    except BaseException as e:  # the test's outcome, whatever it is
        return e
    return None


def run_case(cls, method):
    import unittest

    class Result(unittest.TestResult):
        def __init__(self):
            super().__init__()
            self.exc = None

        def addFailure(self, test, err):
            self.exc = self.exc or err[1]

        def addError(self, test, err):
            self.exc = self.exc or err[1]

    result = Result()
    suite = unittest.TestSuite([cls(method)])
    suite.run(result)
    if result.exc is None and result.errors:
        return RuntimeError(result.errors[0][1])
    return result.exc


def run_one(load, name, send):
    """Loads the tests (`load()`, which imports the solution) and runs the test `name`,
    reporting through `send`: {"e":"start"} then the result, or the result of a failed import,
    or {"e":"missing"}."""
    try:
        module = load()
    except BaseException as e:  # importing the tests imports the solution: its errors land here
        sys.stdout = _real_stdout
        rec = {"e": "result"}
        rec.update(_outcome(e))
        rec["outcome"] = "error"
        rec["stage"] = "import"
        send(rec)
        return
    cls_name, _, method = name.partition(".")
    target = getattr(module, cls_name, None)
    if target is None or (method and not hasattr(target, method)):
        send({"e": "missing"})
        return
    send({"e": "start"})
    exc = run_case(target, method) if method else run_function(target)
    sys.stdout = _real_stdout
    rec = {"e": "result"}
    rec.update(_outcome(exc))
    send(rec)
