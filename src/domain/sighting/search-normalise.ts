/*
 * One folding used both for free-text search and for the hashtag tables, so a caption, a
 * query and a table entry always meet in the same form. The result is a lower-case Latin
 * "search key": Cyrillic (Russian, Ukrainian, Belarusian) is transliterated, Latin letters
 * typed inside Cyrillic words (and the reverse) are folded first, and a few spelling
 * differences between romanisations are merged. It is lossy on purpose; it is never shown.
 *
 * Compare keys with `normaliseForSearch(text).includes(normaliseForSearch(query))`.
 */

/** Latin letters that look like Cyrillic ones, used when a word is mostly Cyrillic. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', k: 'к', M: 'М',
  O: 'О', o: 'о', P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', Y: 'У', y: 'у', I: 'І', i: 'і',
};

/** Cyrillic letters that look like Latin ones, used when a word is mostly Latin. */
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/** Lower-case Cyrillic to Latin. Г is H as in Ukrainian and Belarusian (Homel, Hrodna). */
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'h', д: 'd', е: 'e', ё: 'e', є: 'e', ж: 'zh', з: 'z',
  и: 'i', і: 'i', ї: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Per Cyrillic code point (U+0400…U+04FF): its transliteration once lower-cased. */
const TRANSLIT_BY_CODE: (string | undefined)[] = [];
for (const [ch, latin] of Object.entries(TRANSLIT)) TRANSLIT_BY_CODE[ch.charCodeAt(0) - 0x400] = latin;
const LOOKALIKE_CYRILLIC = new Set(Object.keys(CYRILLIC_TO_LATIN).map((ch) => ch.charCodeAt(0)));
const LOOKALIKE_LATIN = new Set(Object.keys(LATIN_TO_CYRILLIC).map((ch) => ch.charCodeAt(0)));

/** Anything beyond ASCII and basic Cyrillic may be decomposed or accented. */
const NEEDS_COMPOSE = /[^\t\n\r\u0020-\u007e\u0400-\u04ff]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARKS = /\p{M}/gu;
const VOWELS = 'aeiou';

function isJoiner(code: number): boolean {
  // - _ ' ` ’ ʼ: joined, never split ("т-72", "ржд_рулит", "п’ять").
  return code === 0x2d || code === 0x5f || code === 0x27 || code === 0x60 || code === 0x2019 || code === 0x2bc;
}

/** True for characters that belong to a word: letters, digits, marks and the joiners above. */
export function isSearchWordChar(ch: string, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || isJoiner(code);
  if (code >= 0x400 && code <= 0x4ff) return true;
  return isJoiner(code) || WORD_CHAR.test(ch);
}

/**
 * isSearchWordChar of text[i], making a one-letter string only for the rare letters the
 * pattern must judge: for a Cyrillic letter charAt makes a new string each time, and feeds
 * are read letter by letter.
 */
export function isSearchWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80 || (code >= 0x400 && code <= 0x4ff)) return isSearchWordChar('', code);
  return isSearchWordChar(text.charAt(i), code);
}

function isLatinLetter(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** 'cyrillic' when the word should be read as Cyrillic, judged by letters with no look-alike. */
function wordScript(word: string): 'cyrillic' | 'latin' | 'single' {
  let cyrillicSure = 0;
  let latinSure = 0;
  let cyrillicAll = 0;
  let latinAll = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillicAll++;
      if (!LOOKALIKE_CYRILLIC.has(code)) cyrillicSure++;
    } else if (isLatinLetter(code)) {
      latinAll++;
      if (!LOOKALIKE_LATIN.has(code)) latinSure++;
    }
  }
  if (cyrillicAll === 0 || latinAll === 0) return 'single';
  if (cyrillicSure !== latinSure) return cyrillicSure > latinSure ? 'cyrillic' : 'latin';
  // Only look-alikes (e.g. "ТОР", "TOP"): go with the majority; a tie reads as Cyrillic,
  // the language of almost every caption this app sees.
  return latinAll > cyrillicAll ? 'latin' : 'cyrillic';
}

function lowerCode(ch: string, code: number): string {
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code >= 0x410 && code <= 0x42f) return String.fromCharCode(code + 0x20);
  if (code >= 0x400 && code <= 0x40f) return String.fromCharCode(code + 0x50);
  return code < 0x80 || (code >= 0x430 && code <= 0x45f) ? ch : ch.toLowerCase();
}

/** Folds one word (no separators inside) to its search key; see normaliseForSearch. */
export function foldWord(word: string): string {
  const script = wordScript(word);
  const swap = script === 'cyrillic' ? LATIN_TO_CYRILLIC : script === 'latin' ? CYRILLIC_TO_LATIN : undefined;
  let out = '';
  let pendingY = false;
  let previousDigit = false;
  let nonAscii = false;
  for (let i = 0; i < word.length; i++) {
    let ch = word.charAt(i);
    if (swap) ch = swap[ch] ?? ch;
    const code = ch.charCodeAt(0);
    if (isJoiner(code)) continue;
    ch = lowerCode(ch, code);
    // A letter O right after a digit is a zero typed with the wrong key: "вл1О" is "вл10".
    if (previousDigit && (ch === 'o' || ch === 'о')) ch = '0';
    const lowered = ch.charCodeAt(0);
    previousDigit = lowered >= 0x30 && lowered <= 0x39;
    const latin = lowered >= 0x400 && lowered <= 0x4ff ? (TRANSLIT_BY_CODE[lowered - 0x400] ?? ch) : ch;
    for (let j = 0; j < latin.length; j++) {
      let c = latin.charAt(j);
      if (c === 'h' && out.endsWith('k')) {
        out = out.slice(0, -1);
      } else if (c === 'g') c = 'h';
      else if (c === 'j') c = 'y';
      if (pendingY) {
        // Yelsk / Jelsk / Ельск, Yermak / Ермак: a leading y before a vowel is spelling only.
        pendingY = false;
        if (!VOWELS.includes(c)) out += 'i';
      }
      if (c === 'y') {
        if (out === '') {
          pendingY = true;
          continue;
        }
        // Mozyr / Мозир / Мозырь: и, ы and y are one sound family across the three languages.
        c = 'i';
      }
      if (c.charCodeAt(0) >= 0x80) nonAscii = true;
      out += c;
    }
  }
  if (pendingY) out += 'i';
  return nonAscii ? out.normalize('NFD').replace(COMBINING_MARKS, '') : out;
}

/**
 * Lower-case Latin search key of a text: words separated by single spaces, '#', punctuation
 * and emoji removed, hyphens, underscores and apostrophes joined ("Т-72" → "t72"), ё→е,
 * Latin/Cyrillic look-alikes folded by the word's main script, Cyrillic transliterated
 * (г→h, х→h, и/ы/й/y→i), accents dropped. "Мозырь", "Mozyr" and "Мозир" all give "mozir".
 */
export function normaliseForSearch(text: string): string {
  const source = NEEDS_COMPOSE.test(text) ? text.normalize('NFC') : text;
  let result = '';
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    const inWord = i < source.length && isSearchWordCharAt(source, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const folded = foldWord(source.slice(start, i));
      if (folded !== '') result = result === '' ? folded : `${result} ${folded}`;
      start = -1;
    }
  }
  return result;
}
