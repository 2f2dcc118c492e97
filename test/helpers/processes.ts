/** Child processes for the tests that need two of them: a database holder, killed at will. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');

export interface Holder {
  child: ChildProcess;
  pid: number;
  /** SIGKILL, as a crash or a power cut would end it; resolves once it is gone. */
  kill(): Promise<void>;
}

/** Starts holdDatabase.ts on `path` and waits until it has the database open. */
export function startHolder(path: string): Promise<Holder> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/helpers/holdDatabase.ts'), path], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/holding \d+\n/.test(out)) {
        done({
          child,
          pid: child.pid!,
          kill: () =>
            new Promise((gone) => {
              if (child.exitCode !== null || child.signalCode !== null) return gone();
              child.once('exit', () => gone());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.once('exit', (code) => fail(new Error(`holder exited (${code}): ${err}`)));
  });
}
