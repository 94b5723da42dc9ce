/**
 * Ward and fiscal year from the document's own title: the year forms plans print, a side menu of other
 * years' plans before the title, and a warning wherever the text gives no year or ward.
 */
import { describe, it, expect } from 'vitest';
import { fiscalYearFrom } from '../../src/lib/plans/read-header';
import { parsePlan } from '../../src/lib/plans/parse-plan';

describe('fiscalYearFrom', () => {
  it.each([
    ['令和5年度 金沢区運営方針', 2023],
    ['令和元年度', 2019],
    ['平成30年度', 2018],
    ['平成31年度（令和元年度）', 2019],
    ['R5年度 金沢区運営方針', 2023],
    ['Ｒ５年度', 2023],
    ['H30年度', 2018],
    ['令和5(2023)年度', 2023],
    ['令和５（２０２３）年度', 2023],
    ['2023年度', 2023],
    ['2023（令和5）年度', 2023],
    ['令和5年', null],
    ['運営方針', null]
  ])('%s → %s', (text, year) => {
    expect(fiscalYearFrom(text)).toBe(year);
  });
});

const body = ['基本目標', '海と緑のまち', '目標達成に向けた施策', '1 安全なまち', '・訓練を支援します。'];

describe('the title line', () => {
  it('reads R5年度 and 令和5(2023)年度 titles', () => {
    expect(parsePlan(['R5年度 金沢区運営方針', ...body].join('\n'))).toMatchObject({ ward: '金沢区', fiscal_year: 2023 });
    expect(parsePlan(['令和5(2023)年度 金沢区運営方針', ...body].join('\n'))).toMatchObject({ ward: '金沢区', fiscal_year: 2023 });
  });

  it('takes the title nearest above 基本目標 when a menu of other years comes first, and says so', () => {
    const plan = parsePlan(['区の運営方針', '・令和元年度旭区運営方針', '令和元年度旭区運営方針', '令和2年度旭区運営方針', '令和3年度旭区運営方針', ...body].join('\n'));
    expect(plan.fiscal_year).toBe(2021);
    expect(plan.warnings.find((w) => /several fiscal years/.test(w.message))).toMatchObject({ line: 5 });
  });

  it('keeps the title when other years are listed after the plan, and warns nothing', () => {
    const plan = parsePlan(['令和5年度 金沢区運営方針', ...body, '令和4年度金沢区運営方針', '令和3年度金沢区運営方針'].join('\n'));
    expect(plan.fiscal_year).toBe(2023);
    expect(plan.warnings.filter((w) => /several fiscal years/.test(w.message))).toEqual([]);
  });

  it.each([
    ['令和5年度の保土ケ谷区運営方針をお知らせします', '保土ケ谷区', 2023],
    ['保土ケ谷区 令和5年度 区運営方針', '保土ケ谷区', 2023]
  ])('reads %s as %s, %s', (title, ward, year) => {
    expect(parsePlan([title, ...body].join('\n'))).toMatchObject({ ward, fiscal_year: year });
  });

  it('keeps a dated title that is not alone on its line over an alone one after the goal', () => {
    const plan = parsePlan(['令和元年度 神奈川区運営方針が決まりました', ...body, '過去の運営方針', '平成30年度 神奈川区運営方針'].join('\n'));
    expect(plan.fiscal_year).toBe(2019);
  });

  it('warns where the text names no year or no ward, unless the caller gave them', () => {
    const messages = parsePlan(['金沢区の運営方針', ...body].join('\n')).warnings.map((w) => w.message);
    expect(messages.some((m) => /no fiscal year/.test(m))).toBe(true);
    expect(messages.some((m) => /no ward/.test(m))).toBe(false);
    const bare = parsePlan(body.join('\n'));
    expect(bare.warnings.map((w) => w.message).filter((m) => /no fiscal year|no ward/.test(m))).toHaveLength(2);
    const given = parsePlan(body.join('\n'), { ward: '金沢区', fiscal_year: 2023 });
    expect(given.warnings.filter((w) => /no fiscal year|no ward/.test(w.message))).toEqual([]);
  });
});
