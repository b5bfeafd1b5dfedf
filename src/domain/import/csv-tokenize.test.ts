import { describe, expect, it } from 'vitest';
import { detectDelimiter, tokenizeCsv } from './csv-tokenize.ts';

const cells = (text: string, delimiter: ',' | ';' | '\t' = ',') => {
  const result = tokenizeCsv(text, delimiter);
  if (!result.ok) throw new Error(result.reason);
  return result.records.map((r) => r.cells);
};

describe('detectDelimiter', () => {
  it('picks the delimiter of the header line, ignoring quoted ones and later lines', () => {
    expect(detectDelimiter('lat,lon,caption\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('широта;долгота;"подпись, текст"\n')).toBe(';');
    expect(detectDelimiter('lat\tlon\tcaption')).toBe('\t');
    expect(detectDelimiter('"lat, lon";place')).toBe(';');
    expect(detectDelimiter('coordinates')).toBe(',');
  });
});

describe('tokenizeCsv', () => {
  it('splits plain records with LF, CRLF and CR line ends', () => {
    expect(cells('a,b\n1,2\r\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    expect(cells('id;caption;n\r\n1;"Эшелон; ""Т-72"",\r\nвторой вагон";7\r\n', ';')).toEqual([
      ['id', 'caption', 'n'],
      ['1', 'Эшелон; "Т-72",\nвторой вагон', '7'],
    ]);
  });

  it('records the physical line each record starts on', () => {
    const result = tokenizeCsv('h1,h2\n"a\nb\nc",x\ny,z\n', ',');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('keeps empty fields, including a trailing one, and does not add a record for the final newline', () => {
    expect(cells('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('tolerates spaces before an opening quote and text after a closing one', () => {
    expect(cells('a, "b, c",d\n"x" y,z')).toEqual([
      ['a', 'b, c', 'd'],
      ['x y', 'z'],
    ]);
  });

  it('keeps a quote inside an unquoted field literally', () => {
    expect(cells('5\'10", 2"')).toEqual([['5\'10"', ' 2"']]);
  });

  it('reports the line of a quote that is never closed', () => {
    expect(tokenizeCsv('a,b\n1,2\n3,"open\nstill open\n', ',')).toEqual({
      ok: false,
      line: 3,
      reason: 'a quoted field that starts on line 3 is never closed',
    });
  });

  it('returns no records for empty text', () => {
    expect(cells('')).toEqual([]);
  });
});
