import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// In development the API runs in its own process (scripts/dev.ts) and Vite proxies to it.
const apiPort = process.env.API_PORT ?? '8787'

export default defineConfig({
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
})
