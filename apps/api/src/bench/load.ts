import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** What the load generator saw: requests answered per second, the 99th percentile and anything but a 200. */
export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

const run = promisify(execFile);
const autocannon = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * POSTs the same body over `connections` kept-alive connections for `seconds`, from a process of
 * its own, so the load generator never shares the server's event loop.
 */
export async function load({ url, body, headers, connections, seconds }: LoadOptions): Promise<LoadResult> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const { stdout } = await run(
    process.execPath,
    [autocannon, '-c', String(connections), '-d', String(seconds), '-m', 'POST', ...headerArgs, '-b', body, '-j', url],
    { maxBuffer: 16 * 2 ** 20 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
