// The TensorFlow.js functions docs/javascripts/hinge-check/tracker.js uses,
// and nothing else: scripts/vendor-tracker bundles this file with esbuild
// into docs/vendor/tracker/tfjs.esm.js. Importing by name lets esbuild drop
// the rest of tfjs-core it can (the converter still needs most of its ops).
export {
  browser, cast, dispose, enableProdMode, expandDims, image, io, pad, ready, setBackend, tidy,
} from "@tensorflow/tfjs-core";
export { loadGraphModel } from "@tensorflow/tfjs-converter";
export { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
