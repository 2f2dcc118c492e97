/**
 * LibreOffice headless as the independent reader of the Word exports: a .docx is converted to plain
 * text, to Flat ODT (tracked changes as text:changed-region, comments as office:annotation, styles
 * and language as XML) or to PDF, and the test reads what LibreOffice understood.
 *
 * Each conversion runs with its own user profile: LibreOffice allows one instance per profile, and
 * tests run in parallel. Without LibreOffice the tests fail, saying what to install.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let checked: string | null = null;

/** The soffice command, or an error with a one-line installation hint. */
export function soffice(): string {
  if (checked) return checked;
  for (const candidate of [process.env.SOFFICE_PATH, 'soffice', 'libreoffice'].filter((c): c is string => Boolean(c))) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      checked = candidate;
      return candidate;
    } catch {
      // Try the next name.
    }
  }
  throw new Error('LibreOffice (soffice) not found: install libreoffice-writer (apt-get install --no-install-recommends libreoffice-writer)');
}

export type ConvertFormat = 'txt' | 'fodt' | 'pdf';

const FILTERS: Record<ConvertFormat, string> = { txt: 'txt:Text (encoded):UTF8', fodt: 'fodt', pdf: 'pdf' };

/** Converts Word bytes and returns the converted file's path (in a folder removed by `cleanup`). */
export async function convertToFile(docx: Uint8Array, format: ConvertFormat): Promise<{ path: string; cleanup(): void }> {
  const command = soffice();
  const dir = mkdtempSync(join(tmpdir(), 'palabre-soffice-'));
  const input = join(dir, 'report.docx');
  writeFileSync(input, docx);
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const outdir = join(dir, 'out');
  await new Promise<void>((done, fail) => {
    execFile(
      command,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', FILTERS[format], '--outdir', outdir, input],
      { timeout: 180_000 },
      (error, _stdout, stderr) => (error ? fail(new Error(`soffice failed: ${error.message} ${stderr}`)) : done()),
    );
  });
  const produced = readdirSync(outdir, { withFileTypes: true }).find((f) => f.isFile());
  if (!produced) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`LibreOffice could not convert the document to ${format} (it did not open it)`);
  }
  return { path: join(outdir, produced.name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Converts Word bytes to text (txt or fodt) and returns it. */
export async function convert(docx: Uint8Array, format: 'txt' | 'fodt'): Promise<string> {
  const file = await convertToFile(docx, format);
  try {
    return readFileSync(file.path, 'utf8');
  } finally {
    file.cleanup();
  }
}

/** Whitespace of any kind (no-break spaces, tabs, line breaks) as one space: how a reader compares text. */
export function squash(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
}

/** Asserts that every needle occurs in the haystack, in order; returns the first missing one, or null. */
export function firstMissingInOrder(haystack: string, needles: readonly string[]): string | null {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found < 0) return needle;
    at = found + needle.length;
  }
  return null;
}

/** Decodes the XML entities of a Flat ODT's text. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<text:line-break\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface TrackedChange {
  kind: 'insertion' | 'deletion' | 'format-change';
  author: string;
  date: string;
  text: string;
}

/** The tracked changes of a Flat ODT, in the order of its change list, each with the text it covers. */
export function trackedChanges(fodt: string): TrackedChange[] {
  const changes: TrackedChange[] = [];
  for (const region of fodt.matchAll(/<text:changed-region [^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)) {
    const [, id, body] = region as unknown as [string, string, string];
    const kind = /<text:(insertion|deletion|format-change)>/.exec(body)?.[1] as TrackedChange['kind'] | undefined;
    if (!kind) continue;
    const author = xmlText(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(body)?.[1] ?? '');
    const date = /<dc:date>([\s\S]*?)<\/dc:date>/.exec(body)?.[1] ?? '';
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inline = new RegExp(`<text:change-start text:change-id="${escaped}"/>([\\s\\S]*?)<text:change-end text:change-id="${escaped}"/>`).exec(fodt);
    // Older LibreOffice keeps deleted text inside the region, after its change-info.
    const kept = body.replace(/[\s\S]*<\/office:change-info>/, '');
    changes.push({ kind, author, date, text: xmlText(inline ? inline[1]! : kept) });
  }
  return changes;
}

export interface Annotation {
  author: string;
  date: string;
  text: string;
  /** The passage the comment is anchored to (between the annotation and its end). */
  passage: string;
}

export function annotations(fodt: string): Annotation[] {
  const out: Annotation[] = [];
  for (const match of fodt.matchAll(/<office:annotation(?: [^>]*)?office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/g)) {
    const [, name, body] = match as unknown as [string, string, string];
    const author = xmlText(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(body)?.[1] ?? '');
    const date = /<dc:date>([\s\S]*?)<\/dc:date>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => xmlText(p[1]!)).join('\n');
    const after = fodt.slice(match.index + match[0].length);
    const end = after.indexOf(`<office:annotation-end office:name="${name}"/>`);
    // Comments starting at the same place are nested in the passage: leave them out.
    const passage = end >= 0 ? after.slice(0, end).replace(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g, '') : '';
    out.push({ author, date, text, passage: xmlText(passage) });
  }
  return out;
}

/** The text of a Flat ODT as it reads once every tracked change is accepted: deleted passages gone, the change list left out. */
export function acceptedText(fodt: string): string {
  let body = fodt.replace(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/g, '');
  for (const region of fodt.matchAll(/<text:changed-region [^>]*text:id="([^"]+)"[^>]*>\s*<text:deletion>/g)) {
    const id = region[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    body = body.replace(new RegExp(`<text:change-start text:change-id="${id}"/>[\\s\\S]*?<text:change-end text:change-id="${id}"/>`), '');
  }
  return xmlText(body.replace(/<office:annotation[ >][\s\S]*?<\/office:annotation>/g, ''));
}

/**
 * Word files made by LibreOffice, the way an expert without Palabre would send them: writes `source`
 * as `name` (.html or .fodt) in `dir` and converts it to `dir/<stem>.docx`; returns its path. Each
 * conversion has its own LibreOffice profile, so parallel test files do not share a lock.
 */
export function convertToDocx(dir: string, name: string, source: string): string {
  const command = soffice();
  const input = join(dir, name);
  writeFileSync(input, source, 'utf8');
  const args = [`-env:UserInstallation=${pathToFileURL(join(dir, `lo-profile-${name}`)).href}`, '--headless'];
  if (name.endsWith('.html')) args.push('--infilter=HTML (StarWriter)');
  args.push('--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input);
  execFileSync(command, args, { stdio: 'pipe', timeout: 120_000 });
  const output = join(dir, name.replace(/\.[^.]+$/, '.docx'));
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return output;
}
