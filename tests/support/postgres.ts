// A throwaway PostgreSQL cluster for tests: `initdb` + `pg_ctl` in a temp folder, on a free
// port, listening on 127.0.0.1 only, stopped and deleted afterwards. No shared service, no
// mocks. PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user
// (Debian's package creates it) in a folder that user owns.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCluster {
  /** postgres://… for `database` (default: the maintenance database `postgres`). */
  url(database?: string): string;
  readonly port: number;
  stop(): void;
}

/** Where PostgreSQL's server programs are: RAPPORT_PG_BIN, Debian's newest, or pg_config's. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RAPPORT_PG_BIN) return env.RAPPORT_PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'PostgreSQL is not installed (no initdb found). On Debian/Ubuntu: apt-get install -y postgresql',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } {
  const line = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).trim();
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startCluster(): Promise<TestCluster> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    return execFileSync(command, argv, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  };
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'rapport', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  // Durability off: a test cluster is thrown away; it only has to be correct, not crash-safe.
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  let stopped = false;
  return {
    port,
    url: (database = 'postgres') => `postgres://rapport@127.0.0.1:${port}/${database}`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
