/** Option helpers shared by commands: list values, and the values completion offers for an option. */
import type { Argument, Option } from 'commander';

/** `--form board,website --form 公开栏` → ['board', 'website', '公开栏']. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean)];
}

/** The values an option or argument takes where commander does not check them (the schema does), for shell completion. */
export const OPTION_VALUES = new WeakMap<Option | Argument, readonly string[]>();
