/**
 * Adding a plan in the browser: a file or pasted text → the text the parser reads → a preview → the
 * same table rows `npm run data` would build. Corrections the user makes (ward, year, a title, themes
 * for an unthemed item) become curation entries, the build's own mechanism, so nothing is hand-edited.
 */
import type { CurationEntry } from '$lib/curation';
import { buildPlanTables, type BuiltPlan } from '$lib/pipeline/build-plan';
import { parsePlan } from '$lib/plans/parse-plan';
import { PlanInputError, type ParsedPlan } from '$lib/plans/types';
import { decodePlanBytes, looksLikeHtml, MAX_PLAN_BYTES } from '$lib/text/decode';
import { htmlToText } from '$lib/text/html-to-text';
import { wardCode } from '$lib/i18n';

export type ImportKind = 'text' | 'html' | 'pdf';

export interface ImportSource {
  fileName: string;
  kind: ImportKind;
  /** The text the parser reads (a PDF is kept as its extracted text, so it rebuilds the same way). */
  text: string;
}

const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-';

/** Reads a dropped file's bytes; PDF text comes from `pdfText` (pdf.js in a worker, loaded on demand). */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  pdfText: (bytes: Uint8Array, fileName: string) => Promise<string>
): Promise<ImportSource> {
  if (bytes.length > MAX_PLAN_BYTES) {
    throw new PlanInputError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB のファイルは読み込めません（上限 20 MB）`);
  }
  if (isPdf(bytes)) return { fileName, kind: 'pdf', text: await pdfText(bytes, fileName) };
  const { text } = decodePlanBytes(bytes, fileName);
  return looksLikeHtml(text) ? { fileName, kind: 'html', text: htmlToText(text) } : { fileName, kind: 'text', text };
}

export function pastedSource(text: string): ImportSource {
  const name = '貼り付けたテキスト';
  if (text.trim() === '') throw new PlanInputError(`${name}: テキストが空です`);
  if (new TextEncoder().encode(text).length > MAX_PLAN_BYTES) throw new PlanInputError(`${name}: 20 MB を超えています`);
  return looksLikeHtml(text) ? { fileName: name, kind: 'html', text: htmlToText(text) } : { fileName: name, kind: 'text', text };
}

/** The first parse, for the preview: what the document states about itself, plus every warning. */
export function previewImport(source: ImportSource, overrides: { ward?: string; fiscal_year?: number } = {}): ParsedPlan {
  return parsePlan(source.text, { ...overrides, fileName: source.fileName });
}

export interface ImportChoices {
  city: string;
  ward: string;
  fiscal_year: number;
  /** Corrections as curation entries (set_title, add_themes …), each with a reason. */
  corrections: CurationEntry[];
}

async function sha256Hex8(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .slice(0, 4)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The rows of an imported plan: plan_id `{ward_code}-{year}-import-{first 8 hex of SHA-256 of the text}`. */
export async function buildImportedPlan(source: ImportSource, choices: ImportChoices, addedAt = new Date()): Promise<BuiltPlan> {
  const code = choices.city === '横浜市' ? (wardCode(choices.ward) ?? null) : null;
  const plan_id = `${code ?? choices.city + choices.ward}-${choices.fiscal_year}-import-${await sha256Hex8(source.text)}`;
  return buildPlanTables(source.text, {
    fileName: source.fileName,
    curation: choices.corrections,
    meta: {
      plan_id,
      city: choices.city,
      ward: choices.ward,
      ward_code: code,
      fiscal_year: choices.fiscal_year,
      era_label: null,
      title: null,
      subject: '区運営方針',
      source_kind: 'imported',
      source_url: null,
      source_file: source.fileName,
      published: null,
      origin: 'imported',
      notes: `${addedAt.toISOString().slice(0, 10)} にこのブラウザーで追加 (${source.kind})`
    }
  });
}
