/** Desktop build: main (with the backend's utility entry), preload and the renderer. */
import { defineConfig } from 'electron-vite';
import path from 'node:path';
import renderer from './vite.renderer.config.ts';

const r = (p: string) => path.resolve(import.meta.dirname, p);

export default defineConfig({
  main: {
    build: {
      outDir: r('out/main'),
      rollupOptions: {
        input: {
          index: r('electron/main/index.ts'),
          backend: r('electron/backend/utility-entry.ts'),
          // The parse child process: parse-in-child.ts looks for child.js next to it.
          child: r('electron/backend/formats/child.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: r('out/preload'),
      rollupOptions: {
        input: { index: r('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...renderer,
    build: {
      ...renderer.build,
      outDir: r('out/renderer'),
      rollupOptions: { input: r('renderer/index.html') },
    },
  },
});
