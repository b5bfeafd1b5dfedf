import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// The generated data is not committed: build it on a fresh clone, skip it when present.
if (!existsSync('public/data/manifest.json')) {
  execFileSync('npm', ['run', '--silent', 'data'], { stdio: 'inherit' });
}
