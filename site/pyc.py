"""Run inside Pyodide (site/pyc.mjs): add bytecode to every wheel in /wheels, in place,
and to the standard library's zip (python_stdlib.zip) if it is there too.

Each module of a wheel gets __pycache__/<name>.<cache tag>.pyc of this exact Python, marked as
an unchecked hash: the browser never compiles the module again, and the source stays for
tracebacks. RECORD lists the new files. In the standard library's zip, which Python imports
from with zipimport, the bytecode goes beside each module (<name>.pyc), where zipimport looks:
Pyodide ships only the sources, so without it the kernel compiles ~400 modules at each start.
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


def compile_stdlib(path: str) -> int:
    """Add <name>.pyc beside each module of the standard library's zip at ``path``."""
    # the code objects carry the path the browser imports them from, as compiling there would
    where = next(p for p in sys.path if p.endswith(".zip"))
    with zipfile.ZipFile(path) as old:
        entries = [(info, old.read(info)) for info in old.infolist()]
    names = {info.filename for info, _ in entries}
    if any(name.endswith(".pyc") for name in names):
        return 0
    added = []
    for info, data in entries:
        if not info.filename.endswith(".py") or info.filename + "c" in names:
            continue
        try:
            code = compile(data, f"{where}/{info.filename}", "exec", dont_inherit=True)
        except SyntaxError:
            continue  # a test fixture or template, never imported: keep as is
        pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
        added.append((info.filename + "c", bytes(pyc)))
    temp = path + ".tmp"
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in entries:
            new.writestr(info, data)
        for name, pyc in added:
            new.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), pyc,
                         zipfile.ZIP_DEFLATED)
    os.replace(temp, path)
    return len(added)


for wheel in sorted(os.listdir("/wheels")):
    if wheel.endswith(".whl"):
        print(wheel, compile_wheel(os.path.join("/wheels", wheel)))
    elif wheel == "python_stdlib.zip":
        print(wheel, compile_stdlib(os.path.join("/wheels", wheel)))
