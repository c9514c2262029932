import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';

// Set BASE_PATH=/talknotes/ when the app is served from a sub-folder (a GitHub Pages project site).
const base = process.env.BASE_PATH ?? '/';

// The hosts the app may publish to (connect-src): GitHub, GitLab.com and Codeberg, plus any
// self-hosted ones named at build time, e.g. PUBLISH_HOSTS="https://git.example.com https://ghe.example.com/".
const PUBLISH_ORIGINS = [
  'https://api.github.com',
  'https://gitlab.com',
  'https://codeberg.org',
  ...(process.env.PUBLISH_HOSTS ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(toOrigin),
];

/** A build setting's address as an origin, refusing anything that is not one. */
function toOrigin(address: string): string {
  const url = new URL(address);
  if (url.protocol !== 'https:' && !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) {
    throw new Error(`PUBLISH_HOSTS: ${address} must be an https:// address (http:// only for this machine)`);
  }
  return url.origin;
}

// The built app's Content-Security-Policy: scripts, styles and workers only from the app itself
// (no inline script), images only from the app or the device (photos are blob: URLs), requests
// only to the app and the publishing hosts above, nothing else loaded from anywhere. Applied to
// the build only: Vite's dev server needs more.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "worker-src 'self'",
  `connect-src 'self' ${[...new Set(PUBLISH_ORIGINS)].join(' ')}`,
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  base,
  // The app checks a blog's address against the same list, and says so before anything is sent.
  define: { __PUBLISH_ORIGINS__: JSON.stringify([...new Set(PUBLISH_ORIGINS)]) },
  plugins: [
    preact(),
    {
      name: 'talknotes-csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
    {
      // Static hosts such as GitHub Pages answer unknown paths with 404.html: a copy of the app
      // shell there makes a deep link (/talks/…) work even before the service worker is installed.
      name: 'talknotes-404-shell',
      enforce: 'post',
      generateBundle(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
      },
    },
    VitePWA({
      // A new version waits until the person chooses to reload: an update never interrupts typing.
      registerType: 'prompt',
      injectRegister: false, // src/pwa/update.ts registers it, so the update flow is ours
      manifest: {
        name: 'Talknotes — conference notes',
        short_name: 'Talknotes',
        description: 'Take notes at conference talks, offline, and publish them as blog posts.',
        lang: 'en',
        // start_url and scope default to Vite's base, so a sub-folder build stays inside it; the id
        // is resolved against start_url.
        id: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f2a44',
        background_color: '#10131a',
        categories: ['productivity', 'education'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          {
            src: 'screenshots/capture-360.png',
            sizes: '360x740',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Typing notes into a talk',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['screenshots/**', '404.html'],
        // Any route (a deep link to a talk) opens offline: the app shell answers every navigation.
        navigateFallback: 'index.html',
        // Take control on first install so the app works offline without a second visit; later
        // versions still wait for the person's "Reload to update".
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The polyfill makes <link rel="modulepreload"> work in browsers without it (Safari before 17);
    // index.html has none (one entry chunk), and lazy chunks' preloads fall back on their own.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
