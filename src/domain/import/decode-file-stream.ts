/*
 * decodeFileDetailed for bytes that arrive in pieces (a File's stream), so a 50 MB file is
 * decoded as it is read instead of after. The encoding is chosen the same way: a UTF-16
 * byte-order mark decides at once; otherwise the bytes are read as UTF-8 until one is not
 * valid UTF-8, and then the whole file is Windows-1251 — which only a second pass from the
 * first byte can give, so the decoder says so (NotUtf8Error) and the caller starts again
 * with `new FileStreamDecoder('windows-1251')`.
 */
import type { TextEncodingName } from './decode-file-bytes.ts';

/** The bytes are not UTF-8: decode the file again from its first byte as Windows-1251. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
  constructor() {
    super('The file is not valid UTF-8.');
  }
}

const EMPTY = new Uint8Array(0);

export class FileStreamDecoder {
  private decoder: TextDecoder | null = null;
  /** Bytes held back until there are two, enough to see a UTF-16 byte-order mark. */
  private head: Uint8Array = EMPTY;
  private chosen: TextEncodingName | null = null;

  /** `fallback`: the encoding for a file without a UTF-16 mark, once UTF-8 failed. */
  constructor(private readonly fallback?: 'windows-1251') {}

  /** The encoding in use; known once two bytes (or the end) have been seen. */
  get encoding(): TextEncodingName {
    return this.chosen ?? this.fallback ?? 'utf-8';
  }

  /** Text of the next bytes (a character cut between pieces comes with the later one). */
  push(bytes: Uint8Array): string {
    if (!this.decoder) {
      const joined = this.head.length === 0 ? bytes : concat(this.head, bytes);
      if (joined.length < 2) {
        this.head = joined.slice();
        return '';
      }
      this.head = EMPTY;
      return this.decode(this.start(joined), joined, true);
    }
    return this.decode(this.decoder, bytes, true);
  }

  /** The text still held back; call once after the last piece. */
  end(): string {
    if (!this.decoder) {
      const head = this.head;
      this.head = EMPTY;
      return this.decode(this.start(head), head, false);
    }
    return this.decode(this.decoder, EMPTY, false);
  }

  private start(first: Uint8Array): TextDecoder {
    let encoding: TextEncodingName;
    if (first[0] === 0xff && first[1] === 0xfe) encoding = 'utf-16le';
    else if (first[0] === 0xfe && first[1] === 0xff) encoding = 'utf-16be';
    else encoding = this.fallback ?? 'utf-8';
    this.chosen = encoding;
    // As decodeFileDetailed: only UTF-8 is strict (its failure picks Windows-1251); every
    // decoder drops its own byte-order mark (ignoreBOM: false).
    this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
    return this.decoder;
  }

  private decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
    try {
      return decoder.decode(bytes, { stream });
    } catch (error) {
      if (this.chosen === 'utf-8') throw new NotUtf8Error();
      throw error;
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
