/**
 * The direction of dependency in src/, written once: LAYERS, top to bottom. A folder may import itself and
 * the layers below it, never a layer above it nor a sibling in its own layer, so no two folders can form a
 * cycle. `npm run lint:deps` checks it (type-only imports count too: a type is a dependency).
 */
const LAYERS = [
  ['cli', 'index.ts'], // the `catalog` command and the library API (src/index.ts)
  ['app'], // the commands as functions over a host: check, build, verify, init, diff, import, fix, explain
  ['filing'], // verify: a filing rebuilt and compared, the bureau's report
  ['build', 'authoring', 'import'], // documents from a catalogue; init/fix; office tables read into a catalogue
  ['render', 'report', 'check'], // DOCX/PDF/HTML; --format output; the check pipeline
  ['resolve'], // extends: baselines located, overlaid, provenance
  ['diff'], // what one catalogue changes against another
  ['validate'], // schema and rules
  ['load'], // bytes → YAML → data with positions
  ['messages'], // text tables used by several layers (zh, en)
  ['model'], // the types, labels and text lookup
  ['util', 'io'], // pure helpers; the file system and worker threads
];

const escape = (s) => s.replace(/[.]/g, '\\.');
/** `src/NAME/` for a folder, `src/NAME` for a root file. */
const pathOf = (name) => `^src/${escape(name)}${name.endsWith('.ts') ? '$' : '/'}`;
const anyOf = (names) => names.map(pathOf).join('|');

const layerRules = LAYERS.flatMap((layer, rank) =>
  layer
    .map((name) => {
      const above = LAYERS.slice(0, rank).flat();
      const siblings = layer.filter((other) => other !== name);
      return {
        name: `layer-${name.replace(/\.ts$/, '')}`,
        comment: `${name} may import only itself and the layers below it (.dependency-cruiser.cjs, LAYERS)`,
        severity: 'error',
        from: { path: pathOf(name) },
        to: { path: anyOf([...above, ...siblings]) },
      };
    })
    .filter((rule) => rule.to.path !== ''),
);

const known = LAYERS.flat().concat(['types']);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-unlayered-folder',
      comment: 'every folder of src/ has its place in LAYERS (types/ holds declaration files only)',
      severity: 'error',
      from: { path: '^src/', pathNot: anyOf(known) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'no import cycles between modules (type-only imports excepted: they vanish at run time)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.build.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['import', 'node', 'default'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
