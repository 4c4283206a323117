// `npm start`: habil-server on its embedded database (PGlite in .habil-data/, seeded once with
// the guides' data, kept across restarts), then the demo portal (Vite), whose /api goes to it.
// The server's date starts on the guides' day (HABIL_NOW) and can be moved from the portal.
// Ctrl+C stops both.
import { spawn } from 'node:child_process';

const port = process.env.PORT || '8787';
const env = {
  ...process.env,
  PORT: port,
  HABIL_DATA_DIR: process.env.HABIL_DATA_DIR || '.habil-data',
  HABIL_NOW: process.env.HABIL_NOW || '2025-06-02T10:00:00+02:00',
};

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let vite;

/** The server's JSON log lines, shown short: time, message, and for requests the method, path and status. */
let buffered = '';
server.stdout.on('data', (chunk) => {
  buffered += chunk;
  let nl;
  while ((nl = buffered.indexOf('\n')) >= 0) {
    const text = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    let line;
    try {
      line = JSON.parse(text);
    } catch {
      console.log(`[habil-server] ${text}`);
      continue;
    }
    const what = line.msg === 'request' ? `${line.method} ${line.path} → ${line.status} (${line.ms} ms)` : line.msg;
    const extra = line.msg === 'request' ? '' : Object.entries(line).filter(([k]) => !['level', 'time', 'pid', 'hostname', 'service', 'msg'].includes(k)).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' ');
    console.log(`[habil-server] ${what}${extra ? ` ${extra}` : ''}`);
    if (line.msg === 'listening' && !vite) {
      vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...(process.env.CI ? [] : ['--open'])], {
        env: { ...process.env, HABIL_API_TARGET: `http://127.0.0.1:${line.port}` },
        stdio: 'inherit',
      });
      vite.on('exit', (code) => stop(code ?? 0));
    }
  }
});
server.on('exit', (code) => {
  console.error(`[habil-server] stopped (${code})`);
  stop(code ?? 1);
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  vite?.kill('SIGTERM');
  server.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
