import { readWebDevApiUrl } from '@closeloop/config';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API serves the built app (apps/web/dist) at `/`; `npm run dev -w apps/web` serves it from source and
// passes the API's paths on to the API that HOST and PORT name (`make up`: http://127.0.0.1:3000).
const api = readWebDevApiUrl();

export default defineConfig({
  plugins: [react()],
  // @closeloop/api-client from its TypeScript source (its `@closeloop/source` export), compiled with the app.
  resolve: { conditions: ['@closeloop/source', ...defaultClientConditions] },
  server: { proxy: Object.fromEntries(['/v1', '/openapi.json', '/docs', '/healthz', '/readyz'].map((path) => [path, api])) },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
});
