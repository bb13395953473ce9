// Types of the esbuild plugins in table-layout-patch.mjs (the tests build with them).
import type { Plugin } from 'esbuild';

export const tableLayoutLinear: Plugin;
export const stripAnsiOnce: Plugin;
export const tableCellOptions: Plugin;
export const stringWidthOnce: Plugin;
