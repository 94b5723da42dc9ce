/**
 * SHA-256 of a data file, as the manifest lists it (lower-case hex). `Sha256` is how the loaders get it:
 * here on the calling thread (Node, tests, and the browser's fallback) or in a worker
 * (sha256-browser.ts), since Chromium's crypto.subtle.digest runs on the calling thread (~8 ms per MB:
 * 131 ms for 16 MB in Chromium 156, bench/profile/digest.ts).
 */
export type Sha256 = (bytes: Uint8Array) => Promise<string | null>;

export function hexOf(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** On this thread; null where Web Crypto is missing (an insecure origin), so the check is skipped. */
export const sha256OnThisThread: Sha256 = async (bytes) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  return hexOf(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
};
