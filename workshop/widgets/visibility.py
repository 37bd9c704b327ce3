"""Showing and hiding parts of a view, in values every venue's page understands."""

from __future__ import annotations

from typing import Final

#: ``layout.display`` of a hidden part
HIDDEN: Final = "none"
#: ``layout.display`` of a part shown again: the page's own default. Not None, though None means
#: the same in JupyterLab: the offline site's kernel (Pyodide) sends None to the page as
#: "undefined", which the page ignores, so a part once hidden stayed hidden there.
SHOWN: Final = ""
