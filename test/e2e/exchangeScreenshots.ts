/**
 * Screenshots of the conflict and near-duplicate screens, to look at them as a person would:
 * `npm run build && npx tsx test/e2e/exchangeScreenshots.ts [out-dir] [width]`. Writes conflicts.png
 * and duplicates.png (renderer/screenshots by default), with two conflicts open, one being edited.
 * Not a test: nothing is asserted here; conflicts.spec.ts checks the behaviour.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importInto, prepareContributions } from './conflictSetup';
import { launchApp } from './harness';

async function main() {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '../../renderer/screenshots'));
  const width = Number(process.argv[3] ?? 1366);
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'palabre-shots-'));
  const { scene, files } = await prepareContributions();
  const app = await launchApp({ dbPath: join(dir, 'rapporteur.sqlite'), locale: 'fr', viewport: { width, height: 900 } });
  try {
    await importInto(app, scene, files);
    const { page } = app;
    const open = async (hash: string, selector: string) => {
      await page.goto(`${app.url}#${hash}`);
      await page.reload();
      await page.locator(selector).first().waitFor();
    };
    await open(`/meeting/${scene.m.meetingId}/conflicts`, 'article.conflict-card');
    await page.locator('article.conflict-card').last().getByRole('button', { name: 'Modifier…' }).click();
    await page.screenshot({ path: join(outDir, 'conflicts.png'), fullPage: true });
    await open(`/meeting/${scene.m.meetingId}/duplicates`, 'article.duplicate-card');
    await page.screenshot({ path: join(outDir, 'duplicates.png') });
  } finally {
    await app.close();
    scene.office.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
