/**
 * The data files' SHA-256, off the page's main thread (sha256-browser.ts posts { id, bytes }, a copy of
 * the file; this answers { id, hex } or { id, error }).
 */
import { sha256OnThisThread } from './sha256';

// The worker's global scope, typed without the webworker lib (which clashes with the DOM lib here).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; bytes: Uint8Array }>) => void) | null;
  postMessage(message: { id: number; hex?: string | null; error?: string }): void;
};

scope.onmessage = async (event) => {
  const { id, bytes } = event.data;
  try {
    scope.postMessage({ id, hex: await sha256OnThisThread(bytes) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
