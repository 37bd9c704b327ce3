// A JupyterLab 4 plugin with no UI: when a notebook whose metadata says
// {"workshop": {"autorun": true}} opens, run its code cells once, so the exercises appear
// without Run All. Other notebooks are left alone. Build: `make labextension`.
import { CodeCell } from '@jupyterlab/cells';
import { INotebookTracker } from '@jupyterlab/notebook';

/** Whether the notebook asks to be run when it opens. */
function wantsAutorun(panel) {
  const workshop = panel.context.model.getMetadata('workshop');
  return Boolean(workshop && workshop.autorun === true);
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
  if (!wantsAutorun(panel)) {
    return;
  }
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
    tracker.widgetAdded.connect((_, panel) => {
      runCodeCells(panel).catch(error => {
        console.error('workshop-autorun: could not run the notebook', error);
      });
    });
  }
};

export default plugin;
