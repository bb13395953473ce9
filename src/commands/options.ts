/** The values completion offers for an option or argument. */
import type { Argument, Option } from 'commander';

/** The values an option or argument takes where commander does not check them (the schema does), for shell completion. */
export const OPTION_VALUES = new WeakMap<Option | Argument, readonly string[]>();
