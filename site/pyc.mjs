// Compile the wheels in a folder (and Pyodide's python_stdlib.zip, if there) to bytecode with
// Pyodide's own Python, so that the site's kernel imports them without compiling every module
// in the browser first.
// node site/pyc.mjs <pyodide runtime folder> <wheel folder> <site/pyc.py>
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [runtime, wheels, script] = process.argv.slice(2).map((p) => path.resolve(p));
const { loadPyodide } = await import(pathToFileURL(path.join(runtime, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: runtime + path.sep });
pyodide.FS.mkdirTree("/wheels");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: wheels }, "/wheels");
pyodide.runPython(readFileSync(script, "utf8"));
