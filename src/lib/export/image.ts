/**
 * Chart images. `svgToString` makes a standalone SVG file from a chart on screen: computed styles are
 * inlined (CSS classes do not travel with the file), the SVG namespace is declared, the size is fixed,
 * and the chart's title and description (from aria-labelledby / aria-describedby when they point
 * outside the <svg>) are written as <title>/<desc>. `svgToPngBlob` draws that SVG on a canvas.
 * Both touch the DOM only when called.
 */

/** Presentation properties worth inlining for a chart (others keep their SVG defaults). */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'display'
] as const;

/** `prop: value;` pairs for the properties that have a value (pure). */
export function styleDeclaration(get: (prop: string) => string, props: readonly string[] = INLINED_PROPERTIES): string {
  return props
    .map((p) => [p, get(p).trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v};`)
    .join('');
}

/** Adds the XML declaration; the serializer already writes xmlns for an element in the SVG namespace. */
export function withXmlDeclaration(markup: string): string {
  const hasNs = /^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup);
  const fixed = hasNs ? markup : markup.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${fixed}`;
}

function idsText(doc: Document, ids: string | null): string {
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const vb = svg.viewBox?.baseVal;
  const width = box.width || vb?.width || 600;
  const height = box.height || vb?.height || 400;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

export function svgToString(svg: SVGSVGElement): string {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = size(svg);

  if (view) {
    const src = [svg, ...svg.querySelectorAll('*')];
    const dst = [clone, ...clone.querySelectorAll('*')];
    src.forEach((el, i) => {
      const css = view.getComputedStyle(el);
      const decl = styleDeclaration((p) => css.getPropertyValue(p));
      if (decl) dst[i].setAttribute('style', decl);
    });
  }
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');

  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const ns = 'http://www.w3.org/2000/svg';
  if (!clone.querySelector(':scope > desc')) {
    const text = idsText(doc, svg.getAttribute('aria-describedby'));
    if (text) {
      const desc = doc.createElementNS(ns, 'desc');
      desc.textContent = text;
      clone.insertBefore(desc, clone.firstChild);
    }
  }
  if (!clone.querySelector(':scope > title')) {
    const text = idsText(doc, svg.getAttribute('aria-labelledby')) || svg.getAttribute('aria-label') || '';
    if (text) {
      const title = doc.createElementNS(ns, 'title');
      title.textContent = text;
      clone.insertBefore(title, clone.firstChild);
    }
  }
  return withXmlDeclaration(new XMLSerializer().serializeToString(clone));
}

/**
 * One <svg> from a chart drawn as several parts (`svg[data-chart-part]`: an axis and one per panel of a
 * small-multiples chart), stacked top to bottom. It is attached beside the parts while it is serialised,
 * so that their CSS still applies to the copies; call `remove()` on it afterwards. The title and
 * description come from `labelledBy` (ids, as in aria-labelledby).
 */
export function stackedSvg(parts: readonly SVGSVGElement[], labelledBy: string | null): SVGSVGElement {
  const first = parts[0];
  const doc = first.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  let y = 0;
  let width = 0;
  for (const part of parts) {
    const g = doc.createElementNS(ns, 'g');
    g.setAttribute('transform', `translate(0,${y})`);
    for (const child of part.childNodes) g.appendChild(child.cloneNode(true));
    svg.appendChild(g);
    y += Number(part.getAttribute('height')) || 0;
    width = Math.max(width, Number(part.getAttribute('width')) || 0);
  }
  const className = first.getAttribute('class');
  if (className) svg.setAttribute('class', className.replace(/\baxis\b/, '').trim());
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(y));
  svg.setAttribute('viewBox', `0 0 ${width} ${y}`);
  const [titleId, ...descIds] = (labelledBy ?? '').split(/\s+/).filter(Boolean);
  if (titleId) svg.setAttribute('aria-labelledby', titleId);
  if (descIds.length > 0) svg.setAttribute('aria-describedby', descIds.join(' '));
  svg.setAttribute('style', 'position:absolute;left:-100000px;top:0');
  (first.parentElement ?? doc.body).appendChild(svg);
  return svg;
}

export function svgToBlob(svg: SVGSVGElement): Blob {
  return new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** PNG of the chart at `scale` × its on-screen size, on a white background. */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = size(svg);
  const url = URL.createObjectURL(svgToBlob(svg));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('SVG image could not be loaded'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas 2d context unavailable');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
