// Runs the backup worker from TypeScript source in tests (the app runs the built out/main/backup-worker.js).
require('tsx/cjs')
require('../../src/main/core/backup/worker.ts')
