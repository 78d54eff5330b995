// Starts tests/Platform.Federation.Subgraphs for one set and resolves with its subgraphs ({ name, url }[]) once it prints
// its ready line. Its stdin is a pipe, so the program stops by itself if this process dies.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const defaultDll = path.resolve(here, '../../Platform.Federation.Subgraphs/bin/Release/net10.0/Platform.Federation.Subgraphs.dll');

/** Parses "ready <set> name=url name=url …" into [{ name, url }]. */
export function parseReadyLine(line) {
  return line.trim().split(/\s+/).slice(2).map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), url: pair.slice(at + 1) };
  });
}

/** The subgraphs of a set already running from portBase (what the program would print). */
export function runningSubgraphs(set, portBase) {
  const names = set === 'benchmark' ? ['accounts', 'inventory', 'products', 'reviews'] : ['catalog', 'shop', 'ratings'];
  return names.map((name, i) => ({ name, url: `http://127.0.0.1:${portBase + i}/graphql` }));
}

export function startSubgraphs(set, portBase, dll = defaultDll) {
  if (!existsSync(dll)) {
    throw new Error(`${dll} is missing: dotnet build tests/Platform.Federation.Subgraphs -c Release`);
  }

  const child = spawn('dotnet', [dll, '--set', set, '--host', '127.0.0.1', '--port-base', String(portBase)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`the ${set} subgraphs did not print a ready line in 60 s`)), 60_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith('ready '));
      if (line) {
        clearTimeout(timer);
        resolve(parseReadyLine(line));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${set} subgraphs exited with ${code} before they were ready`));
    });
  });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.stdin.end();
  });
  return { ready, stop };
}
