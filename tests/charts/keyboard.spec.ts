import { describe, expect, it, vi } from 'vitest';
import { handleMarkKey, isActivationKey, nextMarkIndex } from '../../src/lib/charts/keyboard';

// 2 × 3 grid with a hole at (1,1):
//   0 1 2
//   3 . 4
const grid = [
  { row: 0, col: 0 },
  { row: 0, col: 1 },
  { row: 0, col: 2 },
  { row: 1, col: 0 },
  { row: 1, col: 2 }
];

describe('nextMarkIndex', () => {
  it.each([
    { from: 0, key: 'ArrowRight', expected: 1 },
    { from: 2, key: 'ArrowRight', expected: 3 }, // end of row: next in reading order
    { from: 4, key: 'ArrowRight', expected: 4 }, // last mark: stay
    { from: 3, key: 'ArrowLeft', expected: 2 },
    { from: 0, key: 'ArrowLeft', expected: 0 },
    { from: 3, key: 'ArrowRight', expected: 4 }, // skips the hole
    { from: 1, key: 'ArrowDown', expected: 3 }, // tie between col 0 and 2: smaller col
    { from: 2, key: 'ArrowDown', expected: 4 },
    { from: 4, key: 'ArrowUp', expected: 2 },
    { from: 0, key: 'ArrowUp', expected: 0 },
    { from: 3, key: 'ArrowDown', expected: 3 },
    { from: 2, key: 'Home', expected: 0 },
    { from: 0, key: 'End', expected: 4 },
    { from: 1, key: 'a', expected: 1 },
    { from: 9, key: 'ArrowRight', expected: 9 }
  ])('$from $key → $expected', ({ from, key, expected }) => {
    expect(nextMarkIndex(grid, from, key)).toBe(expected);
  });

  it('uses reading order, not array order, for a list', () => {
    const marks = [
      { row: 1, col: 0 },
      { row: 0, col: 0 }
    ];
    expect(nextMarkIndex(marks, 0, 'ArrowLeft')).toBe(1);
    expect(nextMarkIndex(marks, 0, 'ArrowUp')).toBe(1);
    expect(nextMarkIndex(marks, 1, 'ArrowDown')).toBe(0);
  });
});

describe('isActivationKey', () => {
  it.each([
    { key: 'Enter', expected: true },
    { key: ' ', expected: true },
    { key: 'Spacebar', expected: true },
    { key: 'Tab', expected: false },
    { key: 'ArrowDown', expected: false }
  ])('$key → $expected', ({ key, expected }) => {
    expect(isActivationKey(key)).toBe(expected);
  });
});

describe('handleMarkKey', () => {
  const event = (key: string) => ({ key, preventDefault: vi.fn() }) as unknown as KeyboardEvent;

  it('activates on Enter and Space', () => {
    const activate = vi.fn();
    const e = event('Enter');
    handleMarkKey(e, null, grid, 0, activate);
    handleMarkKey(event(' '), null, grid, 0, activate);
    expect(activate).toHaveBeenCalledTimes(2);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('focuses the next mark through the container', () => {
    const focus = vi.fn();
    const container = { querySelector: vi.fn(() => ({ focus })) } as unknown as Element;
    handleMarkKey(event('ArrowDown'), container, grid, 1, null);
    expect((container.querySelector as ReturnType<typeof vi.fn>).mock.calls[0][0]).toBe('[data-mark="3"]');
    expect(focus).toHaveBeenCalled();
  });

  it('leaves Enter alone for links (activate null) and ignores other keys', () => {
    const container = { querySelector: vi.fn() } as unknown as Element;
    const e = event('Enter');
    handleMarkKey(e, container, grid, 0, null);
    handleMarkKey(event('Tab'), container, grid, 0, null);
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(container.querySelector).not.toHaveBeenCalled();
  });
});
