/**
 * Draws the Teams app icons into manifest/: color.png (192×192, full colour) and outline.png
 * (32×32, white on transparent, as Teams requires). Run once, commit the PNGs: `npx tsx scripts/makeIcons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type Rgba } from './lib/png';

const accent: Rgba = [0x1f, 0x5c, 0x99, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** True on a frame `width` pixels wide, `inset` pixels in from the edge. */
const onFrame = (size: number, inset: number, width: number) => (x: number, y: number) => {
  const d = Math.min(x, y, size - 1 - x, size - 1 - y);
  return d >= inset && d < inset + width;
};

/** Three bars of rising height: the follow-up of a governance model, drawn very plainly. */
const onBars = (size: number) => (x: number, y: number) => {
  const unit = size / 8;
  return [1, 2, 3].some((i) => {
    const left = unit * (2 * i - 0.5);
    return x >= left && x < left + unit && y >= size - unit * 2 - unit * (i + 1) && y < size - unit * 2;
  });
};

const dir = join(__dirname, '..', 'manifest');
const colorFrame = onFrame(192, 12, 12);
const colorBars = onBars(192);
writeFileSync(join(dir, 'color.png'), encodePng(192, (x, y) => (colorFrame(x, y) || colorBars(x, y) ? white : accent)));
const outlineFrame = onFrame(32, 1, 2);
const outlineBars = onBars(32);
writeFileSync(join(dir, 'outline.png'), encodePng(32, (x, y) => (outlineFrame(x, y) || outlineBars(x, y) ? white : clear)));
console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
