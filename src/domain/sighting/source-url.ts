/*
 * A comparison key for source links, so that the same post shared through different apps
 * ("https://m.vk.com/…?utm_source=…", "vk.com/…/") is recognised as one. The key is for
 * equality only: it drops the scheme, so it is never a link to open.
 */

import { DOT_SEGMENT, NAMED_HOST, PUNYCODE_LABEL } from './safe-url';

/** Query parameters that only track who shared a link or how; they never select the post. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'yclid',
  'igshid',
  'igsh',
  'si',
  'feature',
  'pp',
  '_r',
  '_t',
  '_d',
  'is_from_webapp',
  'is_copy_url',
  'sender_device',
  'sender_web_id',
  'share_app_id',
  'share_item_id',
  'share_link_id',
  'social_sharing',
  'tt_from',
  'u_code',
  'web_id',
  'ref',
  'ref_src',
  'embed',
  'single',
]);

/** Hosts whose `s` and `t` parameters are share-tracking codes (on YouTube `t` is a timestamp). */
const TWITTER_HOSTS = new Set(['twitter.com', 'x.com']);

// A Map, not an object: a host named "constructor" or "__proto__" must find nothing here.
const HOST_ALIASES = new Map([
  ['twitter.com', 'x.com'],
  ['mobile.twitter.com', 'x.com'],
  ['mobile.x.com', 'x.com'],
  ['telegram.me', 't.me'],
  ['youtu.be', 'youtube.com'],
]);

/** Hosts seen and their canonical form: a feed's links come from a handful of hosts. */
const canonicalHosts = new Map<string, string>();
const CANONICAL_HOSTS_KEPT = 4096;

function canonicalHost(hostname: string): string {
  let canonical = canonicalHosts.get(hostname);
  if (canonical === undefined) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    const bare = host.replace(/^(www|m)\./, '');
    canonical = HOST_ALIASES.get(host) ?? HOST_ALIASES.get(bare) ?? bare;
    // A hostile feed of a million hosts must not keep them all.
    if (canonicalHosts.size >= CANONICAL_HOSTS_KEPT) canonicalHosts.clear();
    canonicalHosts.set(hostname, canonical);
  }
  return canonical;
}

function isTrackingParam(name: string, originalHost: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('utm_') || TRACKING_PARAMS.has(lower)) return true;
  return (lower === 's' || lower === 't') && TWITTER_HOSTS.has(canonicalHost(originalHost));
}

/** The parts of a link the key is built from, as `new URL` gives them. */
export interface LinkParts {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  /** Read only: links without a query share one empty instance. */
  searchParams: URLSearchParams;
}

// A feed of 100,000 sightings is 100,000 links, and `new URL` costs microseconds each; most
// links are plain `https://host/path?query`, which this reads directly. Anything the URL
// parser would rewrite or reject takes `new URL`: ports, user info, IP and IDN (xn--) hosts,
// backslashes, percent escapes and dot segments in the path, characters it would escape.
const PLAIN_LINK = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[\w\-.~!$&()*+,;=:@/]*)?(?:\?([\w\-.~!$&()*+,;=:@/?%]*))?(?:#[^]*)?$/i;

const NO_PARAMS = new URLSearchParams();

/**
 * The link's parts read without the URL parser, or undefined when the link is not plain
 * enough to be sure they match what `new URL` would give.
 */
export function splitPlainLink(link: string): LinkParts | undefined {
  const match = PLAIN_LINK.exec(link);
  if (!match) return undefined;
  const [, scheme, host, path = '/', query = ''] = match as unknown as [string, string, string, string | undefined, string | undefined];
  if (!NAMED_HOST.test(host) || PUNYCODE_LABEL.test(host) || DOT_SEGMENT.test(path)) return undefined;
  // Most links have no query: no URLSearchParams made for them (the caller only reads it).
  const searchParams = query === '' ? NO_PARAMS : new URLSearchParams(`?${query}`);
  return { protocol: `${scheme.toLowerCase()}:`, hostname: host.toLowerCase(), port: '', pathname: path, searchParams };
}

function splitLink(link: string): LinkParts | undefined {
  const plain = splitPlainLink(link);
  if (plain) return plain;
  try {
    return new URL(link);
  } catch {
    return undefined;
  }
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return end === path.length ? path : path.slice(0, end);
}

/**
 * The duplicate-detection key of a source link: lower-case host without `www.`/`m.`, no
 * scheme, no tracking parameters (utm_*, fbclid, igshid, si, feature, _r, _t,
 * is_from_webapp, sender_device, …), no fragment, no trailing slash, remaining parameters
 * sorted. youtu.be/ID and /shorts/ID become youtube.com/watch?v=ID; twitter.com becomes
 * x.com; t.me/s/… (the web preview) becomes t.me/…. Links without a scheme are read as
 * https. Undefined when the text is not an http(s) link.
 */
export function normaliseSourceUrl(url: string): string | undefined {
  const text = url.trim();
  if (text === '') return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
  const parsed = splitLink(withScheme);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return undefined;

  const host = canonicalHost(parsed.hostname);
  let path = withoutTrailingSlashes(parsed.pathname);
  const params: [string, string][] = [];
  for (const [name, value] of parsed.searchParams) {
    if (!isTrackingParam(name, parsed.hostname)) params.push([name, value]);
  }

  if (parsed.hostname.toLowerCase() === 'youtu.be' && path.length > 1) {
    params.push(['v', path.slice(1)]);
    path = '/watch';
  } else if (host === 'youtube.com' && path.startsWith('/shorts/')) {
    params.push(['v', path.slice('/shorts/'.length)]);
    path = '/watch';
  } else if (host === 't.me' && path.startsWith('/s/')) {
    path = path.slice(2);
  }

  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port}${path}${query}`;
}
