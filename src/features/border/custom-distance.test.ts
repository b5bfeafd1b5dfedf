import { describe, expect, it } from 'vitest';
import { parseCustomKm } from './custom-distance';

describe('parseCustomKm', () => {
  it('reads a distance in km, with a decimal point or comma', () => {
    expect(parseCustomKm(' 30 ')).toEqual({ km: 30 });
    expect(parseCustomKm('12.5')).toEqual({ km: 12.5 });
    expect(parseCustomKm('12,5')).toEqual({ km: 12.5 });
  });

  it('says specifically what is wrong with anything else', () => {
    expect(parseCustomKm('')).toEqual({ error: 'Enter a distance in km.' });
    expect(parseCustomKm('forty')).toEqual({ error: '“forty” is not a number of km.' });
    expect(parseCustomKm('0')).toEqual({ error: 'The distance must be greater than 0 km.' });
    expect(parseCustomKm('-5')).toEqual({ error: 'The distance must be greater than 0 km.' });
    expect(parseCustomKm('9000')).toEqual({ error: 'Enter at most 5000 km.' });
  });
});
