import { describe, expect, it } from 'vitest';
import { isTypingTarget, nextAnalystStatus, reviewActionFor, stepSelection, type KeyInput } from './shortcut-keys';

const body = { tagName: 'BODY', isContentEditable: false, closest: () => null };

function press(key: string, extra: Partial<KeyInput> = {}): KeyInput {
  return { key, ctrlKey: false, metaKey: false, altKey: false, target: body, ...extra };
}

describe('reviewActionFor', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['p', 'pin'],
    ['s', 'status'],
    ['n', 'note'],
    ['/', 'search'],
    ['Escape', 'close'],
    ['?', 'help'],
    ['J', 'next'],
  ] as const)('maps %j to %s', (key, action) => {
    expect(reviewActionFor(press(key))).toBe(action);
  });

  it('ignores keys that are not shortcuts', () => {
    expect(reviewActionFor(press('x'))).toBeNull();
    expect(reviewActionFor(press('ArrowDown'))).toBeNull();
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('ignores a shortcut with %s held', (modifier) => {
    expect(reviewActionFor(press('p', { [modifier]: true }))).toBeNull();
  });

  it.each(['INPUT', 'TEXTAREA', 'SELECT', 'input'])('ignores a shortcut typed into a %s', (tagName) => {
    expect(reviewActionFor(press('j', { target: { tagName, closest: () => null } }))).toBeNull();
  });

  it('ignores a shortcut typed into contenteditable text', () => {
    expect(reviewActionFor(press('s', { target: { tagName: 'DIV', isContentEditable: true, closest: () => null } }))).toBeNull();
  });

  it('leaves keys inside a dialog to the dialog', () => {
    const inDialog = { tagName: 'BUTTON', closest: (selector: string) => (selector.includes('dialog') ? {} : null) };
    expect(reviewActionFor(press('Escape', { target: inDialog }))).toBeNull();
  });

  it('works with no target', () => {
    expect(reviewActionFor(press('k', { target: null }))).toBe('previous');
  });
});

describe('isTypingTarget', () => {
  it('is false for buttons, list options and nothing', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('stepSelection', () => {
  const ids = ['a', 'b', 'c'].map((id) => ({ id }));

  it('moves one step either way', () => {
    expect(stepSelection(ids, 'b', 1)).toBe('c');
    expect(stepSelection(ids, 'b', -1)).toBe('a');
  });

  it('stops at the ends', () => {
    expect(stepSelection(ids, 'c', 1)).toBeUndefined();
    expect(stepSelection(ids, 'a', -1)).toBeUndefined();
  });

  it('starts at the top going forward and at the bottom going back when nothing listed is selected', () => {
    expect(stepSelection(ids, null, 1)).toBe('a');
    expect(stepSelection(ids, null, -1)).toBe('c');
    expect(stepSelection(ids, 'filtered-out', 1)).toBe('a');
  });

  it('has nowhere to go in an empty list', () => {
    expect(stepSelection([], null, 1)).toBeUndefined();
  });
});

describe('nextAnalystStatus', () => {
  it('walks every analyst status and then back to the feed status', () => {
    const seen: (string | undefined)[] = [];
    let status: string | undefined;
    for (let i = 0; i < 7; i++) {
      status = nextAnalystStatus(status);
      seen.push(status);
    }
    expect(seen).toEqual(['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation', 'unverifiable', undefined]);
  });

  it('starts from the beginning for an unknown status', () => {
    expect(nextAnalystStatus('something-else')).toBe('unverified');
  });
});
