// The layer rules of src/ (docs/architecture.md), checked in `npm test` by dependency-cruiser:
//   model ← archive ← checks ← edit ← reports ← render ← commands ← cli ← main.ts
// A layer imports only the layers to its left; i18n (the catalogs and the translator) is used only by
// render, commands and cli, and itself uses only model; only archive touches the disk; no import
// cycles. Type-only imports count too.
const LAYERS = ['model', 'archive', 'checks', 'edit', 'reports', 'render', 'commands', 'cli'];

const above = (i) => LAYERS.slice(i + 1);
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may not import ${above(i).join(', ')} (the layers above it), nor main.ts`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${above(i).join('|')})/|^src/main\\.ts$` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'layer-cli',
      comment: 'src/cli may not import main.ts',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'i18n-at-the-edge',
      comment: 'translation happens at the edge: only render, commands and cli use src/i18n',
      severity: 'error',
      from: { path: '^src/(model|archive|checks|edit|reports)/' },
      to: { path: '^src/i18n/' },
    },
    {
      name: 'i18n-uses-model-only',
      comment: 'src/i18n is the catalogs and the translator: it may use model types, nothing above',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(archive|checks|edit|reports|render|commands|cli)/|^src/main\\.ts$' },
    },
    {
      name: 'disk-in-archive',
      comment: 'only src/archive touches the disk (model/package-paths.ts only finds where xwgk itself is installed)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/archive/|^src/model/package-paths\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles (they make load order matter and layers meaningless)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves (a typo in a path is caught here, not at run time)',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    // TypeScript 7 (the native compiler) has no JS API dependency-cruiser can use: swc parses the sources.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
    // `await import('../render/xlsx.js')` is an import too.
    moduleSystems: ['es6', 'cjs'],
  },
};
