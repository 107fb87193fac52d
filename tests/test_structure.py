"""The layout a newcomer relies on: no import circles in `service/` (a lazy import inside a
function counts: it ties the modules all the same), and no module or function past its size."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICE = Path(__file__).resolve().parents[1] / "service"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SERVICE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The modules of `service` that `path` imports anywhere in its body (relative or absolute)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else (node.module or "")
            for alias in node.names:
                # `from . import x` names a module when x is one
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles_in_service():
    paths = sorted(SERVICE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    # A package's __init__ is imported with any of its modules: only its own imports count.
    graph = {module_name(p): imports_of(p, modules) for p in paths}
    assert circles(graph) == []


def test_the_circle_finder_finds_a_lazy_import_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_or_function_over_its_size():
    too_long = []
    for path in sorted(SERVICE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{path.relative_to(SERVICE)}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.relative_to(SERVICE)}:{node.lineno} {node.name}: {lines} lines")
    assert too_long == []


def _module_level_re_compiles(source: str) -> list[int]:
    """Lines where `re.compile(` runs when the module is imported (outside every function)."""
    found: list[int] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "compile"
                    and isinstance(child.func.value, ast.Name) and child.func.value.id == "re"):
                found.append(child.lineno)
            walk(child)

    walk(ast.parse(source))
    return found


def test_module_patterns_are_compiled_through_the_cache():
    """A module constant compiled with re.compile is compiled again at every start (service/re_cache.py)."""
    found = [f"{path.relative_to(SERVICE)}:{line}" for path in sorted(SERVICE.rglob("*.py"))
             if path.name != "re_cache.py" for line in _module_level_re_compiles(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_pattern_check_sees_module_constants_only():
    source = "import re\nA = re.compile('a')\nB = {'b': re.compile('b')}\ndef f():\n    return re.compile('c')\n"
    assert _module_level_re_compiles(source) == [2, 3]
