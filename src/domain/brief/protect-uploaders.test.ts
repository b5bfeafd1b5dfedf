import { describe, expect, it } from 'vitest';
import { placePosition, roundCoordinate, stripHandles } from './protect-uploaders';

describe('stripHandles', () => {
  it('replaces @handles, Latin or Cyrillic, wherever they stand in the text', () => {
    expect(stripHandles('@ivan_rail снял, репост @железка.гомель.')).toBe('@[removed] снял, репост @[removed].');
    expect(stripHandles('(via @a.b_c)')).toBe('(via @[removed])');
  });

  it('leaves e-mail addresses and lone @ signs alone', () => {
    expect(stripHandles('write to desk@example.org @ noon')).toBe('write to desk@example.org @ noon');
  });
});

describe('placePosition', () => {
  it('rounds to 6 decimals without a grid', () => {
    expect(placePosition(27.12345678, -51.0000004)).toEqual([27.123457, -51]);
    expect(roundCoordinate(-0.0000001)).toBe(0);
    expect(Object.is(roundCoordinate(-0.0000001), -0)).toBe(false);
  });

  it('snaps to the grid and writes only the grid decimals', () => {
    expect(placePosition(29.2468, 52.0551, 0.01)).toEqual([29.25, 52.06]);
    expect(placePosition(29.2468, 52.0551, 0.25)).toEqual([29.25, 52]);
    expect(placePosition(29.2468, 52.0551, 1)).toEqual([29, 52]);
  });

  it('keeps snapped positions within longitude and latitude range', () => {
    expect(placePosition(179.99, 89.99, 0.3)).toEqual([180, 90]);
  });
});
