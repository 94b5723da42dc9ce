/**
 * The width a chart is drawn at, from the width its box measures (bind:clientWidth). A hidden chart
 * measures 0: it keeps its last width instead of being drawn at the fallback and again at full width
 * when shown; a new chart starts at the last width any chart measured (charts span their card) instead
 * of the fallback. Each redraw at another width touches every mark (measured on 重点・テーマ: a second
 * full render and layout after the charts reappeared).
 */
let lastMeasuredAny = 0;

export function keptWidth(fallback: number): (measured: number) => number {
  let last = 0;
  return (measured) => {
    if (measured > 0) {
      last = measured;
      lastMeasuredAny = measured;
    }
    return last || lastMeasuredAny || fallback;
  };
}
