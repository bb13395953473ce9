// An esbuild plugin for the bundle: cli-table3 lays out a table by asking, for every cell position,
// whether any cell in any row above covers it — quadratic in the number of rows (a 500-row `audit`
// spent a quarter of its time there; 5,000 rows take seconds). A cell can only cover rows as far down
// as its rowSpan reaches, so only that many rows above need asking: the same answer, linear in rows.
// (xwgk's tables have no spans, so one row is asked.) test/e2e/perf-table.test.ts holds the bundle's
// tables to cli-table3's own output.
import { readFileSync } from 'node:fs';

const SCAN = `  function conflictExists(rows, x, y) {
    let i_max = Math.min(rows.length - 1, y);
    let cell = { x: x, y: y };
    for (let i = 0; i <= i_max; i++) {`;
const FILL = `  function fillInTable(table) {
    let h_max = maxHeight(table);`;
const INSERT = `          warn(\`Missing cell at \${cell.y}-\${cell.x}.\`);
          insertCell(cell, table[y]);`;

export const tableLayoutLinear = {
  name: 'cli-table3-linear-layout',
  setup(b) {
    b.onLoad({ filter: /[\\/]cli-table3[\\/]src[\\/]layout-manager\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      for (const part of [SCAN, FILL, INSERT])
        if (!source.includes(part)) throw new Error(`cli-table3 changed: ${part.split('\n')[0]} not found in ${args.path}`);
      const contents = source
        .replace(
          SCAN,
          `  // How many rows down a cell reaches at most (its rowSpan): rows further up cannot cover row y.
  let spanReach = 1;
  function conflictExists(rows, x, y) {
    let i_max = Math.min(rows.length - 1, y);
    let cell = { x: x, y: y };
    for (let i = Math.max(0, y - spanReach + 1); i <= i_max; i++) {`,
        )
        .replace(
          FILL,
          `  function fillInTable(table) {
    spanReach = 1;
    table.forEach((row) => row.forEach((c) => { if ((c.rowSpan || 1) > spanReach) spanReach = c.rowSpan; }));
    let h_max = maxHeight(table);`,
        )
        .replace(
          INSERT,
          `${INSERT}
          if ((cell.rowSpan || 1) > spanReach) spanReach = cell.rowSpan;`,
        );
      return { contents, loader: 'js' };
    });
  },
};

// strip-ansi 6 (under string-width, which cli-table3 calls for every cell, several times) builds a new
// RegExp from ansi-regex's pattern on every call: a fifth of a 500-row table's drawing. One global
// regex serves every call: `replace` starts a global regex at 0 and leaves it at 0, so the results are
// the same.
const STRIP = "module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;";
export const stripAnsiOnce = {
  name: 'strip-ansi-one-regex',
  setup(b) {
    b.onLoad({ filter: /[\\/]strip-ansi[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(STRIP)) throw new Error(`strip-ansi changed: ${STRIP} not found in ${args.path}`);
      return {
        contents: source.replace(
          STRIP,
          "const pattern = ansiRegex();\nmodule.exports = string => typeof string === 'string' ? string.replace(pattern, '') : string;",
        ),
        loader: 'js',
      };
    });
  },
};

// cli-table3 merges about twenty options into every cell, each time splitting the option's name to
// camel-case it and filtering an array to find the first defined value: a tenth of a 500-row table.
// The same names and the same first defined value, without the allocations.
const SET_OPTION = `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}`;
export const tableCellOptions = {
  name: 'cli-table3-cell-options',
  setup(b) {
    b.onLoad({ filter: /[\\/]cli-table3[\\/]src[\\/]cell\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(SET_OPTION)) throw new Error(`cli-table3 changed: setOption not found in ${args.path}`);
      return {
        contents: source.replace(
          SET_OPTION,
          `const camelNames = new Map();
function camelName(nameB) {
  let nameA = camelNames.get(nameB);
  if (nameA === undefined) {
    const parts = nameB.split('-');
    if (parts.length > 1) {
      parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);
      nameA = parts.join('');
    } else nameA = null;
    camelNames.set(nameB, nameA);
  }
  return nameA;
}
function firstOf(a, b, c, d) {
  return a !== undefined && a !== null ? a : b !== undefined && b !== null ? b : c !== undefined && c !== null ? c : d !== undefined && d !== null ? d : undefined;
}
function setOption(objA, objB, nameB, targetObj) {
  const nameA = camelName(nameB);
  if (nameA !== null) targetObj[nameA] = firstOf(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  else targetObj[nameB] = firstOf(objA[nameB], objB[nameB]);
}`,
        ),
        loader: 'js',
      };
    });
  },
};

// string-width 4 (cli-table3 asks it for every cell's width, several times over: to size the column,
// to wrap, to pad) runs the whole emoji regex over the text each time. Its answer depends on the text
// alone, so it is kept per text: the same width, asked once. The memory is bounded (cleared at 20,000).
const WIDTH_EXPORT = 'module.exports = stringWidth;\n// TODO: remove this in the next major version\nmodule.exports.default = stringWidth;';
export const stringWidthOnce = {
  name: 'string-width-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(WIDTH_EXPORT) || !source.includes('const stringWidth = string => {'))
        throw new Error(`string-width changed: ${args.path}`);
      return {
        contents: source.replace(
          WIDTH_EXPORT,
          `const widths = new Map();
const rememberedWidth = (string) => {
  if (typeof string !== 'string') return stringWidth(string);
  let width = widths.get(string);
  if (width === undefined) {
    if (widths.size >= 20000) widths.clear();
    width = stringWidth(string);
    widths.set(string, width);
  }
  return width;
};
module.exports = rememberedWidth;
module.exports.default = rememberedWidth;`,
        ),
        loader: 'js',
      };
    });
  },
};
