/**
 * Draws the Teams app icons (appPackage/color.png 192x192, appPackage/outline.png 32x32) so
 * they can be regenerated without an image editor: `npx tsx scripts/draw-icons.ts`.
 * The glyph is a calendar with a cross, drawn in a 32-unit grid and supersampled for smooth edges.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from '../dev/app-package';

type Inside = (x: number, y: number) => boolean;

const rect =
  (x0: number, y0: number, x1: number, y1: number): Inside =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

function stroke(ax: number, ay: number, bx: number, by: number, width: number): Inside {
  return (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= width / 2;
  };
}

const frame = rect(4, 7, 28, 28);
const window = rect(6.2, 12, 25.8, 25.8);
const glyph: Inside[] = [
  (x, y) => frame(x, y) && !window(x, y),
  rect(9, 4, 11.5, 9.5),
  rect(20.5, 4, 23, 9.5),
  stroke(11.5, 15, 20.5, 23, 2.4),
  stroke(20.5, 15, 11.5, 23, 2.4),
];

/** Fraction of a pixel covered by the glyph; `unitsPerPixel` and `offset` place the 32-unit grid. */
function coverage(px: number, py: number, unitsPerPixel: number, offset: number): number {
  const samples = 4;
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - offset) * unitsPerPixel;
      const y = (py + (sy + 0.5) / samples - offset) * unitsPerPixel;
      if (glyph.some((inside) => inside(x, y))) hits++;
    }
  }
  return hits / (samples * samples);
}

function draw(size: number, glyphPixels: number, background?: [number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = 32 / glyphPixels;
  const offset = (size - glyphPixels) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, unitsPerPixel, offset);
      const i = (y * size + x) * 4;
      if (background) {
        // White glyph blended onto an opaque accent background.
        for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(background[c] * (1 - a) + 255 * a);
        pixels[i + 3] = 255;
      } else {
        // Teams wants the outline icon white on transparent: only alpha varies.
        pixels.fill(255, i, i + 3);
        pixels[i + 3] = Math.round(255 * a);
      }
    }
  }
  return { width: size, height: size, pixels };
}

const ACCENT: [number, number, number] = [0x5b, 0x5f, 0xc7];
const appPackageDir = join(__dirname, '..', 'appPackage');
writeFileSync(join(appPackageDir, 'color.png'), encodePng(draw(192, 128, ACCENT)));
writeFileSync(join(appPackageDir, 'outline.png'), encodePng(draw(32, 32)));
console.log(`wrote color.png and outline.png to ${appPackageDir}`);
