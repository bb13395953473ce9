/**
 * PDF attachments lose their metadata on the way to the site, as images do: a PDF with an Author,
 * Creator, Producer, Title, Keywords, dates, an XMP stream, a leftover object of an earlier revision
 * and a JPEG with GPS EXIF inside goes out with none of it (every stream inflated and searched, and
 * poppler's pdfinfo asked), its page text intact, the same bytes twice; the record page and the
 * manifest show both SHA-256. An encrypted PDF is refused with the file named. Needs poppler-utils
 * (.ci/run installs it).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { recordYaml, spawnCli, tempDir } from '../helpers/archive.js';
import { buildSite, SITE_RECORDS, writeSiteArchive } from '../helpers/site.js';

const SECRETS = [
  'Zhang San Author',
  'ScannerPro 9000',
  'Secret Producer',
  '收费公示扫描件',
  'gps-keyword',
  'XmpCreatorSecret',
  'Orphan Secret',
  'TestCam',
  'D:2025',
];
const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XmpCreatorSecret</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A one-page PDF with every kind of metadata a scanner or an office program leaves. */
async function pdfWithMetadata(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([300, 200]);
  page.drawText('Fee notice page one', { x: 20, y: 150, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3a6' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1' } })
    .toBuffer();
  page.drawImage(await doc.embedJpg(photo), { x: 20, y: 20, width: 64, height: 64 });
  doc.setTitle('收费公示扫描件');
  doc.setAuthor('Zhang San Author');
  doc.setCreator('ScannerPro 9000');
  doc.setProducer('Secret Producer 1.0');
  doc.setKeywords(['gps-keyword']);
  doc.setCreationDate(new Date('2025-08-20T10:00:00Z'));
  doc.setModificationDate(new Date('2025-08-21T10:00:00Z'));
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(XMP, { Type: 'Metadata', Subtype: 'XML' })));
  // What an incremental save leaves behind: the old information dictionary, no longer referenced.
  doc.context.register(doc.context.obj({ Author: PDFString.of('Orphan Secret') }));
  return doc.save({ useObjectStreams: true });
}

/** The PDF's bytes and every Flate stream in it inflated: where metadata could hide. */
function allText(pdf: Buffer): string {
  const parts = [pdf.toString('latin1')];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n/g)) {
    try {
      parts.push(inflateSync(pdf.subarray(m.index + m[0].length)).toString('latin1'));
    } catch {
      // not a Flate stream
    }
  }
  // Hex strings (<FEFF…>: UTF-16, as PDF writers store the document information) read as text too.
  const hex = parts.flatMap((t) => [...t.matchAll(/<([0-9A-Fa-f\s]{4,})>/g)].map((m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'hex')));
  const decoded = hex.map((b) =>
    b[0] === 0xfe && b[1] === 0xff ? Buffer.from(b.subarray(2)).swap16().toString('utf16le') : b.toString('latin1'),
  );
  return [...parts, ...decoded].join('\n');
}

function archiveWith(name: string, bytes: Uint8Array): string {
  const sha = createHash('sha256').update(bytes).digest('hex');
  return writeSiteArchive({
    [`attachments/2025/${name}`]: bytes,
    'records/2025/20251105-001.yaml': recordYaml({
      ...SITE_RECORDS.safety,
      attachments: `[{path: attachments/2025/${name}, sha256: ${sha}}]`,
    }),
  });
}

describe('PDF attachments lose their metadata on the way out', () => {
  it('removes the information dictionary, XMP, leftovers and the EXIF of images inside, keeps the page', async () => {
    const pdf = await pdfWithMetadata();
    const before = allText(Buffer.from(pdf));
    for (const s of SECRETS) expect(before).toContain(s);
    const archive = archiveWith('收费公示.pdf', pdf);
    const out = join(tempDir(), 'site');
    const r = buildSite(archive, out);
    expect(r.code).toBe(0);
    const file = join(out, 'files/2025/收费公示.pdf');
    const copy = readFileSync(file);
    const after = allText(copy);
    for (const s of SECRETS) expect(after).not.toContain(s);
    expect(after).not.toContain('/Metadata');
    expect(after).not.toContain('Exif');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).not.toMatch(/^(Title|Author|Creator|Producer|Keywords|CreationDate|ModDate):/m);
    expect(info).toMatch(/^Metadata Stream: +no$/m);
    expect(info).toMatch(/^Pages: +1$/m);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Fee notice page one');
    const reread = await PDFDocument.load(copy, { updateMetadata: false });
    expect(reread.getAuthor()).toBeUndefined();
    expect(reread.getPage(0).getSize()).toEqual({ width: 300, height: 200 });

    const original = createHash('sha256').update(pdf).digest('hex');
    const published = createHash('sha256').update(copy).digest('hex');
    expect(published).not.toBe(original);
    const page = readFileSync(join(out, 'records/2025/20251105-001.html'), 'utf8');
    expect(page).toContain(`<code class="hash">${original}</code>`);
    expect(page).toContain(
      `网站上的 PDF 已去除作者、制作程序、日期等元数据，因此与原件的 SHA-256 不同：<code class="hash">${published}</code>`,
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.records.find((e: { id: string }) => e.id === '20251105-001').attachments).toEqual([
      { path: 'files/2025/收费公示.pdf', sha256: published },
    ]);
    // The same archive gives the same PDF: no date or producer of the tool's own is written.
    const again = join(tempDir(), 'site');
    expect(buildSite(archive, again).code).toBe(0);
    expect(readFileSync(join(again, 'files/2025/收费公示.pdf')).equals(copy)).toBe(true);
  });

  it('refuses an encrypted PDF, naming it, and writes nothing', async () => {
    const doc = await PDFDocument.load(await pdfWithMetadata(), { updateMetadata: false });
    doc.encrypt({ userPassword: '', ownerPassword: 'owner', permissions: { modifying: false } });
    const archive = archiveWith('加密.pdf', await doc.save());
    const out = join(tempDir(), 'site');
    const r = buildSite(archive, out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('附件 attachments/2025/加密.pdf 是加密的 PDF');
    expect(r.stderr).toContain('打印为 PDF');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file named .pdf that is not one, in English too', () => {
    const archive = archiveWith('scan.pdf', new TextEncoder().encode('not a pdf at all'));
    const r = spawnCli(['--archive', archive, '--lang', 'en', 'site', '--out', join(tempDir(), 'site')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the attachment attachments/2025/scan.pdf cannot be read as a PDF');
  });
});
