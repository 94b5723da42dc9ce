/**
 * Text of a PDF with pdf.js. The caller passes the pdf.js module: in the browser the modern build with
 * its self-hosted worker, in Node the legacy build (Node 20 lacks what the modern one needs).
 */
import { pdfDocumentText, type PdfTextItem } from './pdf-lines';

interface PdfJsLike {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean }): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>; destroy(): Promise<void> }>;
  };
}

export class PdfTextError extends Error {}

export async function extractPdfText(pdfjs: PdfJsLike, bytes: Uint8Array, fileName: string): Promise<string> {
  let doc;
  try {
    // isEvalSupported: false — PDF content never gets to compile code.
    doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true }).promise;
  } catch (e) {
    throw new PdfTextError(`${fileName}: PDF を読み込めませんでした (${(e as Error).message})`);
  }
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((i): i is PdfTextItem => typeof (i as PdfTextItem).str === 'string'));
    }
    const text = pdfDocumentText(pages);
    if (text === null) throw new PdfTextError(`${fileName}: PDF にテキストがありません（画像だけの PDF は読み取れません。文字を含む PDF かテキストを貼り付けてください）`);
    return text;
  } finally {
    await doc.destroy();
  }
}
