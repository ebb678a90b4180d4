import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * The built renderer loads as one classic deferred script, not a module script: Chromium keeps
 * V8's code cache for classic scripts but does not consume it for module scripts (measured with
 * Chromium 156: the 1.4 MB bundle was parsed and compiled again on every load, ~200 ms on our
 * build machine, instead of ~30 ms of deserialising). `defer` keeps the module's timing: it runs
 * after the document is parsed, after public/prefetch.js. The bundle is an IIFE, so nothing leaks
 * into the page's globals. The dev server keeps modules.
 */
function classicScriptEntry(): Plugin {
  const moduleEntry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
  return {
    name: 'ka-classic-script-entry',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      if (!moduleEntry.test(html)) throw new Error('index.html: the module entry script to turn into a classic one was not found')
      return html.replace(moduleEntry, '<script defer src="$1"></script>')
    }
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The Electron main process, and the browser-mode host (plain Node, no electron).
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/core/web.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require node_modules: bundle everything into one file.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: 'src',
    base: './',
    plugins: [react(), classicScriptEntry()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      chunkSizeWarningLimit: 4000,
      // One stylesheet file linked from index.html (an IIFE build would otherwise inject the CSS from the script).
      cssCodeSplit: false,
      rollupOptions: { input: resolve(__dirname, 'src/index.html'), output: { format: 'iife' } }
    }
  }
})
