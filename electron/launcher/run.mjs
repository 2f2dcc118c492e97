/** Runs a helper program with its output captured (shown only when useful) and a time limit. */
import { spawnSync } from 'node:child_process';

/**
 * @returns {{ ok: boolean, output: string }} never throws: a missing program, a crash or a timeout
 * is just `ok: false`.
 */
export function runCaptured(command, args, { cwd, env, timeoutMs }) {
  const result = spawnSync(command, args, {
    cwd,
    env,
    timeout: timeoutMs,
    encoding: 'utf8',
    windowsHide: true,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  if (result.error) return { ok: false, output: `${output}\n${result.error.message}` };
  return { ok: result.status === 0, output };
}

/** Lines of helper chatter that never explain a failure. */
const NOISE = /^(gyp (info|http|WARN)|gyp ERR! (System|command|cwd|node -v|node-gyp -v|not ok|configure error)|Node\.js v)/;
/** Prefixes that precede the useful part of a line. */
const PREFIX = /^(gyp ERR! (stack )?|prebuild-install (warn|WARN|error|ERR!) (install )?)/;

/**
 * The one line worth showing from a failed helper's output: the first error message (later ones
 * tend to be consequences), never the stack frames ("    at …") that follow it.
 */
export function reasonFrom(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.test(line))
    .map((line) => line.replace(PREFIX, '').trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const errors = lines.filter((line) => /error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|timed? ?out|fail/i.test(line));
  const reason = errors[0] ?? lines[lines.length - 1] ?? '';
  return reason.length > 200 ? `${reason.slice(0, 197)}…` : reason;
}
