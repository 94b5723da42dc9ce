/**
 * The view state lives in the URL's query string (a copied link reproduces the view; back/forward
 * work). Read only in the browser: prerendering has no query string, so pages prerender the defaults.
 *
 * A filter change on the same page is a shallow history entry (SvelteKit's pushState/replaceState),
 * not a navigation: the page and its data stay, and SvelteKit's navigation work per change (~30 ms
 * measured at 100k, most of it a forced layout while saving the scroll position) is skipped. SvelteKit
 * then keeps `page.url` at the last real navigation, so the state is read from `location` and
 * re-read when SvelteKit navigates or restores an entry (page.url), when setState writes, and on
 * back/forward (popstate).
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { decodeState, encodeState } from '$lib/filters/url-state';
import { defaultViewState, type ViewState } from '$lib/filters/view-state';

type Decoded = { state: ViewState; notices: string[] };

/** Bumped whenever the query string may have changed without a SvelteKit navigation. */
let urlVersion = $state(0);
if (browser) addEventListener('popstate', () => urlVersion++);

/** The last query string decoded: a filter change asks for the state once per nav link and list row (~60 times). */
let lastDecoded: { search: string; decoded: Decoded } | null = null;

/** The view state of the current URL. The same object until the query string changes: treat it as read-only. */
export function currentState(): Decoded {
  if (!browser) return { state: defaultViewState(), notices: [] };
  // Read both, so that callers inside $derived/$effect re-run after either kind of URL change.
  void page.url;
  void urlVersion;
  const search = location.search;
  if (lastDecoded?.search !== search) lastDecoded = { search, decoded: decodeState(new URLSearchParams(search)) };
  return lastDecoded.decoded;
}

/** Writes a new state to the URL (a history entry, so back undoes a filter). Defaults are not written. */
export function setState(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): Promise<void> {
  const next = { ...currentState().state, ...patch };
  const query = encodeState(next);
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (opts.replace) replaceState(url, {});
  else pushState(url, {});
  urlVersion++;
  return Promise.resolve();
}

/** The href of another view with the current state carried over (plus a patch). */
export function hrefWith(path: string, patch: Partial<ViewState> = {}): string {
  const query = encodeState({ ...currentState().state, ...patch });
  return `${path}${query ? `?${query}` : ''}`;
}
