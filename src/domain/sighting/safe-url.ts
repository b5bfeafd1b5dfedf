/** Longer links are not real post URLs; refusing them keeps a hostile feed from growing the UI. */
export const MAX_URL_LENGTH = 4096;

/**
 * The link as the browser would follow it, when it is an absolute http: or https: URL;
 * otherwise undefined. Rejects javascript:, data:, vbscript: (any case, any embedded
 * whitespace), relative and protocol-relative ("//evil.com") links, malformed ones, and links
 * carrying credentials, because "https://tiktok.com@evil.com" reads as TikTok but opens evil.com.
 * Returns the parsed `href`, so what is shown is exactly what a click opens.
 */
export function safeHttpUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
