import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { rendererCsp } from './core/security/csp.ts';

/** Puts the renderer CSP into the built index.html, so even a file:// load is locked down. */
function cspMetaTag(): Plugin {
  return {
    name: 'copydesk-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: rendererCsp(true) }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte(), cspMetaTag()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // Inline assets would need data: in more CSP directives; keep them as files.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
});
