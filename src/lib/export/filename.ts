/** Download names: ward-plan-lens_{what}_{YYYYMMDD-HHmm}.{ext}, local time. */

export const FILE_PREFIX = 'ward-plan-lens';

/** Lower-case ASCII letters, digits and single hyphens; 'export' when nothing is left. */
export function sanitizeName(what: string): string {
  const s = what
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'export';
}

const pad = (n: number) => String(n).padStart(2, '0');

export function timestamp(now: Date): string {
  return (
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}` +
    `-${pad(now.getHours())}${pad(now.getMinutes())}`
  );
}

export function exportFileName(what: string, ext: string, now: Date = new Date()): string {
  const e = ext.replace(/^\.+/, '').toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  return `${FILE_PREFIX}_${sanitizeName(what)}_${timestamp(now)}.${e}`;
}
