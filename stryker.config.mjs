// Mutation testing (`npm run mutate`): StrykerJS changes the decision code one operator at a
// time and runs the tests that cover it; a change no test notices is a verdict that could go
// wrong unseen. Scope it with `npm run mutate -- --mutate src/load/ports.ts`. Version 9 runs on
// Node.js 20 and later; the jest runner needs ESM through --experimental-vm-modules.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      // The unit and fixture tests of the stages mutated. Tests of the bundle (dist/), of an
      // engine, of packaging and of third-party oracles do not run the mutated sources or take
      // minutes; the corpus and property runs are left to \`npm test\`.
      testMatch: [
        '**/__tests__/load/**/*.test.ts',
        '**/__tests__/analyze/**/*.test.ts',
        '**/__tests__/rules/**/*.test.ts'
      ],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/__tests__/load/differential.test.ts',
        '/__tests__/load/corpus.test.ts',
        '/__tests__/load/bounds.test.ts'
      ]
    }
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/analyze/**/*.ts',
    'src/rules/**/*.ts',
    '!src/rules/render-doc.ts',
    'src/load/ports.ts',
    'src/load/interpolate.ts'
  ],
  concurrency: 2,
  // A mutant that loops is cut off soon after the time its tests took unmutated.
  timeoutMS: 3000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // Outside the repository: inside it, the sandbox would be a folder that .gitignore hides
  // from discovery (`git ls-files`), and every fixture would go unseen.
  tempDirName: '/tmp/tierguard-stryker',
  cleanTempDir: 'always'
}
