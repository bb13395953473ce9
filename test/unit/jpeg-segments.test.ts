/** stripJpegMetadata: EXIF, XMP and comments dropped without re-encoding; the pixels and the colour profile kept. */
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripJpegMetadata } from '../../src/archive/jpeg-segments.js';

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 24, height: 12, channels: 3, background: '#a52' } })
    .jpeg()
    .withIccProfile('srgb')
    .withExif({ IFD0: { Make: 'TestCam', Artist: 'Wang' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1' } })
    .toBuffer();
}

describe('stripJpegMetadata', () => {
  it('drops EXIF (GPS, camera) and keeps the image data byte for byte and the ICC profile', async () => {
    const jpeg = await photo();
    expect(await exifr.gps(jpeg)).toBeDefined();
    const out = Buffer.from(stripJpegMetadata(jpeg));
    expect(out.length).toBeLessThan(jpeg.length);
    expect(await exifr.parse(out, { tiff: true, gps: true, exif: true })).toBeUndefined();
    expect(out.includes(Buffer.from('TestCam'))).toBe(false);
    const sos = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])));
    expect(sos(out).equals(sos(jpeg))).toBe(true);
    expect((await sharp(out).metadata()).icc).toBeDefined();
    expect(await sharp(out).raw().toBuffer()).toEqual(await sharp(jpeg).raw().toBuffer());
  });

  it('gives back the very same bytes when there is nothing to drop, or when they are not a JPEG', async () => {
    const plain = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    expect(stripJpegMetadata(plain)).toBe(plain);
    const junk = new Uint8Array([1, 2, 3, 4, 5]);
    expect(stripJpegMetadata(junk)).toBe(junk);
    const truncated = (await photo()).subarray(0, 30);
    expect(stripJpegMetadata(truncated)).toBe(truncated);
  });
});
