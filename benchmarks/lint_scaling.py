"""Whether the lint's work grows in step with the content: a mod of N alike reactions
(same role, concept and criteria, the case a quadratic check chokes on) and M new roles,
linted at N and at 4N. Prints the time of each and the ratio; asserts nothing.

    python benchmarks/lint_scaling.py [N]

Linear work gives a ratio near 4; a quadratic check gives near 16. The baseline (N) is
measured in the same run, so the figure holds on a loaded machine too.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.checks import lint_game  # noqa: E402
from game.paths import default_paths  # noqa: E402


def write_mod(folder: Path, rules: int) -> Path:
    (folder / "dialogue").mkdir(parents=True)
    (folder / "mod.yaml").write_text("name: Many\nversion: 1\n", encoding="utf-8")
    lines = ["roles:"]
    roles = max(1, rules // 10)
    lines += [f"  many_{n}: {{name: Many {n}}}" for n in range(roles)]
    lines.append("reactions:")
    for n in range(rules):
        lines += [f"  - id: many.{n}", "    role: child", "    concept: greet",
                  "    when: {face: bandages}", f"    weight: {1 + n % 7}",
                  f"    lines: [{{id: many.{n}.1, text: 'Hello {n}.'}}]"]
    (folder / "dialogue" / "many.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def lint_seconds(rules: int) -> float:
    with tempfile.TemporaryDirectory() as home:
        paths = default_paths({"BORROWED_FACE_HOME": home})
        mod = write_mod(Path(home) / "many", rules)
        started = time.perf_counter()
        lint_game(paths, [mod])
        return time.perf_counter() - started


def main() -> None:
    base = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    small = min(lint_seconds(base) for _ in range(2))
    large = min(lint_seconds(base * 4) for _ in range(2))
    print(f"lint, {base} alike rules: {small:.2f} s; {base * 4}: {large:.2f} s; "
          f"ratio {large / small:.1f} (linear ~4, quadratic ~16)")


if __name__ == "__main__":
    main()
