/** stripPdfMetadata on structures a real PDF can have: a very long outline chain (no recursion limit), what stays reachable stays. */
import { PDFDocument, PDFName, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { stripPdfMetadata } from '../../src/archive/pdf-metadata.js';

describe('stripPdfMetadata', () => {
  it('keeps a 20,000-item outline chain and drops only what nothing reaches', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([100, 100]);
    doc.setAuthor('Someone');
    const ctx = doc.context;
    let next: PDFRef | undefined;
    for (let i = 0; i < 20000; i++) {
      const item = ctx.obj({ Title: PDFString.of(`item ${i}`) });
      if (next) item.set(PDFName.of('Next'), next);
      next = ctx.register(item);
    }
    doc.catalog.set(PDFName.of('Outlines'), ctx.register(ctx.obj({ Type: 'Outlines', First: next! })));
    ctx.register(ctx.obj({ Note: PDFString.of('unreachable leftover') }));
    const out = Buffer.from(await stripPdfMetadata(await doc.save({ useObjectStreams: false }), 'long.pdf'));
    const again = await PDFDocument.load(out, { updateMetadata: false });
    expect(again.getAuthor()).toBeUndefined();
    expect(again.getPageCount()).toBe(1);
    const text = out.toString('latin1');
    expect(text).not.toContain('unreachable leftover');
    // Every outline item is still there (they sit in compressed object streams: count the objects instead).
    expect(again.context.enumerateIndirectObjects().length).toBeGreaterThan(20000);
  });
});
