/**
 * The formats a report is rendered in: one registry per report, `{format: renderer}`. The format rule
 * lives here, once, for every command: `--format`, else the `--out` file's extension, else the
 * report's default; an unknown `--format`, or an `--out` extension that no renderer of the report
 * writes, is exit 2 with the formats on offer.
 */
import type { ArchiveSettings } from '../archive/load.js';
import { usageError } from '../model/errors.js';
import type { RenderContext } from './context.js';

export type Rendered = string | Uint8Array;

/** What every renderer may use besides the report: the render context, the loaded archive, the width. */
export interface RenderInput {
  readonly view: RenderContext;
  /** The archive the report was made from (its catalog, terms, templates), when there is one. */
  readonly archive?: ArchiveSettings | undefined;
  /** The terminal's width when printing to one; undefined when writing a file (no wrapping). */
  readonly width?: number | undefined;
}

export interface Renderer<R> {
  /** `--out` extensions (lowercase, no dot) that mean this format, besides the format's own name. */
  readonly extensions?: readonly string[];
  /** A binary format is written to a file only. */
  readonly binary?: boolean;
  render(report: R, input: RenderInput): Rendered | Promise<Rendered>;
}

export interface Formats<R> {
  /** The format without `--format` or a telling `--out` extension. */
  readonly fallback: string;
  readonly renderers: Readonly<Record<string, Renderer<R>>>;
}

/** The names offered, in the registry's order (for help, completion and the error). */
export function formatNames(formats: Formats<unknown>): string[] {
  return Object.keys(formats.renderers);
}

/** The format rule (see the header). */
export function chooseFormat(formats: Formats<unknown>, opts: { format?: string | undefined; out?: string | undefined }): string {
  const names = formatNames(formats);
  const valid = names.join(', ');
  if (opts.format !== undefined) {
    const wanted = opts.format.toLowerCase();
    const found = names.find((n) => n === wanted) ?? byExtension(formats, wanted);
    if (!found) throw usageError('err.unknown-format', { format: opts.format, valid });
    return found;
  }
  const ext = opts.out ? extensionOf(opts.out) : '';
  if (!ext) return formats.fallback;
  const found = names.find((n) => n === ext) ?? byExtension(formats, ext);
  // An --out FILE.pdf must not quietly become something else: an extension no renderer writes is exit 2.
  if (!found) throw usageError('err.unknown-format', { format: ext, valid });
  return found;
}

function byExtension(formats: Formats<unknown>, ext: string): string | undefined {
  return Object.entries(formats.renderers).find(([, r]) => r.extensions?.includes(ext))?.[0];
}

/** `report.final.MD` → `md`; a name without an extension (or a dot file) → ''. */
function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
