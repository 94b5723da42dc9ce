import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import ChartCard from '../../src/lib/charts/ChartCard.svelte';

const chart = createRawSnippet(() => ({ render: () => '<svg role="img"><title>x</title></svg>' }));
const base = { title: '区別の取組数', description: '棒の長さは取組の数です。', children: chart };

describe('ChartCard (server render)', () => {
  it('shows heading, description and the chart, with aria links', () => {
    const { body } = render(ChartCard, { props: base });
    expect(body).toContain('<h2');
    expect(body).toContain('区別の取組数');
    const desc = /<p class="description[^"]*" id="([^"]+)"/.exec(body);
    expect(desc).not.toBeNull();
    expect(body).toContain(`aria-describedby="${desc![1]}"`);
    expect(body).toContain('<svg role="img">');
    expect(body).toContain('SVG画像');
    expect(body).toContain('PNG画像');
  });

  it('loading: aria-busy and 読み込み中…, the chart kept hidden (not ready, no image buttons)', () => {
    const { body } = render(ChartCard, { props: { ...base, loading: true } });
    expect(body).toContain('aria-busy="true"');
    expect(body).toContain('読み込み中…');
    expect(body).toMatch(/<div class="chart-area[^"]*"[^>]* hidden=""[^>]*>\s*<svg/);
    expect(body).not.toContain('data-chart-ready');
    expect(body).not.toContain('PNG画像');
  });

  it('empty and error states', () => {
    expect(render(ChartCard, { props: { ...base, empty: true } }).body).toContain('該当するデータがありません');
    const err = render(ChartCard, { props: { ...base, error: '<b>接続できません</b>' } }).body;
    expect(err).toContain('role="alert"');
    expect(err).toContain('&lt;b>接続できません&lt;/b>');
    expect(err).not.toContain('<b>接続');
  });

  it('offers the table toggle only with a table, in the given language', () => {
    const table = { columns: [{ key: 'w', label: '区' }], rows: [{ w: '戸塚区' }] };
    expect(render(ChartCard, { props: { ...base, table } }).body).toContain('表で見る');
    expect(render(ChartCard, { props: base }).body).not.toContain('表で見る');
    expect(render(ChartCard, { props: { ...base, table, lang: 'en' } }).body).toContain('Show as table');
  });

  it('can start with the table: a real table with the title as caption, and the chart button', () => {
    const table = { columns: [{ key: 'w', label: '区' }, { key: 'n', label: '件数' }], rows: [{ w: '戸塚区', n: 3 }] };
    const { body } = render(ChartCard, { props: { ...base, table, initialView: 'table' } });
    expect(body).toMatch(/<caption[^>]*>区別の取組数<\/caption>/);
    expect(body).toContain('グラフで見る');
    expect(body).not.toContain('<svg');
    expect(body).not.toContain('SVG画像');
  });
});
