/** PDF text in the browser: pdf.js (modern build) with its worker self-hosted, loaded only when a PDF is dropped. */
import { extractPdfText } from './pdf-text';

export async function browserPdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${fileName}: PDF の読み取りが 60 秒以内に終わりませんでした`)), 60_000)
  );
  return Promise.race([extractPdfText(pdfjs, bytes, fileName), timeout]);
}
