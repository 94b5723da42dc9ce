/**
 * Test-only: the initiatives of the two real documents, read straight from data/raw by line number
 * (the parser is a colleague's work in progress; these tests must not depend on it). The line ranges
 * are the ones read by hand: 泉区 2022 主な取組 lines 85–171, 戸塚区 2022 bullets 81–147, legend 69–75.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LegendEntry, ParsedInitiative } from '../../src/lib/plans/types';

function rawLines(file: string): string[] {
  const path = fileURLToPath(new URL(`../../data/raw/${file}`, import.meta.url));
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

/** 1-based line → text. */
const at = (lines: string[], n: number) => lines[n - 1];

const MARKERS_AT_END = /((?:[(（][^()（）]{1,6}[)）])+)\s*$/;

function splitMarkers(text: string): { body: string; markers: string[] } {
  const m = MARKERS_AT_END.exec(text);
  if (!m) return { body: text, markers: [] };
  const markers = [...m[1].matchAll(/[(（]([^()（）]+)[)）]/g)].map((x) => x[1].normalize('NFKC'));
  return { body: text.slice(0, m.index), markers: [...new Set(markers)] };
}

function bulletTitle(body: string): string {
  const first = body.split('。')[0];
  return [...first].length > 40 ? [...first].slice(0, 40).join('') + '…' : first;
}

export function totsukaLegend(): LegendEntry[] {
  const lines = rawLines('totsuka-2022.txt');
  const legend: LegendEntry[] = [];
  for (let n = 69; n <= 75; n++) {
    const text = at(lines, n).trim();
    const { body, markers } = splitMarkers(text);
    if (markers.length !== 1) continue;
    const isNew = text.startsWith('・');
    const [label, ...rest] = body.replace(/^・/, '').trim().split(/\s+/);
    legend.push({
      marker: markers[0],
      label,
      description: isNew ? null : rest.join(' ') || null,
      means_new: isNew,
      line: n
    });
  }
  return legend;
}

const TOTSUKA_PILLARS = new Set([
  '人と人とがつながるまちづくり',
  '安全・安心を実感できるまちづくり',
  '誰もが自分らしく健やかに暮らせるまちづくり',
  '活気に満ちた魅力あふれるまちづくり',
  '区民に信頼され親しまれる区役所づくり'
]);

export function totsukaInitiatives(): ParsedInitiative[] {
  const lines = rawLines('totsuka-2022.txt');
  const out: ParsedInitiative[] = [];
  let subTheme: string | null = null;
  for (let n = 81; n <= 147; n++) {
    const text = at(lines, n).trim();
    if (text === '') continue;
    if (!text.startsWith('・')) {
      subTheme = TOTSUKA_PILLARS.has(text) ? null : text;
      continue;
    }
    const description = text.slice(1);
    const { body, markers } = splitMarkers(description);
    out.push({
      position: out.length + 1,
      sub_theme: subTheme,
      title: bulletTitle(body),
      program_name: null,
      description,
      markers,
      lines: [n, n]
    });
  }
  return out;
}

export function izumiInitiatives(): ParsedInitiative[] {
  const lines = rawLines('izumi-2022.txt');
  const out: ParsedInitiative[] = [];
  const nextText = (from: number): [number, string] => {
    for (let n = from; n <= 171; n++) if (at(lines, n).trim() !== '') return [n, at(lines, n).trim()];
    throw new Error(`no text after line ${from}`);
  };
  for (let n = 85; n <= 171; n++) {
    const text = at(lines, n).trim();
    if (n === 95) {
      // The paragraph whose ◆ heading the extraction lost; its name is in the pillar overview (line 45).
      out.push({
        position: out.length + 1,
        sub_theme: null,
        title: '水・緑・みち魅力づくり支援事業',
        program_name: '水・緑・みち魅力づくり支援事業',
        description: text,
        markers: [],
        lines: [95, 95],
        recovered: true
      });
      continue;
    }
    if (!text.startsWith('◆')) continue;
    let heading = text.slice(1);
    let [pn, para] = nextText(n + 1);
    if (para.startsWith('【')) {
      heading += para;
      [pn, para] = nextText(pn + 1);
    }
    const m = /【([^】]+)】\s*$/.exec(heading);
    out.push({
      position: out.length + 1,
      sub_theme: null,
      title: (m ? heading.slice(0, m.index) : heading).trim(),
      program_name: m ? m[1] : null,
      description: para,
      markers: [],
      lines: [n, pn]
    });
    n = pn;
  }
  return out;
}
