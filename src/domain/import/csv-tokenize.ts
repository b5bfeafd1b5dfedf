/*
 * RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks;
 * records end with CRLF, LF or CR. Written as a small scanner (rather than papaparse) so it
 * behaves the same in Node, the browser and a worker, reports where a quote was left open,
 * and stays linear on 200 MB files.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line on which the record starts (records can span lines). */
  line: number;
}

export type CsvTokens = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

/** The delimiter used most often in the header line (outside quotes); ',' when none is. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  // Ties go to tab, then semicolon: a comma is what a header name itself may hold ("lat, lon").
  let best: CsvDelimiter = '\t';
  for (const d of [';', ','] as const) if (counts[d] > counts[best]) best = d;
  return counts[best] > 0 ? best : ',';
}

const CR = 13;
const LF = 10;
const SPACE = 32;
const QUOTE = 34;

export function tokenizeCsv(text: string, delimiter: CsvDelimiter): CsvTokens {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < n) {
    // A field: tolerate spaces before an opening quote (`a, "b, c"`), as hand-written files have them.
    let start = i;
    while (start < n && text.charCodeAt(start) === SPACE) start++;
    let value: string;
    if (text.charCodeAt(start) === QUOTE) {
      const openLine = line;
      let j = start + 1;
      value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) {
          return { ok: false, line: openLine, reason: `a quoted field that starts on line ${openLine} is never closed` };
        }
        const chunk = text.slice(j, close);
        line += countLineBreaks(chunk);
        value += chunk;
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      // Text after the closing quote ("abc" def) is kept rather than refused, like spreadsheets do.
      let k = j;
      while (k < n && !isFieldEnd(text.charCodeAt(k), delim)) k++;
      value = (value + text.slice(j, k).trimEnd()).replace(/\r\n?/g, '\n');
      i = k;
    } else {
      let k = i;
      while (k < n && !isFieldEnd(text.charCodeAt(k), delim)) k++;
      value = text.slice(i, k);
      i = k;
    }
    cells.push(value);
    const ch = text.charCodeAt(i);
    if (ch === delim) {
      i++;
      if (i === n) cells.push('');
      continue;
    }
    if (ch === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
    else if (ch === LF) i++;
    records.push({ cells, line: recordLine });
    cells = [];
    line++;
    recordLine = line;
  }
  if (cells.length > 0) records.push({ cells, line: recordLine });
  return { ok: true, records };
}

function isFieldEnd(ch: number, delim: number): boolean {
  return ch === delim || ch === LF || ch === CR;
}

function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk.charCodeAt(i);
    if (ch === LF || (ch === CR && chunk.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
