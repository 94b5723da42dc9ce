/**
 * The shared HTML → text function, and looksLikeHtml.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from '../../src/lib/text/html-to-text';
import { looksLikeHtml } from '../../src/lib/text/decode';

describe('htmlToText', () => {
  it.each([
    ['drops script and style content', '<p>前</p><script>var a = "<p>x</p>";</script><style>p{}</style><p>後</p>', '前\n\n後'],
    ['drops noscript, template and comments', 'A<noscript>N</noscript><template>T</template><!-- C -->B', 'A\n\nB'],
    ['drops tags with handlers and javascript: URLs', '<a href="javascript:alert(1)" onclick="x()">リンク</a>', 'リンク'],
    ['keeps a > inside a quoted attribute out of the text', '<img alt="a > b" src="x.png">本文', '本文'],
    ['turns block elements into lines', '<h2>見出し</h2><div>一</div>二<br>三', '見出し\n\n一\n二\n三'],
    ['reads table rows as one line each, cells joined by |', '<table><tr><th>主な事業・取組</th><th>内容</th></tr><tr><td>名前</td><td>説明<br>続き</td></tr></table>', '主な事業・取組 | 内容\n\n名前 | 説明 続き'],
    ['reads list items as ・ bullets', '<ul><li>一つ</li><li>二つ</li></ul>', '・一つ\n\n・二つ'],
    ['reads a definition term as a ◆ heading over its description', '<dl><dt>防犯の推進（新規）</dt><dd>防犯灯を設置します。</dd></dl>', '◆防犯の推進（新規）\n\n防犯灯を設置します。'],
    ['decodes named and numeric entities', '&lt;写真&gt; &amp; &quot;引用&quot; &#12354;&#x3044;&nbsp;&hellip;&unknown;', '<写真> & "引用" あい …&unknown;'],
    ['keeps a literal < before non-tag text', '1 < 2 と <交通安全>', '1 < 2 と <交通安全>'],
    ['collapses runs of blank lines and spaces', '<p>  a   b  </p>\n\n\n\n<p>c</p>', 'a b\n\nc'],
    ['reads a marker icon by its alt text', '<li><img src="new.png" alt="新規">防災講座</li>', '・［新規］防災講座'],
    ['reads a badge span with a marker word as that marker', '<li><span class="label">新規</span>防災講座</li>', '・［新規］防災講座'],
    ['leaves other images and spans as before', '<p><img alt="防災訓練の様子"><span class="label">お知らせ</span>本文</p>', 'お知らせ本文']
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('is linear on pathological input', () => {
    const started = Date.now();
    htmlToText('<'.repeat(200_000) + '<a "'.repeat(50_000) + '<!--'.repeat(50_000) + '&#'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never leaves a script body or an on* handler in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const clean = (s: string) => s.replace(/[<>&]/g, '');
        const html = `<div onclick="evil()">${clean(before)}</div><SCRIPT type="x">secretCode()</SCRIPT>${clean(after)}`;
        const text = htmlToText(html);
        expect(text).not.toContain('secretCode');
        expect(text).not.toContain('evil');
      })
    );
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['  <html lang="ja">', true],
    ['<div><p>一</p><p>二</p></div>', true],
    ['令和4年度 泉区運営方針\n\n<交通安全キャンペーン>\n<u>1 *とどけよう!*</u>', false],
    ['plain text', false]
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
