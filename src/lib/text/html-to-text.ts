/**
 * The one HTML → text function (CLI, build and browser import all use it). Pure string scanning, no DOM,
 * no backtracking regexes: scripts never run, handlers and javascript: URLs vanish with their tags.
 */
import { decodeEntities } from './entities';

/** Elements whose content is never text for the reader. */
const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head'];

/** Elements that start and end a line. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'title', 'body', 'html', 'option', 'legend'
]);

const CELL_ELEMENTS = new Set(['td', 'th']);

/** ASCII-only lower-casing keeps string indices aligned with the original. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function isNameStart(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** Index just past the '>' closing a tag that starts at `start`, honouring quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

/** Words a page's badges and icons carry that plans print as marker codes. */
const MARKER_ICON = /^(?:新規|新|拡充|重点|継続|NEW|New|new|デジタル|\+?D)$/;

/** The marker an icon stands for, from its alt text ("新規" → ［新規］); other images leave no text. */
function markerIcon(tag: string): string {
  const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const word = alt ? decodeEntities(alt[1] ?? alt[2] ?? '').trim() : '';
  return MARKER_ICON.test(word) ? `［${word}］` : '';
}

export function htmlToText(html: string): string {
  const lower = asciiLower(html);
  const out: string[] = [];
  let cellsInRow = 0;
  let inRow = false;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const next = html[lt + 1];
    const closing = next === '/';
    if (!isNameStart(closing ? html[lt + 2] : next) && next !== '!' && next !== '?') {
      out.push('<'); // a literal '<' in text (e.g. a caption bracket)
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const nameMatch = /^<\/?([a-z][a-z0-9-]*)/.exec(lower.slice(lt, Math.min(end, lt + 40)));
    const name = nameMatch ? nameMatch[1] : '';
    if (!closing && DROPPED_ELEMENTS.includes(name)) {
      const close = lower.indexOf(`</${name}`, end);
      i = close < 0 ? html.length : tagEnd(html, close);
      out.push('\n');
      continue;
    }
    if (name === 'tr') {
      cellsInRow = 0;
      inRow = !closing;
      out.push('\n');
    } else if (name === 'table') {
      inRow = false;
      out.push('\n');
    } else if (CELL_ELEMENTS.has(name)) {
      if (!closing) {
        if (cellsInRow > 0) out.push(' | ');
        cellsInRow++;
      }
    } else if (inRow && BLOCK_ELEMENTS.has(name)) {
      out.push(' '); // a row stays one line: <br> and <p> inside a cell are spaces
    } else if (name === 'li' && !closing) {
      out.push('\n・'); // list items read as bullets, as printed plans have them
    } else if (name === 'img' && !closing) {
      out.push(markerIcon(html.slice(lt, end))); // <img alt="新規">: the icon a page marks items with
    } else if (name === 'span' && !closing && /class\s*=\s*["'][^"']*\b(?:label|icon|tag|badge|mark)/i.test(html.slice(lt, end))) {
      // <span class="label">新規</span>: a badge; its word is the item's marker, bracketed as plans print it.
      const close = lower.indexOf('</span', end);
      const word = close < 0 ? '' : decodeEntities(html.slice(end, close)).trim();
      if (MARKER_ICON.test(word)) {
        out.push(`［${word}］`);
        i = tagEnd(html, close);
        continue;
      }
    } else if (name === 'dt' && !closing) {
      out.push('\n◆'); // a term over its <dd>: an item heading over its paragraph, as printed plans mark them
    } else if (BLOCK_ELEMENTS.has(name)) {
      out.push('\n');
    }
    i = end;
  }
  return tidyLines(decodeEntities(out.join('')));
}

/** Collapse runs of spaces inside lines, trim lines, keep at most one blank line in a row. */
function tidyLines(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
