import net from 'node:net';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Refuses to start a server on a port something else (often a forgotten `make up`) already holds. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  if (await canConnect(port)) {
    throw new Error(`port ${port} for ${what} is already in use (another \`make up\` still running? try \`make down\`)`);
  }
}

/** As assertPortFree, but waits up to 10 s first (a killed server's port takes a moment to close). */
export async function waitUntilFree(port: number, what: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await assertPortFree(port, what);
    } catch (error) {
      if (i >= 50) throw error;
      await sleep(200);
    }
  }
}

export async function waitForPort(port: number, timeoutMs: number, failed: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await canConnect(port))) {
    if (failed()) throw new Error(`process for port ${port} exited before listening`);
    if (Date.now() > deadline) throw new Error(`nothing listening on port ${port} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** Waits until GET url answers 2xx; `failed` says why to give up early (the process behind it exited). */
export async function waitForUrl(url: string, timeoutMs: number, failed: () => boolean | string | undefined = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    const failure = failed();
    if (failure) throw new Error(typeof failure === 'string' ? failure : `process behind ${url} exited`);
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await sleep(300);
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Waits until no process has this pid. */
export async function waitForExit(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
}
