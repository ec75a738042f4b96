import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, encodePng, readPngHeader } from '../../../dev/app-package';
import { REPO_ROOT } from './sample-environment';

const icon = (name: string) => readFileSync(join(REPO_ROOT, 'appPackage', name));

describe('app icons', () => {
  it('color.png is 192x192', () => {
    const header = readPngHeader(icon('color.png'));
    assert.deepEqual([header.width, header.height], [192, 192]);
  });

  it('outline.png is 32x32 with an alpha channel', () => {
    const header = readPngHeader(icon('outline.png'));
    assert.deepEqual([header.width, header.height], [32, 32]);
    assert.equal(header.hasAlpha, true);
  });

  it('outline.png is white on transparent: every pixel is white, some fully transparent, some opaque', () => {
    const { pixels } = decodePng(icon('outline.png'));
    const alphas: number[] = [];
    for (let i = 0; i < pixels.length; i += 4) {
      assert.deepEqual([pixels[i], pixels[i + 1], pixels[i + 2]], [255, 255, 255], `pixel ${i / 4}`);
      alphas.push(pixels[i + 3]);
    }
    assert.ok(alphas.includes(0));
    assert.ok(alphas.includes(255));
  });

  it('PNG encoding round-trips and an opaque RGB PNG reports no alpha', () => {
    const image = { width: 2, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) };
    assert.deepEqual(decodePng(encodePng(image)).pixels, image.pixels);
    const rgb = Buffer.from(encodePng(image));
    rgb[8 + 8 + 9] = 2; // IHDR colour type -> RGB (the header reader looks no further)
    assert.equal(readPngHeader(rgb).hasAlpha, false);
  });
});
