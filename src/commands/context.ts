/**
 * Everything one invocation shares: the language, "today", the archive (found and loaded once, on
 * first use, as hledger hands each command its journal), and the two output streams.
 */
import { promptTexts } from './prompt-texts.js';
import { setPromptTexts } from './prompter.js';
import { resolve } from 'node:path';
import { findArchive } from '../archive/discover.js';
import { cacheOn } from '../archive/env.js';
import { loadArchive, loadSettings, type Archive, type ArchiveSettings } from '../archive/load.js';
import { replaceFile } from '../archive/atomic.js';
import { checkOutPath } from '../archive/out-guard.js';
import { messageText, resolveLang, t, type Lang, type MessageKey } from '../i18n/index.js';
import { isCalendarDate, systemToday } from '../model/dates.js';
import { usageError } from '../model/errors.js';
import type { Msg } from '../model/finding.js';
import type { Io } from './io.js';
import { makeRenderContext, type RenderContext } from '../render/context.js';
import { renderError } from '../render/errors.js';
import type { XwgkError } from '../model/errors.js';

export interface GlobalOptions {
  archive?: string;
  lang?: string;
  color?: boolean;
  quiet?: boolean;
}

/** Whether output is painted: decided once, at the process edge (cli/color.ts). */
export interface OutputOptions {
  color: boolean;
}

export class Ctx {
  readonly lang: Lang;
  /** Set by a command that found problems (1); errors are thrown instead. */
  exitCode: number = 0;
  private root?: string;
  private loadedSettings?: ArchiveSettings;
  private loadedArchive?: Archive;

  constructor(
    readonly io: Io,
    readonly global: GlobalOptions,
    readonly output: OutputOptions = { color: false },
  ) {
    let archiveLocale: string | undefined;
    if (!global.lang && !io.env.XWGK_LANG) {
      try {
        archiveLocale = this.settings().config.locale;
      } catch {
        // No archive (yet) or a broken one: the command itself will say so, in the system language.
      }
    }
    this.lang = resolveLang({ flag: global.lang, env: io.env, archiveLocale });
    setPromptTexts(promptTexts(this.lang));
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  /**
   * The value renderers get: language, translator, the catalog's labels, colours. The catalog is the
   * one already loaded (or the settings, read here, not in the renderer); without an archive, ids.
   */
  view(): RenderContext {
    let catalog;
    try {
      catalog = this.settings().catalog;
    } catch {
      catalog = undefined;
    }
    return makeRenderContext({ lang: this.lang, catalog, color: this.output.color });
  }

  /** An error as the text that goes to stderr (the one place a failure is worded). */
  errorText(e: XwgkError): string {
    return renderError(this.view(), e);
  }

  m(message: Msg): string {
    let catalog;
    // Only a message about a category or a vocabulary (`kind`) needs the catalog; no archive (or a broken one): the id will do.
    if (message.params?.category !== undefined || message.params?.kind !== undefined) {
      try {
        catalog = this.settings().catalog;
      } catch {
        catalog = undefined;
      }
    }
    return messageText(this.lang, message, catalog);
  }

  /** `--today`, else `XWGK_TODAY`, else the clock. */
  today(flag?: string): string {
    const value = flag ?? this.io.env.XWGK_TODAY;
    if (value === undefined || value === '') return systemToday();
    if (!isCalendarDate(value)) throw usageError('err.date', { field: '--today', value });
    return value;
  }

  archiveRoot(): string {
    this.root ??= findArchive({ archive: this.global.archive, env: this.io.env, cwd: this.io.cwd });
    return this.root;
  }

  /** The archive's folder, or undefined when there is none (nothing of an archive to protect then). */
  rootIfAny(): string | undefined {
    try {
      return this.archiveRoot();
    } catch {
      return undefined;
    }
  }

  settings(): ArchiveSettings {
    this.loadedSettings ??= this.loadedArchive ?? loadSettings(this.archiveRoot(), { cache: cacheOn(this.io.env), env: this.io.env });
    return this.loadedSettings;
  }

  archive(): Archive {
    this.loadedArchive ??= loadArchive(this.archiveRoot(), { cache: cacheOn(this.io.env), env: this.io.env });
    this.loadedSettings = this.loadedArchive;
    return this.loadedArchive;
  }

  /**
   * The archive if a command loaded it (renderers get it as a value), else undefined. A report taken
   * from the result memo comes with what renderers need of the archive it was made from: the settings,
   * the loader's findings (for the files left out) and the file count, without the records.
   */
  loaded(): Archive | undefined {
    return this.loadedArchive ?? this.rememberedArchive;
  }

  private rememberedArchive?: Archive;

  /** Sets what `loaded()` gives when the report came from the result memo (remember.ts). */
  rememberedFrom(archive: Archive): void {
    this.rememberedArchive = archive;
  }

  /** Drops the loaded archive after a write, so a later read in the same process sees the change. */
  forget(): void {
    this.loadedArchive = undefined;
    this.loadedSettings = undefined;
  }

  out(text: string): void {
    this.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  }

  err(text: string): void {
    this.io.stderr(text.endsWith('\n') ? text : `${text}\n`);
  }

  info(text: string): void {
    if (!this.global.quiet) this.err(text);
  }

  /** Writes a report to `--out FILE` (atomically, as UTF-8) or to stdout. */
  emit(content: string | Uint8Array, outFile?: string): void {
    if (outFile) {
      const path = checkOutPath(this.io.cwd, outFile, this.rootIfAny());
      replaceFile(path, content);
      this.info(this.t('cli.written', { file: outFile }));
    } else if (typeof content === 'string') this.out(content);
    else throw usageError('err.binary-needs-out');
  }
}
