import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Unit tests read the generated geodata (the border line above all). `npm test` generates
// it first; this makes a bare `npx vitest` on a fresh clone work too.
export default function setup(): void {
  if (!existsSync('public/data/manifest.json') && existsSync('scripts/geodata/build-geodata.ts')) {
    execFileSync('npm', ['run', '--silent', 'data'], { stdio: 'inherit' });
  }
}
