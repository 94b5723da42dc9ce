/**
 * English labels for marker labels and codes seen across wards (the Japanese label always comes from
 * the document's own legend where it has one). Unknown markers get no English label rather than a guess.
 */
const EN: Record<string, string> = {
  新: 'New',
  新規: 'New',
  新規事業: 'New project',
  拡充: 'Expanded',
  重点: 'Focus',
  重点事業: 'Focus project',
  '★': 'Star (highlighted)',
  '+D': 'Plus digital',
  コ: 'With COVID-19',
  Withコロナ: 'With COVID-19',
  デ: 'Digital',
  デジタル: 'Digital',
  減: 'Disaster risk reduction',
  '防災・減災': 'Disaster prevention and mitigation',
  脱: 'Decarbonisation',
  '脱炭素・環境': 'Decarbonisation and environment'
};

export function markerLabelEn(label: string, marker: string): string | null {
  const key = label.normalize('NFKC').replace(/\s+/g, '');
  return EN[key] ?? EN[marker] ?? null;
}
