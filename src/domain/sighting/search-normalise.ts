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

const WORD_SEPARATOR = /[^\p{L}\p{N}\p{M}_'’ʼ`-]+/u;
/** Anything beyond ASCII and basic Cyrillic may be decomposed or accented. */
const NEEDS_COMPOSE = /[^\t\n\r\u0020-\u007e\u0400-\u04ff]/;
const COMBINING_MARKS = /\p{M}/gu;
const JOINERS = /[-_'’ʼ`]/g;

function isCyrillic(ch: string): boolean {
  return ch >= '\u0400' && ch <= '\u04ff';
}

function isLatin(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '\u00c0' && ch <= '\u024f' && ch !== '\u00d7' && ch !== '\u00f7');
}

/** 'cyrillic' when the word should be read as Cyrillic, judged by letters with no look-alike. */
function wordScript(word: string): 'cyrillic' | 'latin' {
  let cyrillicSure = 0;
  let latinSure = 0;
  let cyrillicAll = 0;
  let latinAll = 0;
  for (const ch of word) {
    if (isCyrillic(ch)) {
      cyrillicAll++;
      if (!(ch in CYRILLIC_TO_LATIN)) cyrillicSure++;
    } else if (isLatin(ch)) {
      latinAll++;
      if (!(ch in LATIN_TO_CYRILLIC)) latinSure++;
    }
  }
  if (cyrillicSure !== latinSure) return cyrillicSure > latinSure ? 'cyrillic' : 'latin';
  // Only look-alikes (e.g. "ТОР", "TOP"): go with the majority; a tie reads as Cyrillic,
  // the language of almost every caption this app sees.
  return latinAll > cyrillicAll ? 'latin' : 'cyrillic';
}

function foldWord(word: string): string {
  const script = wordScript(word);
  const swap = script === 'cyrillic' ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  let folded = '';
  for (const ch of word) folded += swap[ch] ?? ch;
  folded = folded.toLowerCase();
  // A letter O right after a digit is a zero typed with the wrong key: "вл1О" is "вл10".
  folded = folded.replace(/(\d)[oо]/g, (_match, digit: string) => `${digit}0`);
  let latin = '';
  for (const ch of folded) latin += TRANSLIT[ch] ?? ch;
  latin = latin
    .replace(JOINERS, '')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/j/g, 'y')
    // Yelsk / Jelsk / Ельск, Yermak / Ермак: a leading y before a vowel is spelling only.
    .replace(/^y(?=[aeiou])/, '')
    // Mozyr / Мозир / Мозырь: и, ы and y are one sound family across the three languages.
    .replace(/y/g, 'i');
  return latin;
}

/**
 * Lower-case Latin search key of a text: words separated by single spaces, '#', punctuation
 * and emoji removed, hyphens, underscores and apostrophes joined ("Т-72" → "t72"), ё→е,
 * Latin/Cyrillic look-alikes folded by the word's main script, Cyrillic transliterated
 * (г→h, х→h, и/ы/й/y→i), accents dropped. "Мозырь", "Mozyr" and "Мозир" all give "mozir".
 */
export function normaliseForSearch(text: string): string {
  const composed = NEEDS_COMPOSE.test(text) ? text.normalize('NFC') : text;
  const words: string[] = [];
  for (const word of composed.split(WORD_SEPARATOR)) {
    if (word === '') continue;
    let folded = foldWord(word);
    if (NEEDS_COMPOSE.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARKS, '');
    if (folded !== '') words.push(folded);
  }
  return words.join(' ');
}
