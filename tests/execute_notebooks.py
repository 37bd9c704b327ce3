"""Re-execute every notebook in place (for maintainers): `make notebooks`.

Outputs are committed so that nbval has something to compare; this keeps them current.
Cells are run in a fresh kernel from the notebook's own folder, as a learner would.

Widgets are saved as their plain text only ("Loading the exercise ..."), without widget
state: that text is what a learner sees until the notebook's cells run on open (the
workshop-autorun extension). A saved widget would show as "Error displaying widget" or as a
dead copy that ignores clicks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def execute(path: Path) -> None:
    """Run ``path`` top to bottom and save it with its new outputs."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in paths:
        execute(path)
        print(f"executed {path.relative_to(ROOT) if path.is_absolute() else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
