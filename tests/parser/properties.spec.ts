/**
 * Properties (fast-check): the parser fails only with PlanInputError, a generated plan comes back
 * item for item, and decoding round-trips Shift_JIS and rejects what is not text.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { PlanInputError } from '../../src/lib/plans/types';
import { decodePlanBytes, MAX_PLAN_BYTES } from '../../src/lib/text/decode';

/** Parse; a thrown error must be a PlanInputError, a returned plan must keep the contract's basics. */
function parseOrInputError(text: string): void {
  let plan;
  try {
    plan = parsePlan(text);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanInputError);
    return;
  }
  for (const pillar of plan.pillars) {
    expect(pillar.position).toBeGreaterThan(0);
    for (const it of pillar.initiatives) {
      expect(it.title.trim()).not.toBe('');
      expect(it.lines[0]).toBeLessThanOrEqual(it.lines[1]);
    }
  }
  expect(Array.isArray(plan.warnings)).toBe(true);
}

/** Lines that exercise the parser's paths: headings, glyphs, bullets, brackets, markers, captions. */
const planishLine = fc.oneof(
  fc.constantFrom(
    'Ⅰ 基本目標', 'I基本目標 テスト', '基本姿勢', '目標達成に向けた取組姿勢', 'Ⅱ 目標達成に向けた施策', '施策', '主な取組',
    '【参考】主な事業・取組', '主な事業・取組 | 内容', 'Ⅲ 目標達成に向けた組織運営', '各課の取組', 'コラム①', '',
    '1 テストのまち', '施策2 テスト', '③テスト', '[4] テスト', '(5) テスト', '6. テスト', '◆見出し【テスト事業】', '◆',
    '【テスト事業】', '【', '】', '・', '- ・', '- ', '・本文です。(新)(コ)', '(新) 新規事業', 'ラベル 説明 (コ)',
    'テスト事業、サンプル事業 等', '<キャプション>', 'キャプション>', '本文です。', '本文', 'このページへのお問合せ',
    '★', '※重点事業', '[+D]', '（新）', 'テスト区役所づくり', 'a\tb', 'x  y', '|', '令和元年度 テスト区運営方針',
    // Layouts of other wards (tests/parser/variants.spec.ts)
    '【施策】', '施策の柱1 テストのまちづくり', '第2 目標達成に向けた施策', '基本目標：テスト', '～サブ～', '◆見出し【テスト事業】(旧:古い事業)',
    '【テスト事業】（旧：古い事業）', '- 2 -', '３', '\f令和元年度 テスト区運営方針', '重点事業', '※新規事業', '◇点です。', '●文です。',
    'コラム① マスコット', '（２）見出し【事業】', '1. 人と人', '事業名 | 概要', '問合せ テスト課', '◆ 組織', '・区民の声。'
  ),
  fc.string({ maxLength: 12 })
);

describe('parsePlan on arbitrary input', () => {
  it('throws nothing but PlanInputError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        parseOrInputError(text);
      }),
      { numRuns: 300 }
    );
  });

  it('throws nothing but PlanInputError on arbitrary arrangements of plan-like lines', () => {
    fc.assert(
      fc.property(fc.array(planishLine, { maxLength: 60 }), (lines) => {
        parseOrInputError(lines.join('\n'));
      }),
      { numRuns: 500 }
    );
  });
});

const KANA = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ'];
const word = fc.array(fc.constantFrom(...KANA), { minLength: 3, maxLength: 8 }).map((cs) => cs.join(''));

type Numbering = (n: number, title: string) => string;
const NUMBERINGS: Record<string, Numbering> = {
  plain: (n, t) => `${n} ${t}`,
  shisaku: (n, t) => `施策${n} ${t}`,
  circled: (n, t) => `${String.fromCodePoint(0x2460 + n - 1)}${t}`,
  square: (n, t) => `[${n}] ${t}`,
  paren: (n, t) => `(${n}) ${t}`,
  dot: (n, t) => `${n}. ${t}`
};

const generatedPlan = fc.record({
  numbering: fc.constantFrom(...Object.keys(NUMBERINGS)),
  shape: fc.constantFrom('glyph', 'bullet'),
  pillars: fc.uniqueArray(
    fc.record({ title: word, items: fc.uniqueArray(word, { minLength: 1, maxLength: 5 }) }),
    { minLength: 1, maxLength: 6, selector: (p) => p.title }
  )
});

describe('generated plans', () => {
  it('yields exactly the generated pillars and items, titles intact', () => {
    fc.assert(
      fc.property(generatedPlan, ({ numbering, shape, pillars }) => {
        const lines = ['令和5年度 テスト区運営方針', '', 'Ⅰ 基本目標 テストのまち', '', 'Ⅱ 目標達成に向けた施策', ''];
        pillars.forEach((p, k) => {
          lines.push(NUMBERINGS[numbering](k + 1, `${p.title}のまちづくり`), '');
          p.items.forEach((item, j) => {
            if (shape === 'glyph') lines.push(`◆${item}の推進【${item}事業】`, '', `${item}を進めます。`, '');
            else lines.push(`・${item}${j}を進めます。(新)`);
          });
          lines.push('');
        });
        const plan = parsePlan(lines.join('\n'));
        expect(plan.pillars.map((p) => [p.position, p.title])).toEqual(pillars.map((p, k) => [k + 1, `${p.title}のまちづくり`]));
        plan.pillars.forEach((parsed, k) => {
          const expectedTitles = pillars[k].items.map((item, j) => (shape === 'glyph' ? `${item}の推進` : `${item}${j}を進めます`));
          expect(parsed.initiatives.map((i) => i.title)).toEqual(expectedTitles);
          if (shape === 'glyph') expect(parsed.initiatives.map((i) => i.program_name)).toEqual(pillars[k].items.map((item) => `${item}事業`));
          else expect(parsed.initiatives.every((i) => i.markers.join() === '新')).toBe(true);
        });
        expect(plan.truncated).toBe(false);
      }),
      { numRuns: 200 }
    );
  });
});

/** Shift_JIS bytes written out by hand (checked against iconv): hiragana row 0x82, a few kanji. */
const SJIS: Record<string, number[]> = {
  あ: [0x82, 0xa0],
  い: [0x82, 0xa2],
  区: [0x8b, 0xe6],
  基: [0x8a, 0xee],
  本: [0x96, 0x7b],
  目: [0x96, 0xda],
  標: [0x95, 0x57],
  施: [0x8e, 0x7b],
  策: [0x8d, 0xf4],
  '◆': [0x81, 0x9f],
  ' ': [0x20],
  '\n': [0x0a],
  a: [0x61]
};

describe('decodePlanBytes', () => {
  it('round-trips Shift_JIS text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Object.keys(SJIS)), { minLength: 1, maxLength: 200 }), (chars) => {
        const text = chars.join('');
        fc.pre(text.trim() !== '');
        const bytes = new Uint8Array(chars.flatMap((c) => SJIS[c]));
        const decoded = decodePlanBytes(bytes, 'plan.txt');
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe(/[^\x00-\x7f]/.test(text) ? 'shift_jis' : 'utf-8');
      })
    );
  });

  it('decodes the known bytes of 基本目標 as Shift_JIS', () => {
    const bytes = new Uint8Array([0x8a, 0xee, 0x96, 0x7b, 0x96, 0xda, 0x95, 0x57]);
    expect(decodePlanBytes(bytes, 'x.txt')).toEqual({ text: '基本目標', encoding: 'shift_jis' });
  });

  it('round-trips UTF-8 text with CRLF and a BOM', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => !/[\r\n\u0000-\u001f\u007f\uFEFF]/.test(s)), { minLength: 1, maxLength: 10 }), (parts) => {
        fc.pre(parts.join('').trim() !== '');
        const body = parts.join('\r\n');
        const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
        expect(decodePlanBytes(bytes, 'u.txt')).toEqual({ text: parts.join('\n'), encoding: 'utf-8' });
      })
    );
  });

  it('rejects binary input (NUL bytes) naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(199), (bytes, at) => {
        const withNul = new Uint8Array(bytes);
        withNul[at % withNul.length] = 0;
        expect(() => decodePlanBytes(withNul, 'scan.pdf')).toThrow(PlanInputError);
        expect(() => decodePlanBytes(withNul, 'scan.pdf')).toThrow(/^scan\.pdf: binary/);
      })
    );
  });

  it('rejects many control characters', () => {
    const bytes = new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x04, 0x05, 0x42]);
    expect(() => decodePlanBytes(bytes, 'ctl.txt')).toThrow(/ctl\.txt: binary/);
  });

  it('rejects an empty file and a white-space-only file', () => {
    expect(() => decodePlanBytes(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt: empty file/);
    expect(() => decodePlanBytes(new TextEncoder().encode(' \n\n'), 'blank.txt')).toThrow(/^blank\.txt: empty/);
  });

  it('rejects a file over 20 MB and accepts one at the limit', () => {
    expect(MAX_PLAN_BYTES).toBe(20 * 1024 * 1024);
    const over = new Uint8Array(MAX_PLAN_BYTES + 1).fill(0x61);
    expect(() => decodePlanBytes(over, 'huge.txt')).toThrow(/^huge\.txt: .*over the 20 MB limit/);
    const at = new Uint8Array(MAX_PLAN_BYTES).fill(0x61);
    expect(decodePlanBytes(at, 'big.txt').text.length).toBe(MAX_PLAN_BYTES);
  });

  it('rejects bytes that are neither UTF-8 nor Shift_JIS', () => {
    // 0x82 followed by 0x20 is an invalid Shift_JIS pair and invalid UTF-8.
    expect(() => decodePlanBytes(new Uint8Array([0x82, 0x20, 0x82, 0x20, 0xff, 0xff]), 'bad.txt')).toThrow(/^bad\.txt: cannot decode/);
  });
});
