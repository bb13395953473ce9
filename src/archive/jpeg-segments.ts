/**
 * The metadata segments of a JPEG dropped without decoding it: what a JPEG image inside a PDF carries
 * (a phone's photo turned into a PDF keeps its EXIF: GPS, camera, time). The image data is copied
 * byte for byte, so nothing is re-encoded or lost; sharp, which strips the site's own image files,
 * would re-encode them and cannot run where PDFs must also be stripped (the standalone executables).
 *
 * Kept: every segment the decoder needs, JFIF (APP0), the ICC colour profile (APP2 `ICC_PROFILE`) and
 * Adobe's colour transform (APP14). Dropped: EXIF and XMP (APP1), other APP2 data, APP3–APP13 (IPTC is
 * APP13), APP15 and comments (COM).
 */

const SOI = 0xd8,
  SOS = 0xda,
  COM = 0xfe;
const ICC = new TextEncoder().encode('ICC_PROFILE\0');

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function dropped(marker: number, bytes: Uint8Array, body: number): boolean {
  if (marker === COM) return true;
  if (marker < 0xe0 || marker > 0xef) return false;
  const n = marker - 0xe0;
  if (n === 0 || n === 14) return false;
  if (n === 2) return !startsWith(bytes, body, ICC);
  return true;
}

/** `jpeg` without its metadata segments; the very same array when there is none, or when it is not a JPEG this can read. */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) return jpeg;
  const keep: [number, number][] = [[0, 2]];
  let at = 2;
  let removed = false;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return jpeg;
    const marker = jpeg[at + 1]!;
    if (marker === 0xff) {
      at++; // a fill byte
      continue;
    }
    // From the start of scan on, the rest is image data (and the decoder's own markers): copied as it is.
    if (marker === SOS) break;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    if (length < 2 || at + 2 + length > jpeg.length) return jpeg;
    if (dropped(marker, jpeg, at + 4)) removed = true;
    else keep.push([at, at + 2 + length]);
    at += 2 + length;
  }
  if (!removed) return jpeg;
  keep.push([at, jpeg.length]);
  const out = new Uint8Array(keep.reduce((n, [a, b]) => n + b - a, 0));
  let o = 0;
  for (const [a, b] of keep) {
    out.set(jpeg.subarray(a, b), o);
    o += b - a;
  }
  return out;
}
