/*
 * XML can declare entities in a DOCTYPE: external ones read local files or URLs (XXE), and
 * nested ones expand exponentially ("billion laughs"). KML never needs a DOCTYPE, so any
 * document that has one is refused before a parser sees it, whichever parser the platform
 * provides and whatever it does with entities.
 */

/** True when the document's prolog (before the root element) contains a DOCTYPE declaration. */
export function hasDoctype(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else {
      return text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE';
    }
  }
}
