import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Imports run in a worker thread so the app stays responsive (issue #3).
          'import-worker': resolve(__dirname, 'src/main/core/import/worker.ts'),
          // Backups are written and checked in a worker thread too (issue #7).
          'backup-worker': resolve(__dirname, 'src/main/core/backup/worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    // A sandboxed preload cannot require() packages at run time, so everything it
    // uses (the contract's call list, zod) is bundled into the one file.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: shared },
    plugins: [react()],
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } } }
  }
})
