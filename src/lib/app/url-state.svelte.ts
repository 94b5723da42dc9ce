/**
 * The view state lives in the URL's query string (a copied link reproduces the view; back/forward
 * work). Read only in the browser: prerendering has no query string, so pages prerender the defaults.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { decodeState, encodeState } from '$lib/filters/url-state';
import { defaultViewState, type ViewState } from '$lib/filters/view-state';

export function currentState(): { state: ViewState; notices: string[] } {
  if (!browser) return { state: defaultViewState(), notices: [] };
  return decodeState(page.url.searchParams);
}

/** Writes a new state to the URL (a history entry, so back undoes a filter). Defaults are not written. */
export function setState(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): Promise<void> {
  const next = { ...currentState().state, ...patch };
  const query = encodeState(next);
  return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
    replaceState: opts.replace ?? false,
    keepFocus: true,
    noScroll: true
  });
}

/** The href of another view with the current state carried over (plus a patch). */
export function hrefWith(path: string, patch: Partial<ViewState> = {}): string {
  const query = encodeState({ ...currentState().state, ...patch });
  return `${path}${query ? `?${query}` : ''}`;
}
