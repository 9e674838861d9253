// The workbench's Web Worker: checks and imports data files off the page's thread, so that a
// 10 MB file never freezes the page. It loads the dashboard's own bundle (URLs sent by the
// page: Trunk names them with a hash) and calls its exported workbench functions.
let bundle = null;

self.onmessage = async (event) => {
  const { module, wasm, call, args } = event.data;
  try {
    if (bundle === null) {
      bundle = import(module).then(async (m) => {
        await m.default({ module_or_path: wasm });
        return m;
      });
    }
    const m = await bundle;
    if (!call.startsWith('workbench_') || typeof m[call] !== 'function') {
      throw new Error(`unknown function ${call}`);
    }
    self.postMessage({ result: m[call](...args) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
