/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The gateway (http://localhost:8080) serves /config.json and /api; in development Vite proxies both.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    // Installable on a leader's phone: a manifest, and a service worker that keeps the app's own files (never the
    // API's answers, which are per user and change), registered from a file because the CSP allows no inline script.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Thi đua – Khen thưởng',
        short_name: 'Thi đua',
        description: 'Hệ thống quản lý Thi đua – Khen thưởng: ký giao ước, bỏ phiếu, đề nghị và sổ vàng',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b71c1c',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//, /^\/config\.json$/],
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        maximumFileSizeToCacheInBytes: 3_000_000,
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: gateway, changeOrigin: true },
      '/config.json': { target: gateway, changeOrigin: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: gateway, changeOrigin: true },
      '/config.json': { target: gateway, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Feature route chunks are named after their feature (features/units/routes.tsx → units-*.js).
        chunkFileNames: (chunk) => {
          const m = chunk.facadeModuleId?.match(/features[\\/]([^\\/]+)[\\/]routes\.tsx$/);
          return `assets/${m ? m[1] : '[name]'}-[hash].js`;
        },
        // React and the router change rarely: a long-lived chunk of their own. Ant Design is left to the
        // automatic splitting so that components only the units page uses (Table, Tree, …) load with it.
        codeSplitting: {
          groups: [{ name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20000,
    // the stubbed fetch of each test (src/test/utils.tsx) is restored after it
    unstubGlobals: true,
  },
});
