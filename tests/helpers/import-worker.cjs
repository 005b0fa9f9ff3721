// Runs the import worker from TypeScript source in tests (the app runs the built out/main/import-worker.js).
require('tsx/cjs')
require('../../src/main/core/import/worker.ts')
