// A JupyterLab 4 plugin with no UI: when a notebook whose metadata says
// {"workshop": {"autorun": true}} opens, run its code cells once, so the exercises appear
// without Run All; when the page itself opens such a notebook, its kernel starts while the
// page loads. Other notebooks are left alone. Build: `make labextension`.
import { SessionContext } from '@jupyterlab/apputils';
import { CodeCell } from '@jupyterlab/cells';
import { PageConfig, PathExt } from '@jupyterlab/coreutils';
import { INotebookTracker } from '@jupyterlab/notebook';

/** Whether a notebook's "workshop" metadata asks for it to be run when it opens. */
function wantsAutorun(workshop) {
  return Boolean(workshop && workshop.autorun === true);
}

/** The notebook the page's address opens: /lab/tree/<path> in JupyterLab, ?path=<path> in
 * JupyterLite; null for anything else. */
function notebookInAddress() {
  const path = PageConfig.getOption('treePath') ||
    new URLSearchParams(window.location.search).get('path') || '';
  return path.endsWith('.ipynb') ? decodeURIComponent(path) : null;
}

/** Start the session of the workshop notebook at ``path`` now, while the page loads (a
 * second or more), rather than once the notebook is drawn. The notebook takes it, as it takes
 * any session already running on its path. Resolves with the session, or null. */
async function startEarly(services, path) {
  const [file] = await Promise.all([
    services.contents.get(path, { content: true }),
    services.kernelspecs.ready
  ]);
  const metadata = (file.content && file.content.metadata) || {};
  const name = SessionContext.getDefaultKernel({
    specs: services.kernelspecs.specs,
    sessions: services.sessions.running(),
    preference: {
      name: metadata.kernelspec && metadata.kernelspec.name,
      language: metadata.language_info && metadata.language_info.name
    }
  });
  if (!wantsAutorun(metadata.workshop) || !name) {
    return null;
  }
  const local = services.contents.localPath(path);
  // this connection leaves comms alone: the notebook's widget manager handles them
  return services.sessions.startNew(
    { path: local, type: 'notebook', name: PathExt.basename(local), kernel: { name } },
    { kernelConnectionOptions: { handleComms: false } }
  );
}

/** Once the notebook of an early session is ready, close the early connection (the notebook
 * has its own), and shut the session down if the notebook started its own kernel first. */
async function handOver(early, sessionContext) {
  const session = await early;
  if (!session) {
    return;
  }
  const kernel = session.kernel;
  await sessionContext.ready;
  const taken = sessionContext.session && sessionContext.session.kernel;
  if (!taken || !kernel || taken.id !== kernel.id) {
    await session.shutdown();
  }
  await settled(kernel); // closing a websocket mid-handshake makes the server log an error
  session.dispose();
}

/** Resolve once a kernel connection is no longer connecting. */
function settled(kernel) {
  return new Promise(resolve => {
    const check = () => {
      if (!kernel || kernel.isDisposed || kernel.connectionStatus !== 'connecting') {
        if (kernel) {
          kernel.connectionStatusChanged.disconnect(check);
        }
        resolve();
      }
    };
    if (kernel) {
      kernel.connectionStatusChanged.connect(check);
    }
    check();
  });
}

/** Resolve with the kernel once it is connected and idle (a Pyodide kernel takes ~10 s).
 * Waiting for sessionContext.ready alone is not enough: a run sent while the kernel is
 * still starting is dropped, and Lab says nothing. */
async function kernelReady(sessionContext) {
  await sessionContext.ready;
  for (;;) {
    if (sessionContext.isDisposed) {
      return null;
    }
    const kernel = sessionContext.session && sessionContext.session.kernel;
    if (kernel && kernel.connectionStatus === 'connected' && kernel.status === 'idle') {
      return kernel;
    }
    await new Promise(resolve => {
      const signals = [
        sessionContext.statusChanged,
        sessionContext.connectionStatusChanged,
        sessionContext.kernelChanged,
        sessionContext.disposed
      ];
      const changed = () => {
        signals.forEach(signal => signal.disconnect(changed));
        resolve();
      };
      signals.forEach(signal => signal.connect(changed));
    });
  }
}

/** Run every code cell of ``panel`` in order, as Run All would, without moving the view. */
async function runCodeCells(panel) {
  await panel.context.ready;
  if (!wantsAutorun(panel.context.model.getMetadata('workshop'))) {
    return;
  }
  panel.addClass('workshop-notebook'); // style/index.css: no placeholders for hidden code
  const kernel = await kernelReady(panel.sessionContext);
  if (!kernel || panel.isDisposed) {
    return;
  }
  const cells = panel.content.widgets.filter(cell => cell.model.type === 'code');
  // Sent together, the requests queue in the kernel in notebook order.
  await Promise.all(cells.map(cell => CodeCell.execute(cell, panel.sessionContext)));
  // What the run drew is not the learner's work (answers are saved by the kit): closing the
  // notebook should not ask to save it, and autosave should not rewrite the file.
  if (!panel.isDisposed) {
    panel.context.model.dirty = false;
  }
}

const plugin = {
  id: 'workshop-autorun:plugin',
  description: 'Runs the code cells of a workshop notebook once when it opens.',
  autoStart: true,
  requires: [INotebookTracker],
  activate: (app, tracker) => {
    const path = notebookInAddress();
    const early = new Map();
    if (path) {
      early.set(app.serviceManager.contents.localPath(path),
                startEarly(app.serviceManager, path).catch(error => {
                  console.error('workshop-autorun: could not start the kernel early', error);
                  return null;
                }));
    }
    tracker.widgetAdded.connect((_, panel) => {
      const started = early.get(panel.sessionContext.path);
      if (started) {
        early.delete(panel.sessionContext.path);
        handOver(started, panel.sessionContext).catch(error => {
          console.error('workshop-autorun: could not hand the kernel over', error);
        });
      }
      runCodeCells(panel).catch(error => {
        console.error('workshop-autorun: could not run the notebook', error);
      });
    });
  }
};

export default plugin;
