/**
 * Published plan text → ParsedPlan (data-contract.md). Pure: the browser import runs it too.
 * Throws PlanInputError only where the text has no recognisable plan; everything doubtful is a warning.
 */
import { PlanInputError, type ParsedPlan, type ParseOptions } from './types';
import { toContentLines } from './lines';
import { readHeader } from './read-header';
import { readCity } from './read-city';
import { looksLikeOrgTitle } from './find-pillars';
import { walkLines } from './walk-lines';
import { recoverLostHeadings } from './recover-lost-headings';
import { finishPillar, finishSection } from './finish-plan';
import { markerContext } from './markers';
import { crossCheck } from './cross-check';
import { detectTruncation } from './detect-truncation';
import { dropUmbrellaLine } from './drop-umbrella-line';
import { promoteSubThemes } from './promote-sub-themes';
import { toGivenLines, unflattenText } from './unflatten';
import { checkDeclaredCount, readDeclaredPillarCount } from './declared-pillar-count';

export function parsePlan(text: string, options: ParseOptions = {}): ParsedPlan {
  const name = options.fileName ?? 'input';
  const given = text.replace(/\r\n?/g, '\n');
  // A text copy without line breaks is split back into lines (unflatten.ts); line numbers are mapped back.
  const flat = unflattenText(given);
  const normalized = flat.text;
  const lines = toContentLines(normalized);
  const header = readHeader(lines, normalized.split('\n'));
  const walk = walkLines(lines);
  if (!walk.sawGoalHeading && walk.pillars.length === 0) {
    throw new PlanInputError(`${name}: not a ward plan (no 基本目標 and no 施策 pillars found)`);
  }
  const warnings = [...walk.warnings];
  const drafts = promoteSubThemes(walk.pillars, warnings);
  dropUmbrellaLine(drafts, warnings);
  for (const pillar of drafts) recoverLostHeadings(pillar, warnings);
  const ctx = markerContext(walk.legend);
  const draftOf = new Map(drafts.map((p) => [finishPillar(p, ctx, warnings), p]));
  const pillars = [...draftOf.keys()].sort((a, b) => a.position - b.position);
  // Positions name the pillars (ids): two pillars at one position would collide. Never silently.
  for (let k = 1; k < pillars.length; k++) {
    if (pillars[k].position <= pillars[k - 1].position) {
      warnings.push({ line: pillars[k].lines[0], message: `pillars 「${pillars[k - 1].title}」 and 「${pillars[k].title}」 were both read at position ${pillars[k].position}: the second is moved to ${pillars[k - 1].position + 1}` });
      pillars[k] = { ...pillars[k], position: pillars[k - 1].position + 1 };
    }
  }
  warnings.push(...crossCheck(pillars, (pillar, name) => draftOf.get(pillar)?.overview_lines.get(name) ?? pillar.lines[0]));
  const glyphItems = drafts.flatMap((p) => p.items).filter((item) => item.kind === 'glyph');
  const bareHeadingsBefore = glyphItems.slice(0, -1).some((item) => item.description.length === 0);
  const truncation = detectTruncation(pillars, walk.lastRole, walk.lastLine, bareHeadingsBefore, walk.sections.map((s) => s.lines[0]));
  warnings.push(...truncation.warnings);
  const firstPillarLine = Math.min(...pillars.map((p) => p.lines[0]));
  const sawOrganisationPart = walk.sections.some((s) => s.kind === 'organisation');
  const declared = checkDeclaredCount(readDeclaredPillarCount(lines, firstPillarLine), pillars, sawOrganisationPart);
  warnings.push(...declared.warnings);
  // A newsletter feature prints no 基本目標 heading, but its slogan between tildes under the title
  // ("~活気にあふれ、…「ふるさと港北」~") is the goal: taken, and said.
  let basicGoal = walk.basicGoal;
  const slogan =
    basicGoal === null && !walk.sawGoalHeading
      ? lines.find((l) => l.n < firstPillarLine && /^~[^~]{6,60}~$/.test(l.norm) && !/あいさつ|挨拶|メッセージ|お知らせ|特集|紹介|目次|コラム|インタビュー|予算|事業/.test(l.norm))
      : undefined;
  if (slogan) {
    basicGoal = slogan.text.replace(/^\s*[~〜～]\s*|\s*[~〜～]\s*$/g, '');
    warnings.push({ line: slogan.n, message: `no 基本目標 heading: the slogan between tildes on line ${slogan.n} is taken as the basic goal` });
  }
  if (basicGoal === null) warnings.push({ line: 1, message: 'no 基本目標 found' });
  if (pillars.length === 0) warnings.push({ line: 1, message: 'no pillars (施策) found' });
  // "区民に信頼される区役所" with ◆ sub-items and no Ⅲ heading: read as the last pillar; it may be 組織運営.
  if (!sawOrganisationPart) {
    for (const p of pillars.filter((p) => looksLikeOrgTitle(p.title))) {
      warnings.push({ line: p.lines[0], message: `pillar ${p.position} 「${p.title}」 is worded like an organisation item (組織運営) and the text has no Ⅲ part: check whether it is one` });
    }
  }
  // Never a silent null: say what the text did not give, and how to give it.
  if (options.fiscal_year === undefined) {
    if (header.fiscal_year === null) warnings.push({ line: 1, message: 'no fiscal year (年度) found in the text: give it (--year, or the import form)' });
    else if (header.note) warnings.push(header.note);
  }
  if (options.ward === undefined && header.ward === null) warnings.push({ line: 1, message: 'no ward (…区運営方針) found in the text: give it (--ward, or the import form)' });

  const stanceSections = walk.stance.map((s) => ({ kind: 'stance' as const, title: s.title, body: s.body, lines: s.lines }));
  const otherSections = walk.sections.map(finishSection);
  if (flat.splitLines > 0) {
    warnings.push({ line: 1, message: `${flat.splitLines === 1 ? 'a line' : `${flat.splitLines} lines`} of the text had no line breaks (a flattened text copy): read by splitting at headings, bullets and sentence ends; positions point to the given line` });
  }
  warnings.sort((a, b) => a.line - b.line);
  const ward = options.ward ?? header.ward;
  const plan: ParsedPlan = {
    city: readCity(given.split('\n'), ward)?.city ?? null,
    ward,
    fiscal_year: options.fiscal_year ?? header.fiscal_year,
    title: header.title,
    basic_goal: basicGoal,
    truncated: truncation.truncated || declared.truncated,
    stance: walk.stance,
    legend: walk.legend,
    pillars,
    sections: [...stanceSections, ...otherSections],
    warnings
  };
  return flat.splitLines > 0 ? toGivenLines(plan, flat.origin) : plan;
}
