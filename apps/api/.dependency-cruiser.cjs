/**
 * The API's boundaries (../../../shared/STYLE.md, "Boundaries"), checked by `npm run lint`:
 * - the platform layer knows no feature;
 * - features do not depend on each other both ways (no cycles, of files or of modules);
 * - a module's tables are its own: no other module imports its repositories or entities.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'platform-knows-no-feature',
      comment: 'src/platform is shared plumbing; features plug into it (injection tokens, registries).',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-module-cycles',
      comment: 'Two modules that need each other are one module, or need a third that both use.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true },
    },
    {
      name: 'no-file-cycles',
      comment: 'A file cycle breaks ES module loading order (a class used before it is defined).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'tables-belong-to-their-module',
      comment: "Read and write another module's tables through its service, never its repository or entities.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: ['^src/modules/([^/]+)/.+\\.repository\\.ts$', '^src/modules/([^/]+)/entities/'],
        pathNot: '^src/modules/$1/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(spec|int-spec)\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
