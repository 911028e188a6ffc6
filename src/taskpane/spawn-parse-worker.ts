// Starts the parse worker. Only the pane's entry point imports this file: webpack turns the
// `new Worker(new URL(..., import.meta.url))` pattern into a separate chunk, which ts-loader
// compiles as an ES module (webpack.config.js sets module esnext). Jest and the type check use
// CommonJS, where import.meta does not exist, hence the expected error below. The pattern
// must stay in one expression, or webpack copies the file as an asset instead of bundling it.

export function spawnParseWorker(): Worker {
  return new Worker(
    // @ts-expect-error -- import.meta exists in the ES module build webpack makes of this file.
    new URL('./parse-worker.ts', import.meta.url),
  );
}
