import { pathLengthKm } from '../src/domain/geo/geodesic';
import { expect, test, waitForMapIdle } from './fixtures';

// Three points around Mazyr, about 3 km apart, all well inside the 700 px map at zoom 12 and
// below the readout. A pixel is about 12 m there, so rounding a click to whole pixels moves
// each point by less than 10 m.
const POINTS: [number, number][] = [
  [29.235, 52.035],
  [29.265, 52.053],
  [29.292, 52.038],
];

const kmIn = (text: string | null) => Number(/([\d,.]+) km/.exec(text ?? '')?.[1]?.replace(/,/g, '') ?? NaN);

test('measuring three points shows two legs and their geodesic total', async ({ page }) => {
  await page.goto('/?view=29.265,52.045,12');
  await waitForMapIdle(page);

  const button = page.getByRole('button', { name: 'Measure distance' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Keyboard reaches and presses the toggle.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');

  const readout = page.getByRole('region', { name: 'Distance measurement' });
  await expect(readout.getByRole('status')).toHaveText('Click the map to add the first point.');

  // The open legend covers the lower left of the map, where the first point falls: fold it.
  await page.getByText('Legend', { exact: true }).click();
  await expect(page.getByRole('list', { name: 'Map legend' })).toBeHidden();

  for (const [lon, lat] of POINTS) {
    const pixel = await page.evaluate(([x, y]) => window.railwatchMap!.project(x, y), [lon, lat] as const);
    await page.mouse.click(Math.round(pixel.x), Math.round(pixel.y));
  }

  const segments = readout.getByRole('list', { name: 'Segments' }).getByRole('listitem');
  await expect(segments).toHaveCount(2);
  const expected = pathLengthKm(POINTS);
  const shown = await segments.allTextContents();
  shown.forEach((text, index) => expect(Math.abs(kmIn(text) - expected.segmentsKm[index]!)).toBeLessThanOrEqual(0.1));
  const total = kmIn(await readout.getByText(/^Total/).textContent());
  expect(Math.abs(total - expected.totalKm)).toBeLessThanOrEqual(0.1);
  await expect(readout.getByRole('status')).toContainText('2 segments, total');
  // Miles are given alongside: reporting quotes them.
  await expect(readout.getByText(/^Total/)).toContainText(' mi)');

  await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('measure-line') > 0);

  await readout.getByRole('button', { name: 'Undo last point' }).click();
  await expect(segments).toHaveCount(1);

  // Esc ends the mode; the result stays until cleared.
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(segments).toHaveCount(1);
  await readout.getByRole('button', { name: 'Clear' }).click();
  await expect(readout).toHaveCount(0);
  await page.waitForFunction(() => window.railwatchMap!.isIdle() && window.railwatchMap!.renderedCount('measure-vertices') === 0);
});
