// The web worker that parses report files off the pane's thread (webpack bundles it as its own
// chunk; see spawn-parse-worker.ts). Everything it does is in the handler.

import { createParseHandler, type ParseReply, type ParseRequest } from './parse-worker-handler';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createParseHandler();

scope.onmessage = (event) => {
  const reply = handle(event.data);
  if (reply !== undefined) scope.postMessage(reply);
};
