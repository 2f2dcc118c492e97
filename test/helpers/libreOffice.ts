/**
 * Word files made by LibreOffice, the way an expert without Palabre would send them: an HTML or Flat
 * ODT source converted headless to .docx in a temporary folder. No skipping: without LibreOffice the
 * test fails and says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function requireSoffice(): void {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error('LibreOffice (soffice) is missing: install libreoffice-writer');
}

/**
 * Writes `source` as `name` (.html or .fodt) in `dir` and converts it to `dir/<stem>.docx`; returns its path.
 * Each conversion has its own LibreOffice profile, so parallel test files do not share a lock.
 */
export function convertToDocx(dir: string, name: string, source: string): string {
  requireSoffice();
  const input = join(dir, name);
  writeFileSync(input, source, 'utf8');
  const args = [`-env:UserInstallation=${pathToFileURL(join(dir, `lo-profile-${name}`)).href}`, '--headless'];
  if (name.endsWith('.html')) args.push('--infilter=HTML (StarWriter)');
  args.push('--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input);
  execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000 });
  const output = join(dir, name.replace(/\.[^.]+$/, '.docx'));
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return output;
}
