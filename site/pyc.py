"""Run inside Pyodide (site/pyc.mjs): add bytecode to every wheel in /wheels, in place.

Each module gets __pycache__/<name>.<cache tag>.pyc of this exact Python, marked as an
unchecked hash: the browser never compiles the module again, and the source stays for
tracebacks. RECORD lists the new files.
"""

import base64
import hashlib
import importlib.util
import os
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]

TAG = sys.implementation.cache_tag


def record_line(name: str, data: bytes) -> str:
    """A RECORD line: path, sha256 in urlsafe base64 without padding, size."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def compile_wheel(path: str) -> int:
    """Add bytecode to the wheel at ``path``; return how many modules were compiled."""
    with zipfile.ZipFile(path) as old:
        entries = [(info, old.read(info)) for info in old.infolist()]
    names = {info.filename for info, _ in entries}
    if any(f".{TAG}.pyc" in name for name in names):
        return 0
    added = []
    for info, data in entries:
        if not info.filename.endswith(".py") or ".data/" in info.filename:
            continue
        try:
            code = compile(data, info.filename, "exec", dont_inherit=True)
        except SyntaxError:
            continue  # never imported here (a Python 2 leftover, a template): keep as is
        pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
        added.append((importlib.util.cache_from_source(info.filename), bytes(pyc)))
    temp = path + ".tmp"
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in entries:
            if info.filename.endswith(".dist-info/RECORD"):
                lines = data.decode().rstrip("\n").split("\n")
                lines += [record_line(name, pyc) for name, pyc in added]
                data = ("\n".join(lines) + "\n").encode()
            new.writestr(info, data)
        for name, pyc in added:
            new.writestr(name, pyc)
    os.replace(temp, path)
    return len(added)


for wheel in sorted(os.listdir("/wheels")):
    if wheel.endswith(".whl"):
        print(wheel, compile_wheel(os.path.join("/wheels", wheel)))
