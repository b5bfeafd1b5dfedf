// The page's first WebGL context waits for the GPU process to bring its renderer up: with
// SwiftShader that held the main thread for 0.3–0.5 s inside MapLibre's constructor. A
// context made here first moves that wait to this worker (see map/gpu-warmup.ts).
const canvas = new OffscreenCanvas(1, 1);
const gl = canvas.getContext('webgl2');
// A question to the context is what waits for the GPU process to answer.
gl?.getSupportedExtensions();
self.postMessage(gl !== null);
