// Reads a GeoJSON FeatureCollection as text arriving in pieces and hands out each feature's
// own text, so a feed of a million features is never one string nor one object graph: a
// 430 MB feed read whole is close to V8's longest string and several gigabytes once parsed.
// Only the structure is followed here (strings, brackets, commas); each feature's text is
// checked by JSON.parse where it is used, and the top-level members other than "features"
// (type, metadata…) are handed out as text the same way.

export class FeatureCollectionScanError extends Error {
  override readonly name = 'FeatureCollectionScanError';
}

export interface ScanHandlers {
  /** The text of one element of "features", in order. */
  element(text: string): void;
  /** A top-level member; `text` is its JSON value ("[]" for the features list, whose
   *  elements come through `element`). */
  member(key: string, text: string): void;
}

type Mode = 'start' | 'key' | 'colon' | 'value' | 'after-member' | 'elements' | 'after-element' | 'done';
type Target = { kind: 'member'; key: string } | { kind: 'element' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;
}


/** The first `search` in `text` at or after `from`, or text.length. */
function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Members kept as text are meant to be small (type, metadata); a huge one is skipped. */
const MAX_MEMBER_CHARACTERS = 1_000_000;

export class FeatureCollectionScanner {
  private mode: Mode = 'start';
  /** Text not yet handed out: from the start of the value (or key) being read. */
  private carry = '';
  /** Characters of all earlier pieces before `carry`, for positions in messages. */
  private consumed = 0;
  private key = '';
  private target: Target | null = null;
  /** Inside the value being read: nesting below its start, string and escape state. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Where the current value or key starts in carry + piece; -1 when none is being read. */
  private start = -1;
  private primitive = false;
  private readingKey = false;

  constructor(private readonly handlers: ScanHandlers) {}

  /** True once the first character showed a JSON object (the only shape a feed can take). */
  get isObject(): boolean {
    return this.mode !== 'start';
  }

  push(piece: string): void {
    const text = this.carry + piece;
    let i = this.carry.length;
    const length = text.length;
    // Where the next quote and the next backslash are, at or after the last look (length:
    // none). Backslashes are rare, so one look serves many strings.
    let quoteAt = -1;
    let backslashAt = -1;
    for (; i < length; i += 1) {
      if (this.inString && !this.escaped) {
        // Inside a string only a quote or a backslash matters: skip to the next one at once
        // (most of a feed's text is captions, links and dates). indexOf is native and fast;
        // a sticky regular expression per string cost a third of reading a feed here.
        if (quoteAt < i) quoteAt = indexOrEnd(text, '"', i);
        if (backslashAt < i) backslashAt = indexOrEnd(text, '\\', i);
        i = quoteAt < backslashAt ? quoteAt : backslashAt;
        if (i >= length) break;
      }
      const code = text.charCodeAt(i);
      if (this.start >= 0) {
        if (this.readString(code)) {
          if (this.readingKey) {
            if (!this.inString) this.finishKey(text, i);
            continue;
          }
          if (!this.inString && this.depth === 0 && !this.primitive) this.finishValue(text, i + 1);
          continue;
        }
        if (this.primitive) {
          if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) {
            this.finishValue(text, i);
            i -= 1; // the character ends the value and is read again in the mode that follows
          }
          continue;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth += 1;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          this.depth -= 1;
          if (this.depth === 0) this.finishValue(text, i + 1);
        }
        continue;
      }
      if (isSpace(code)) continue;
      this.structural(code, text, i);
    }
    if (this.start >= 0) {
      this.carry = text.slice(this.start);
      this.consumed += this.start;
      this.start = 0;
    } else {
      this.consumed += text.length;
      this.carry = '';
    }
  }

  /** Call after the last piece: a collection cut short is an error. */
  end(): void {
    if (this.start >= 0 && this.primitive) this.finishValue(this.carry, this.carry.length);
    if (this.mode === 'start') throw new FeatureCollectionScanError('The file is empty.');
    if (this.mode !== 'done') throw new FeatureCollectionScanError('The file is not valid JSON (it ends before the FeatureCollection is closed).');
  }

  /** Follows strings inside a value; true when `code` was part of (or opened/closed) a string. */
  private readString(code: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) this.escaped = true;
      else if (code === QUOTE) this.inString = false;
      return true;
    }
    if (code === QUOTE && !this.primitive) {
      this.inString = true;
      return true;
    }
    return false;
  }

  private structural(code: number, text: string, i: number): void {
    switch (this.mode) {
      case 'start':
        if (code !== OPEN_BRACE) throw new FeatureCollectionScanError('not an object');
        this.mode = 'key';
        return;
      case 'key':
        if (code === QUOTE) {
          this.start = i;
          this.readingKey = true;
          this.inString = true;
          return;
        }
        if (code === CLOSE_BRACE) {
          this.mode = 'done';
          return;
        }
        break;
      case 'colon':
        if (code === COLON) {
          this.mode = 'value';
          return;
        }
        break;
      case 'value':
        if (this.key === 'features' && code === OPEN_BRACKET) {
          // Its elements are handed out one by one; the member itself reads as a list.
          this.handlers.member('features', '[]');
          this.mode = 'elements';
          return;
        }
        this.beginValue(code, i, { kind: 'member', key: this.key });
        return;
      case 'after-member':
        if (code === COMMA) {
          this.mode = 'key';
          return;
        }
        if (code === CLOSE_BRACE) {
          this.mode = 'done';
          return;
        }
        break;
      case 'elements':
        if (code === CLOSE_BRACKET) {
          this.mode = 'after-member';
          return;
        }
        this.beginValue(code, i, { kind: 'element' });
        return;
      case 'after-element':
        if (code === COMMA) {
          this.mode = 'elements';
          return;
        }
        if (code === CLOSE_BRACKET) {
          this.mode = 'after-member';
          return;
        }
        break;
      case 'done':
        break;
    }
    this.unexpected(text, i);
  }

  private beginValue(code: number, i: number, target: Target): void {
    this.start = i;
    this.target = target;
    this.depth = 0;
    this.primitive = false;
    if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth = 1;
    else if (code === QUOTE) this.inString = true;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET || code === COMMA || code === COLON) {
      this.start = -1;
      throw this.errorAt(code, i);
    } else this.primitive = true;
  }

  private finishKey(text: string, i: number): void {
    try {
      this.key = JSON.parse(text.slice(this.start, i + 1)) as string;
    } catch {
      throw new FeatureCollectionScanError(`The file is not valid JSON (a broken member name near character ${(this.consumed + this.start).toLocaleString('en')}).`);
    }
    this.start = -1;
    this.readingKey = false;
    this.mode = 'colon';
  }

  private finishValue(text: string, end: number): void {
    const target = this.target;
    const start = this.start;
    this.start = -1;
    this.primitive = false;
    this.target = null;
    if (!target) return;
    if (target.kind === 'element') {
      this.handlers.element(text.slice(start, end));
      this.mode = 'after-element';
    } else {
      if (end - start <= MAX_MEMBER_CHARACTERS) this.handlers.member(target.key, text.slice(start, end));
      this.mode = 'after-member';
    }
  }

  private errorAt(code: number, i: number): FeatureCollectionScanError {
    const shown = JSON.stringify(String.fromCharCode(code));
    return new FeatureCollectionScanError(`The file is not valid JSON (unexpected ${shown} at character ${(this.consumed + i).toLocaleString('en')}).`);
  }

  private unexpected(_text: string, i: number): never {
    throw this.errorAt(_text.charCodeAt(i), i);
  }
}
