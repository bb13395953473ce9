/**
 * The attachments a public site carries, read from the archive and made safe to publish. Each must
 * resolve inside the archive and match the SHA-256 its record wrote down (else the site is refused:
 * a file that is not what the record says must not go out). Images lose all their metadata — EXIF GPS,
 * camera, author, XMP, IPTC — through sharp (libvips; well kept, and it drops metadata unless told to
 * keep it), after being turned upright by their EXIF orientation; PDFs lose theirs (Author, Creator,
 * Producer, XMP, dates) through pdf-metadata.ts. Other files go out as they are. Loaded only by `xwgk site`.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, XwgkError } from '../model/errors.js';
import { attachmentInspector } from './attachments.js';
import { stripPdfMetadata } from './pdf-metadata.js';

export interface AttachmentToPublish {
  /** The record it belongs to, for the error message. */
  id: string;
  /** Path inside the archive. */
  source: string;
  sha256: string;
  image: boolean;
  pdf: boolean;
}

/** The formats sharp writes back as themselves; anything else named like an image is refused. */
const FORMATS: Record<string, 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'avif'> = {
  jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', tif: 'tiff', tiff: 'tiff', avif: 'avif',
};

/** Reads each attachment (once, however many records share it) and returns its bytes as published. */
export async function readAttachmentsToPublish(root: string, list: readonly AttachmentToPublish[]): Promise<Map<string, Uint8Array>> {
  const inspect = attachmentInspector(root);
  const out = new Map<string, Uint8Array>();
  for (const a of list) {
    if (out.has(a.source)) continue;
    const state = inspect(a.source);
    if (state.state !== 'ok' || state.sha256 !== a.sha256) {
      const detail = state.state === 'ok' ? 'sha256' : state.state;
      throw new XwgkError(EXIT.findings, { key: 'err.site-attachment', params: { id: a.id, file: a.source, detail } }, { key: 'hint.site-attachment', params: { id: a.id } });
    }
    const bytes = readFileSync(realpathSync(resolve(root, a.source)));
    out.set(a.source, a.image ? await stripImageMetadata(bytes, a.source) : a.pdf ? await stripPdfMetadata(bytes, a.source) : bytes);
  }
  return out;
}

/** The image re-encoded in its own format with no metadata at all (orientation applied first). */
export async function stripImageMetadata(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const { default: sharp } = await import('sharp');
  const format = FORMATS[name.slice(name.lastIndexOf('.') + 1).toLowerCase()];
  try {
    if (!format) throw new Error(name.slice(name.lastIndexOf('.')));
    const image = sharp(bytes, { failOn: 'error', animated: format === 'gif' || format === 'webp' }).rotate();
    const encoded = format === 'jpeg' ? image.jpeg({ quality: 90, mozjpeg: false }) : image.toFormat(format);
    return new Uint8Array(await encoded.toBuffer());
  } catch (e) {
    throw new XwgkError(EXIT.usage, { key: 'err.site-image', params: { file: name, detail: e instanceof Error ? e.message : String(e) } }, { key: 'hint.site-image' });
  }
}
