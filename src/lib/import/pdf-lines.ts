/**
 * pdf.js text items → plain text lines. Pure (no pdf.js import), so it is tested on its own: an item
 * starts a new line when its baseline moves, and a larger vertical gap becomes a blank line (the
 * parser reads blank lines as paragraph breaks, as in the ward's own PDF-extracted text).
 */

export interface PdfTextItem {
  str: string;
  /** pdf.js transform matrix: [a, b, c, d, x, y]. */
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

export function pdfPageText(items: readonly PdfTextItem[]): string {
  const lines: string[] = [];
  let current = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5];
    const h = item.height || Math.abs(item.transform[3]) || 10;
    if (lastY !== null && Math.abs(y - lastY) > Math.max(h, lastHeight) * 0.5) {
      lines.push(current);
      current = '';
      // A gap of more than ~1.8 lines is a paragraph break.
      if (Math.abs(y - lastY) > Math.max(h, lastHeight) * 1.8) lines.push('');
    }
    current += item.str;
    if (item.str.trim() !== '' || lastY === null) {
      lastY = y;
      lastHeight = h;
    }
    if (item.hasEOL && item.str === '' && current !== '') {
      // pdf.js marks line ends with empty items; the next item's position decides the break.
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n');
}

/**
 * Glyph-mapping artifacts of PDF fonts, not the published text: Kangxi radicals (⽅ U+2F45 for 方) and
 * the hyphenation point (‧ for ・). NFKC on just those characters restores what was printed.
 */
export function repairPdfGlyphs(text: string): string {
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => c.normalize('NFKC')).replace(/\u2027/g, '・');
}

/** Whole document: pages separated by a blank line; null when no page has any text (a scanned PDF). */
export function pdfDocumentText(pages: ReadonlyArray<readonly PdfTextItem[]>): string | null {
  const text = repairPdfGlyphs(pages.map(pdfPageText).join('\n\n').replace(/\n{3,}/g, '\n\n').trim());
  return text.replace(/\s/g, '') === '' ? null : text + '\n';
}
