// Advisories the project tracks by hand, checked even when `npm audit` cannot reach its
// endpoint: each names the package, the first fixed version and why it matters here.
export const PINNED_ADVISORIES = [
  { name: 'maplibre-gl', fixedIn: '6.4.1', advisory: 'GHSA-jrc7-96c5-q579 (XSS through attribution text)' },
] as const;

function compareVersions(a: string, b: string): number {
  const parse = (version: string) => version.split('-')[0]!.split('.').map((part) => Number(part) || 0);
  const [left, right] = [parse(a), parse(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function checkPinnedAdvisories(installedVersion: (name: string) => string): string[] {
  return PINNED_ADVISORIES.flatMap(({ name, fixedIn, advisory }) => {
    const version = installedVersion(name);
    return compareVersions(version, fixedIn) < 0 ? [`${name}@${version} is affected by ${advisory}; upgrade to ≥ ${fixedIn}.`] : [];
  });
}
