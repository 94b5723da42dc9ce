import { describe, it, expect } from 'vitest';
import { programKey, renamePointers, stripRenamePointers } from '../../src/lib/lineage/rename-pointer';

describe('renamePointers', () => {
  it.each([
    ['花壇づくりと緑化を進めます。(旧:花壇づくり事業)', ['花壇づくり事業']],
    ['…進めます。（旧：花壇づくり事業、街路樹緑化事業）', ['花壇づくり事業', '街路樹緑化事業']],
    ['公園ボランティア支援事業(旧 公園愛護会支援事業)', ['公園愛護会支援事業']],
    ['公園ボランティア支援事業(旧公園愛護会支援事業)', ['公園愛護会支援事業']],
    ['〔旧:障害児・者社会参加促進支援事業 等〕', ['障害児・者社会参加促進支援事業']],
    ['旧東海道戸塚宿という歴史的資源を生かし', []],
    ['(新)(コ)', []]
  ])('%s → %j', (text, names) => {
    expect(renamePointers(text)).toEqual(names);
  });
});

describe('stripRenamePointers / programKey', () => {
  it('removes the pointer so it does not count as a change of name', () => {
    expect(stripRenamePointers('公園ボランティア支援事業(旧:公園愛護会支援事業)')).toBe('公園ボランティア支援事業');
    expect(programKey('公園ボランティア支援事業（旧：公園愛護会支援事業）')).toBe('公園ボランティア支援事業');
  });
  it('treats an empty or missing name as none', () => {
    expect(programKey(null)).toBeNull();
    expect(programKey(' ')).toBeNull();
  });
});
