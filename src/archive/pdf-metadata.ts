/**
 * A PDF attachment made safe to publish: its document information (Author, Creator, Producer, Title,
 * Subject, Keywords, dates), every XMP metadata stream (the document's, a page's, an image's), the
 * applications' private data (PieceInfo) and the EXIF/XMP/IPTC segments of the JPEG images inside it
 * are removed, and the file is written anew holding only the objects its pages reach — so an earlier
 * revision's metadata, left behind by an incremental save, goes too. The pages themselves (text,
 * images, fonts) are kept as they are.
 *
 * Done with @cantoo/pdf-lib: the maintained fork of pdf-lib (pdf-lib itself has had no release since
 * 2021), same API, more forgiving of damaged files, pure JavaScript (so it also runs in the standalone
 * executables). Loaded only by `xwgk site`. Loaded without `updateMetadata`, so it writes no Producer
 * or date of its own: the same file gives the same bytes.
 */
import { EXIT, XwgkError } from '../model/errors.js';
import { stripJpegMetadata } from './jpeg-segments.js';

type PdfLib = typeof import('@cantoo/pdf-lib');

/** The PDF with no metadata; an encrypted, damaged or page-less file is refused (exit 2), naming it. */
export async function stripPdfMetadata(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const lib = await import('@cantoo/pdf-lib');
  let doc;
  try {
    doc = await lib.PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (e) {
    const encrypted = e instanceof lib.EncryptedPDFError;
    throw new XwgkError(
      EXIT.usage,
      { key: encrypted ? 'err.site-pdf-encrypted' : 'err.site-pdf', params: { file: name, detail: e instanceof Error ? e.message : String(e) } },
      { key: encrypted ? 'hint.site-pdf-encrypted' : 'hint.site-pdf' },
    );
  }
  if (doc.getPageCount() === 0) {
    throw new XwgkError(EXIT.usage, { key: 'err.site-pdf', params: { file: name, detail: 'no pages' } }, { key: 'hint.site-pdf' });
  }
  try {
    removeMetadata(lib, doc);
    return await doc.save({ updateFieldAppearances: false });
  } catch (e) {
    throw new XwgkError(EXIT.usage, { key: 'err.site-pdf', params: { file: name, detail: e instanceof Error ? e.message : String(e) } }, { key: 'hint.site-pdf' });
  }
}

function removeMetadata(lib: PdfLib, doc: import('@cantoo/pdf-lib').PDFDocument): void {
  const { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, PDFRawStream } = lib;
  const ctx = doc.context;
  ctx.trailerInfo.Info = undefined;
  const META = PDFName.of('Metadata'),
    PIECE = PDFName.of('PieceInfo'),
    TYPE = PDFName.of('Type'),
    FILTER = PDFName.of('Filter'),
    DCT = PDFName.of('DCTDecode');
  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream ? obj.dict : undefined;
    if (!dict) continue;
    if (dict.get(TYPE) === META) {
      ctx.delete(ref);
      continue;
    }
    dict.delete(META);
    dict.delete(PIECE);
    // A JPEG image kept as it was taken (DCTDecode alone): its EXIF (GPS, camera) and XMP segments go.
    if (obj instanceof PDFRawStream && dict.get(FILTER) === DCT) {
      const stripped = stripJpegMetadata(obj.contents);
      if (stripped !== obj.contents) ctx.assign(ref, PDFRawStream.of(dict, stripped));
    }
  }
  // Only what the document reaches is written: leftovers of earlier revisions are dropped. A stack, not
  // recursion: an outline's /Next chain can be thousands of objects long.
  const reached = new Set<string>();
  const todo: unknown[] = [ctx.trailerInfo.Root];
  while (todo.length > 0) {
    const o = todo.pop();
    if (o instanceof PDFRef) {
      if (reached.has(o.tag)) continue;
      reached.add(o.tag);
      todo.push(ctx.lookup(o));
    } else if (o instanceof PDFDict) for (const [, v] of o.entries()) todo.push(v);
    else if (o instanceof PDFArray) for (const v of o.asArray()) todo.push(v);
    else if (o instanceof PDFStream) todo.push(o.dict);
  }
  for (const [ref] of ctx.enumerateIndirectObjects()) if (!reached.has(ref.tag)) ctx.delete(ref);
}
