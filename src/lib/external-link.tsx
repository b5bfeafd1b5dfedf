import type { ReactNode } from 'react';

/** Only http(s) links are ever clickable; anything else is shown as inert text. */
export function isHttpUrl(raw: string | undefined): raw is string {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!isHttpUrl(href)) return <span className="inert-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
