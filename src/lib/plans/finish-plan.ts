/**
 * Drafts → the contract's shapes: titles, markers, positions, sections.
 */
import { cutTo40 } from './cut-title';
import type { ParsedInitiative, ParsedPillar, ParsedSection, ParseWarning } from './types';
import type { ItemDraft, PillarDraft, SectionDraft } from './drafts';
import { type MarkerContext, extractMarkers, isDeclaredCode, stripMarkers } from './markers';
import { bulletTitle, takeBulletProgram } from './read-initiatives';
import { splitRenameNotes } from './rename-note';

export function finishInitiative(item: ItemDraft, position: number, ctx: MarkerContext, warnings: ParseWarning[]): ParsedInitiative {
  // 「(旧:…)」 stays in the description (lineage reads it there) and never in a title.
  // A heading with no paragraph under it ("① 見守り活動の推進（新）"): the item as printed is its heading,
  // as a bullet's is the bullet.
  const body = item.description.length === 0 && item.kind === 'glyph' ? [item.head.trim()] : item.description;
  const description = [...body, ...(item.notes ?? [])].join('\n');
  // A bullet can carry its program name as a heading does ("・…の支援【…事業】(新)").
  const bullet = item.kind === 'bullet' ? takeBulletProgram(splitRenameNotes(item.head).rest) : null;
  // ○ before a table row's name is no item glyph (rows have none): a marker, as ★ is ("★ and ○ before items").
  // Where the document's legend explains its codes and not ○ (★は新規事業), ○ is the rows' plain bullet.
  const printedSymbol = item.kind === 'row' ? /^\s*([○◎])/.exec(item.title ?? '')?.[1] ?? null : null;
  const rowSymbol = printedSymbol !== null && (ctx.legendCodes.size === 0 || ctx.legendCodes.has(printedSymbol)) ? printedSymbol : null;
  let title = splitRenameNotes(
    bullet ? bulletTitle(bullet.rest, ctx) : item.kind === 'row' ? stripMarkers((item.title ?? '').replace(/^\s*[○◎]\s*/, ''), ctx) : (item.title ?? '')
  ).rest;
  if (title.trim() === '') {
    // Never an empty title: fall back on the program name or the description's start.
    title =
      item.program_name ||
      bullet?.program ||
      bulletTitle(description, ctx) ||
      cutTo40(description.trim()) ||
      '(無題)';
    warnings.push({ line: item.lines[0], message: `item at line ${item.lines[0]} has no title of its own; using "${title}"` });
  }
  const markerSource = item.kind === 'glyph' || item.kind === 'row' ? `${item.head}\n${description}` : description;
  const out: ParsedInitiative = {
    position,
    sub_theme: item.sub_theme,
    title,
    program_name: item.program_name ?? bullet?.program ?? null,
    description,
    // (a code closing the heading, ●…への対応(拡), is read there too: in heading + text it closes nothing)
    // (with a legend, only the codes it names: ●…策定(案) has none)
    markers: [...new Set([...(rowSymbol ? [rowSymbol] : []), ...(item.kind === 'glyph' ? extractMarkers(item.head, ctx).filter((c) => ctx.legendCodes.size === 0 || isDeclaredCode(c, ctx)) : []), ...extractMarkers(markerSource, ctx)])],
    lines: [item.lines[0], item.lines[1]]
  };
  if (item.recovered) out.recovered = true;
  return out;
}

export function finishPillar(p: PillarDraft, ctx: MarkerContext, warnings: ParseWarning[]): ParsedPillar {
  return {
    position: p.number ?? p.order,
    title: p.title,
    summary: p.summary.length > 0 ? p.summary.join('\n') : null,
    overview_programs: [...p.overview_programs],
    lines: [p.lines[0], p.lines[1]],
    initiatives: p.items.map((item, k) => finishInitiative(item, k + 1, ctx, warnings))
  };
}

export function finishSection(s: SectionDraft): ParsedSection {
  return { kind: s.kind, title: s.title, body: s.body.join('\n'), lines: [s.lines[0], s.lines[1]] };
}
