import { loadCoreData } from '$lib/server/core-data';

export const prerender = true;

export async function load() {
  return { core: await loadCoreData() };
}
