/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway (http://localhost:8080) serves /config.json and /api; in development Vite proxies both.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
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
