import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../geo/seeded-random';
import { inlineHashtags } from './read-properties';

/** The pattern inlineHashtags stands in for. */
const byPattern = (caption: string): string[] => [...caption.matchAll(/#([\p{L}\p{N}\p{M}_]+)/gu)].map((match) => match[1] ?? '');

describe('inlineHashtags', () => {
  it('finds each word after a #, as written', () => {
    expect(inlineHashtags('Вот #ТАНКИ и #ВЛ10у, #зима! #')).toEqual(['ТАНКИ', 'ВЛ10у', 'зима']);
    expect(inlineHashtags('##двойной #a#b #ржд_рулит #т-72')).toEqual(['двойной', 'a', 'b', 'ржд_рулит', 'т']);
    expect(inlineHashtags('no tags here')).toEqual([]);
  });

  it('takes letters, digits and marks beyond Latin and Cyrillic, astral ones whole', () => {
    expect(inlineHashtags('#café #cafe\u0301 #𝐓𝐚𝐧𝐤 #٣٤ #漢字 #🚂 #a🚂b')).toEqual(['café', 'cafe\u0301', '𝐓𝐚𝐧𝐤', '٣٤', '漢字', 'a']);
  });

  it('stops at a Cyrillic sign that is not a letter (҂) and at a lone surrogate', () => {
    expect(inlineHashtags('#ab҂cd #x\ud800y #z\udc00')).toEqual(['ab', 'x', 'z']);
  });

  it('agrees with the Unicode pattern on 20,000 seeded random captions', () => {
    const pieces = ['#', '#', ' ', ',', '-', '_', 'a', 'Z', '7', 'т', 'Ё', 'і', '҂', '\u0483', '\u0301', 'é', '٣', '漢', '𝐓', '🚂', '\ud800', '\udc00', '\u200b', '\u202e', '\u00a0', '\n'];
    const random = mulberry32(8);
    for (let n = 0; n < 20_000; n++) {
      let caption = '';
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) caption += pieces[Math.floor(random() * pieces.length)];
      expect(inlineHashtags(caption), JSON.stringify(caption)).toEqual(byPattern(caption));
    }
  });
});
