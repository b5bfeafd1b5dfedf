import type { ReactNode } from 'react';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { ExternalLink, isHttpUrl } from '../../lib/external-link';
import { formatCoordinates, formatDate } from '../../lib/format';
import { equipmentKindLabel } from './sighting-summary';

// The body of the details panel below its title, status and the sections other features add.
// Loaded with the first selection, not with the first map (issue 8).

const PLATFORM_LABELS: Record<string, string> = {
  tiktok: 'TikTok',
  telegram: 'Telegram',
  vk: 'VK',
  twitter: 'Twitter/X',
  youtube: 'YouTube',
  other: 'Other',
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
        <dt>{label}</dt>
        <dd>{children}</dd>
    </>
  );
}

function DerivedMark({ derived }: { derived: boolean }) {
  if (!derived) return null;
  return (
    <span className="derived-mark" title="Not given by the feed: derived from the caption and hashtags">
      {' '}
      (derived from hashtags)
    </span>
  );
}

/**
 * The host a link really opens, next to it: links are stored as parsed URLs, so a look-alike
 * such as "tіktok.com" with a Cyrillic і shows as its punycode (xn--…) and cannot pass for TikTok.
 */
function LinkHost({ href }: { href: string | undefined }) {
  if (!isHttpUrl(href)) return null;
  return <span className="link-host"> ({new URL(href).hostname})</span>;
}

/** Dates, place, equipment, caption, hashtags and source links of the selected sighting: plain text only. */
export function SightingFacts({ sighting }: { sighting: WorkspaceSighting }) {
  return (
    <>
      <dl className="details-grid">
        <Row label="Observed">{formatDate(sighting.observedAt)}</Row>
        <Row label="Posted">{formatDate(sighting.postedAt)}</Row>
        <Row label="Location">
          {formatCoordinates(sighting.lon, sighting.lat)}
          {sighting.uncertaintyKm !== undefined && ` (± ${sighting.uncertaintyKm} km)`}
        </Row>
        {sighting.headingDeg !== undefined && <Row label="Heading">{Math.round(sighting.headingDeg)}°</Row>}
        <Row label="Equipment">
          {sighting.equipment.length === 0 ? (
            'not stated'
          ) : (
            <ul className="plain-list">
              {sighting.equipment.map((item, index) => (
                <li key={`${item.kind}-${index}`}>
                  {item.count !== undefined && `${item.count}× `}
                  {item.model ? `${item.model} (${equipmentKindLabel(item.kind)})` : equipmentKindLabel(item.kind)}
                </li>
              ))}
            </ul>
          )}
          <DerivedMark derived={sighting.derived.equipment && sighting.equipment.length > 0} />
        </Row>
        <Row label="Locomotive">
          {sighting.locomotive ?? 'not stated'}
          <DerivedMark derived={sighting.derived.locomotive && sighting.locomotive !== undefined} />
        </Row>
        {sighting.operator && (
          <Row label="Railway">
            {sighting.operator}
            <DerivedMark derived={sighting.derived.operator} />
          </Row>
        )}
        {sighting.wagons !== undefined && <Row label="Wagons">{sighting.wagons}</Row>}
        {sighting.militaryEchelon && <Row label="Echelon">Tagged as a military echelon</Row>}
        <Row label="Platform">{sighting.platform ? (PLATFORM_LABELS[sighting.platform] ?? sighting.platform) : '—'}</Row>
        {sighting.author && <Row label="Author">{sighting.author}</Row>}
      </dl>
      {sighting.caption && (
        <figure className="caption">
          <figcaption>Caption</figcaption>
          <blockquote lang="ru">{sighting.caption}</blockquote>
        </figure>
      )}
      {sighting.hashtags.length > 0 && (
        <p className="hashtags" aria-label="Hashtags">
          {sighting.hashtags.map((tag) => (
            <span key={tag} className="hashtag">
              #{tag}
            </span>
          ))}
        </p>
      )}
      <p className="source-links">
        {sighting.url ? <ExternalLink href={sighting.url}>Open source post</ExternalLink> : 'No source link'}
        <LinkHost href={sighting.url} />
        {sighting.archivedUrl && (
          <>
            {' · '}
            <ExternalLink href={sighting.archivedUrl}>Archived copy</ExternalLink>
            <LinkHost href={sighting.archivedUrl} />
          </>
        )}
      </p>
    </>
  );
}
