import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { apiDevServer } from './src/server/vite-dev-api.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./src/client'),
  publicDir: fromRoot('./public'),
  build: {
    outDir: fromRoot('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Name each language's strings after it, so sizes per language can be measured and read.
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/\/locales\/([^/]+)\/common\.json$/)?.[1];
          return locale ? `assets/locale-${locale}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  worker: { format: 'es' },
  resolve: {
    alias: [
      // The RTL text plugin's package exports only its source; MapLibre loads the built UMD file by URL.
      { find: /^rtl-text-plugin\?url$/, replacement: `${fromRoot('./node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js')}?url` },
    ],
  },
  plugins: [
    preact(),
    apiDevServer(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: fromRoot('./src/sw'),
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        // The shell, every language and the search worker: all a phone needs offline. The map and
        // the script fonts are big and not everyone's: they are cached when first used (src/sw).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['**/results-map-*', '**/maplibre-gl-worker-*', '**/mapbox-gl-rtl-text-*', '**/ethiopic-400-*', '**/gurmukhi-400-*'],
      },
      manifest: {
        name: 'Guichet: services for newcomers',
        short_name: 'Guichet',
        description: 'Find settlement services for newcomers: language classes, jobs, housing, health and more.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5c5a',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  test: {
    root: fromRoot('.'),
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  },
});
