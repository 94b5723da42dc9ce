import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CoverageMatrix from '../../src/lib/charts/CoverageMatrix.svelte';
import BarChart from '../../src/lib/charts/BarChart.svelte';
import Heatmap from '../../src/lib/charts/Heatmap.svelte';
import CooccurrenceMatrix from '../../src/lib/charts/CooccurrenceMatrix.svelte';
import StatusBars from '../../src/lib/charts/StatusBars.svelte';
import Sankey from '../../src/lib/charts/Sankey.svelte';
import DataTable from '../../src/lib/charts/DataTable.svelte';
import type { CoverageCell, StatusRow } from '../../src/lib/charts/types';

const count = (s: string, needle: string | RegExp) =>
  typeof needle === 'string' ? s.split(needle).length - 1 : (s.match(needle) ?? []).length;
const EVIL = '<img src=x onerror=alert(1)>';

describe('CoverageMatrix', () => {
  const rows: CoverageCell[] = [
    { ward: '戸塚区', fiscal_year: 2022, kind: 'full', plan_id: '14110-2022-doc' },
    { ward: '泉区', fiscal_year: 2022, kind: 'partial', plan_id: 'facts-1' },
    { ward: '泉区', fiscal_year: 2023, kind: 'none' }
  ];
  const props = { rows, title: '収録状況', cellHref: (c: CoverageCell) => `/plan/${c.plan_id}`, wards: ['戸塚区', '泉区'] };

  it('links each non-empty cell and only those', () => {
    const { body } = render(CoverageMatrix, { props });
    expect(count(body, '<a ')).toBe(2);
    expect(body).toContain('href="/plan/14110-2022-doc"');
    expect(body).toContain('href="/plan/facts-1"');
    expect(body).toContain('aria-label="戸塚区 令和4年度 (2022): 全文"');
    expect(body).toContain('aria-label="泉区 令和4年度 (2022): 公表情報のみ"');
    expect(body).toContain('泉区 令和5年度 (2023): なし'); // the empty cell still has a <title>
    expect([...body.matchAll(/data-mark="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1']); // one index per link, in order
    expect(body).toContain('role="group"');
    expect(body).toMatch(/aria-labelledby="[^"]+-t [^"]+-d"/);
  });

  it('speaks English and marks the selected cell', () => {
    const { body } = render(CoverageMatrix, { props: { ...props, lang: 'en', selected: '戸塚区|2022' } });
    expect(body).toContain('aria-label="Totsuka FY2022 (令和4年度): Full document"');
    expect(body).toContain('Public facts only');
    expect(count(body, 'aria-current="true"')).toBe(1);
  });
});

describe('CoverageMatrix, a national grid', () => {
  // 400 wards × 2 years, every cell a plan: drawn lazily (matrix.ts), the first two chunks of 50 rows at once.
  const wards = Array.from({ length: 400 }, (_, k) => `区${String(k).padStart(3, '0')}`);
  const rows: CoverageCell[] = wards.flatMap((ward) => [2021, 2022].map((fiscal_year) => ({ ward, fiscal_year, kind: 'full' as const, plan_id: `${ward}-${fiscal_year}` })));
  const { body } = render(CoverageMatrix, { props: { rows, title: '収録状況', cellHref: (c: CoverageCell) => `/plan/${c.plan_id}`, wards } });

  it('draws the first 100 rows, with the global keyboard index of each link', () => {
    expect(count(body, '<a ')).toBe(200);
    const marks = [...body.matchAll(/data-mark="(\d+)"/g)].map((m) => Number(m[1]));
    expect(marks).toEqual(Array.from({ length: 200 }, (_, k) => k));
    expect(body).toContain('href="/plan/区099-2022"');
    expect(body).not.toContain('href="/plan/区100-2021"');
  });
  it('keeps a placeholder for each chunk not drawn yet, and every row label', () => {
    expect(count(body, 'data-chunk=')).toBe(6);
    expect(body).toContain('区399');
  });
});

describe('BarChart', () => {
  const rows = [
    { key: 'a', label: '地域の防災・減災の推進と安全なまちづくり', count: 3, share: 0.25, group: '戸塚区' },
    { key: 'b', label: '子育て', count: 9, share: 0.75, group: '戸塚区' },
    { key: 'c', label: '子育て', count: 4, share: 1, group: '泉区' }
  ];

  it('draws one focusable button per bar, truncates labels and keeps the full text', () => {
    const { body } = render(BarChart, { props: { rows, title: 'テーマ別', selected: 'b' } });
    expect(count(body, 'role="button"')).toBe(3);
    expect(count(body, 'tabindex="0"')).toBe(3);
    expect(body).toContain('地域の防災・減災の推進と安…');
    expect(body).toContain('aria-label="戸塚区 地域の防災・減災の推進と安全なまちづくり: 3"');
    expect(body).toContain('泉区</text>');
    expect(count(body, 'aria-pressed="true"')).toBe(1);
  });

  it('shows shares with the count in brackets', () => {
    const { body } = render(BarChart, { props: { rows, title: 'テーマ別', measure: 'share' } });
    expect(body).toContain('aria-label="戸塚区 子育て: 75% (9)"');
    expect(body).toContain('>100%</text>');
  });

  it('draws the first maxGroups panels and says how many are left to show', () => {
    const many = Array.from({ length: 30 }, (_, k) => ({ key: `w${k}|t`, label: 'テーマ', count: k + 1, group: `区${k}` }));
    const { body } = render(BarChart, { props: { rows: many, title: 'テーマ別', maxGroups: 24 } });
    expect(count(body, 'role="button"')).toBe(24);
    expect(body).toContain('区23</text>');
    expect(body).not.toContain('区24</text>');
    expect(body).toContain('先頭の 24 件を表示しています（全 30 件');
    expect(body).toContain('30 件すべて表示</button>');
    const ungrouped = render(BarChart, { props: { rows: many.map(({ group: _, ...r }) => r), title: 'x', maxGroups: 24 } }).body;
    expect(count(ungrouped, 'role="button"')).toBe(30);
    expect(ungrouped).not.toContain('すべて表示');
  });

  it('renders data text as text, never markup', () => {
    const { body } = render(BarChart, { props: { rows: [{ key: 'x', label: EVIL, count: 1 }], title: EVIL, maxLabelChars: 40 } });
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
  });
});

describe('Heatmap and CooccurrenceMatrix', () => {
  it('fills missing cells with 0 and writes text readable on the fill', () => {
    const { body } = render(Heatmap, {
      props: { rows: [{ row: '戸塚区', col: '防災', count: 10, share: 0.5 }, { row: '泉区', col: '子育て', count: 2 }], title: 'ward × theme' }
    });
    expect(count(body, 'role="button"')).toBe(4);
    expect(body).toContain('aria-label="戸塚区 × 防災: 10"');
    expect(body).toContain('aria-label="泉区 × 防災: 0"');
    // the largest value gets the darkest fill, so its text is white; zero cells are neutral with dark text
    expect(body).toMatch(/fill="#ffffff"[^>]*>10<\/text>/);
    expect(body).toMatch(/fill="#f3f4f6"/);
    expect(body).toMatch(/fill="#111827"[^>]*>0<\/text>/);
  });

  it('mirrors theme pairs and leaves out the diagonal', () => {
    const { body } = render(CooccurrenceMatrix, { props: { pairs: [{ a: '防災', b: '子育て', count: 3 }], title: '組合せ' } });
    expect(count(body, 'role="button"')).toBe(2);
    expect(body).toContain('aria-label="防災 × 子育て: 3"');
    expect(body).toContain('aria-label="子育て × 防災: 3"');
    expect(body).not.toContain('防災 × 防災');
  });
});

describe('StatusBars', () => {
  const rows: StatusRow[] = [
    { key: 't', label: '戸塚区 令和4年度', new: 5, continuing: 40, unknown: 0, basis: 'parsed', source: '令和4年度戸塚区運営方針' },
    { key: 'i', label: '泉区 令和4年度', new: 0, continuing: 33, unknown: 0, basis: 'stated', source: '自主企画事業 33事業（うち新規0）' }
  ];

  it('hatches and labels only the stated row, and names each source', () => {
    const { body } = render(StatusBars, { props: { rows, title: '新規・継続' } });
    expect(count(body, 'role="button"')).toBe(2);
    expect(count(body, /fill="url\(#[^)]+-hatch\)"/g)).toBe(1);
    expect(count(body, 'class="stated-label')).toBe(1);
    expect(body).toContain('aria-label="泉区 令和4年度: 新規 0, 継続 33, 不明 0 (公表値) / 出典: 自主企画事業 33事業（うち新規0）"');
    expect(body).toContain('aria-label="戸塚区 令和4年度: 新規 5, 継続 40, 不明 0 / 出典: 令和4年度戸塚区運営方針"');
    expect(body).toContain('斜線の棒は');
  });

  it('has no hatching or note when every row is parsed', () => {
    const { body } = render(StatusBars, { props: { rows: [rows[0]], title: 'x', lang: 'en' } });
    expect(count(body, /url\(#[^)]+-hatch\)/g)).toBe(0);
    expect(body).not.toContain('Hatched bars come');
    expect(body).toContain('New 5, Continuing 40, Unknown 0');
  });
});

describe('Sankey', () => {
  it('draws a focusable path per link with its value', () => {
    const { body } = render(Sankey, {
      props: {
        nodes: [
          { id: 'p1', label: '2022 施策1' },
          { id: 'new', label: '新規' },
          { id: 'q1', label: '2023 施策1' }
        ],
        links: [
          { source: 'p1', target: 'q1', value: 4 },
          { source: 'p1', target: 'new', value: 1 }
        ],
        title: '系譜',
        selected: 'p1->q1'
      }
    });
    expect(count(body, '<path')).toBe(2);
    expect(body).toContain('aria-label="2022 施策1 → 2023 施策1: 4"');
    expect(body).toContain('aria-label="2022 施策1 → 新規: 1"');
    expect(count(body, 'aria-pressed="true"')).toBe(1);
  });
});

describe('DataTable', () => {
  it('is a real table with caption, header cells and escaped text', () => {
    const { body } = render(DataTable, {
      props: {
        caption: '区別の取組数',
        columns: [
          { key: 'ward', label: '区' },
          { key: 'n', label: '件数' }
        ],
        rows: [
          { ward: '戸塚区', n: 12 },
          { ward: EVIL, n: null }
        ]
      }
    });
    expect(body).toMatch(/<caption[^>]*>区別の取組数<\/caption>/);
    expect(count(body, '<th scope="col"')).toBe(2);
    expect(count(body, '<th scope="row"')).toBe(2);
    expect(body).toMatch(/<td class="[^"]*\bnum\b[^"]*">12<\/td>/);
    expect(body).toMatch(/<th scope="row"[^>]*>&lt;img src=x onerror=alert\(1\)><\/th>/);
    expect(body).not.toContain('<img');
  });
});

describe('MeasureToggle', () => {
  it('is a labelled radio group with the current value checked', async () => {
    const MeasureToggle = (await import('../../src/lib/charts/MeasureToggle.svelte')).default;
    const { body } = render(MeasureToggle, { props: { value: 'share' } });
    expect(body).toContain('<legend');
    expect(count(body, 'type="radio"')).toBe(2);
    expect(body).toMatch(/value="share"[^>]*checked/);
    expect(body).not.toMatch(/value="count"[^>]*checked/);
    expect(body).toContain('割合');
  });
});
