import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPageText, repairPdfGlyphs } from '../../src/lib/import/pdf-lines';
import { extractPdfText } from '../../src/lib/import/pdf-text';
import { parsePlan } from '../../src/lib/plans/parse-plan';

const item = (str: string, y: number, height = 10) => ({ str, transform: [height, 0, 0, height, 72, y], height });

describe('pdfPageText', () => {
  it.each([
    ['one line from pieces', [item('令和5年度', 700), item(' テスト区', 700)], '令和5年度 テスト区'],
    ['a new baseline is a new line', [item('一行目', 700), item('二行目', 688)], '一行目\n二行目'],
    ['a big gap is a paragraph break', [item('見出し', 700), item('本文', 660)], '見出し\n\n本文']
  ])('%s', (_name, items, expected) => {
    expect(pdfPageText(items)).toBe(expected);
  });
  it('repairs font-mapping glyphs (Kangxi radicals, hyphenation point) only', () => {
    expect(repairPdfGlyphs('運営⽅針 ひと‧まち 方針')).toBe('運営方針 ひと・まち 方針');
  });
});

describe('extractPdfText with pdf.js (legacy build in Node)', () => {
  it('reads a PDF printed by Chromium into text the parser understands', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/pdf/test-plan.pdf'));
    const text = await extractPdfText(pdfjs, bytes, 'test-plan.pdf');
    expect(text.split('\n')[0]).toBe('令和5年度 テスト区運営方針');
    const plan = parsePlan(text);
    expect(plan.ward).toBe('テスト区');
    expect(plan.pillars.flatMap((p) => p.initiatives.map((i) => i.program_name))).toEqual(['防災力向上事業', '交通安全推進事業', '子育て支援事業']);
  });

  it('says plainly that a PDF without a text layer cannot be read', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]).drawRectangle({ x: 20, y: 20, width: 100, height: 50, color: rgb(0.2, 0.4, 0.6) });
    const bytes = await doc.save();
    await expect(extractPdfText(pdfjs, bytes, 'scan.pdf')).rejects.toThrow(/scan\.pdf: PDF にテキストがありません/);
  });

  it('names the file when the bytes are not a PDF', async () => {
    await expect(extractPdfText(pdfjs, new TextEncoder().encode('not a pdf'), 'fake.pdf')).rejects.toThrow(/fake\.pdf: PDF を読み込めませんでした/);
  });
});
