/*
 * KML descriptions are HTML written by whoever made the map. railwatch shows them as plain
 * text, so this turns markup into text (never into HTML) and lifts out the http(s) links,
 * which are often the only pointer to the original post. It is a linear scanner rather than
 * a regular expression, so a hostile description ("<a<a<a…") cannot make it slow.
 */

export interface HtmlText {
  text: string;
  /** href values of <a> tags that are absolute http(s) links, in document order, unique. */
  links: string[];
}

/** Elements whose content is code or styling, never text for the analyst. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
/** Elements that start a new line of text. */
const BLOCK = new Set(['br', 'p', 'div', 'li', 'tr', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre']);

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['laquo', '«'],
  ['raquo', '»'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['hellip', '…'],
  ['copy', '©'],
  ['deg', '°'],
]);

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const usable = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return usable ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES.get(body.toLowerCase()) ?? whole;
  });
}

/** Index of the '>' that ends the tag opened at `from`, honouring quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '>') {
      return i;
    } else if ((ch === '"' || ch === "'") && /[=\s]/.test(html[i - 1] ?? '')) {
      quote = ch;
    }
  }
  return -1;
}

/** Index just past the closing tag of a raw-text element, or the end of input. */
function skipRawText(html: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const open = html.indexOf('</', at);
    if (open < 0) return html.length;
    if (html.slice(open + 2, open + 2 + name.length).toLowerCase() === name) {
      const end = tagEnd(html, open + 2);
      return end < 0 ? html.length : end + 1;
    }
    at = open + 2;
  }
}

function hrefOf(tag: string): string | undefined {
  const match = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  const raw = match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
  const href = decodeEntities(raw).trim();
  return /^https?:\/\/[^\s]+$/i.test(href) ? href : undefined;
}

export function htmlToText(html: string): HtmlText {
  const pieces: string[] = [];
  const links: string[] = [];
  const text = (s: string) => {
    if (s) pieces.push(decodeEntities(s).replace(/[\s\u00a0]+/g, ' '));
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(html[lt + 1] ?? '')) {
      // A bare "<" as in "5 < 10" is text.
      pieces.push('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    // An unterminated tag is markup cut short, not text: drop the rest.
    if (end < 0) break;
    const tag = html.slice(lt + 1, end);
    const name = (/^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1] ?? '').toLowerCase();
    const closing = tag.startsWith('/');
    i = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      i = skipRawText(html, name, i);
      continue;
    }
    if (!closing && name === 'a') {
      const href = hrefOf(tag.slice(1));
      if (href && !links.includes(href)) links.push(href);
    }
    if (BLOCK.has(name)) pieces.push('\n');
  }
  const lines = pieces
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0);
  return { text: lines.join('\n'), links };
}
