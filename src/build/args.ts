/** Tiny flag reader for the build CLIs: --name value pairs and positionals, nothing more. */
export function readArgs(argv: string[]): { flags: Map<string, string>; positionals: string[] } {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new Error(`${a} needs a value`);
        flags.set(a.slice(2), next);
        i++;
      }
    } else positionals.push(a);
  }
  return { flags, positionals };
}
