// `npm run audit`: no high or critical advisory in the production dependencies.
// Runs `npm audit --omit=dev`. Where the registry's audit endpoint cannot be reached (this
// project's build machines only reach the package registry itself), it says so plainly and
// falls back to the advisories we track by hand, so a known hole still fails the run.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkPinnedAdvisories } from './pinned-advisories.ts';

type AuditJson = { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };

function runNpmAudit(): AuditJson | null {
  try {
    const out = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    return JSON.parse(out) as AuditJson;
  } catch (error) {
    // npm audit exits non-zero both when it finds something and when it cannot ask.
    const stdout = (error as { stdout?: string }).stdout;
    try {
      return stdout ? (JSON.parse(stdout) as AuditJson) : null;
    } catch {
      return null;
    }
  }
}

const installed = (name: string): string => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

const pinnedProblems = checkPinnedAdvisories(installed);
const audit = runNpmAudit();
const counts = audit?.metadata?.vulnerabilities;
let failed = pinnedProblems.length > 0;
for (const problem of pinnedProblems) console.error(`audit: ${problem}`);

if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`audit: npm audit --omit=dev: ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.error(`audit: ${serious} high or critical advisories in production dependencies (run \`npm audit --omit=dev\`).`);
    failed = true;
  }
} else {
  console.log(`audit: the registry's audit endpoint did not answer (${audit?.error?.summary || 'no usable response'}); checked the tracked advisories only.`);
}
console.log(failed ? 'audit: 0 passed, 1 failed' : 'audit: 1 passed, 0 failed');
process.exit(failed ? 1 : 0);
