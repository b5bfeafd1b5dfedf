// Renders the app icons (web app manifest, Apple touch icon) from public/favicon.svg with the
// Chromium that Playwright already uses, so no image library or network is needed.
// Run after changing the favicon: `npx tsx scripts/icons/render-icons.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const BACKGROUND = '#274b6d';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));

// "any" icons show the rounded favicon on transparency; maskable icons fill the square and
// keep the drawing inside the central 80% safe zone, because launchers crop them to a shape.
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

const browser = await chromium.launch(executablePath ? { executablePath } : {});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const inner = icon.maskable ? Math.round(icon.size * 0.72) : icon.size;
    const background = icon.maskable ? BACKGROUND : 'transparent';
    await page.setContent(
      `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${background}">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: !icon.maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
