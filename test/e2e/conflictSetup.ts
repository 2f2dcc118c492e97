/**
 * A rapporteur's laptop with conflicts and a near-duplicate to settle, for the conflict screens'
 * spec and screenshots. The secretariat and two experts are laptops of their own (separate SQLite
 * files); the rapporteur is the app in Chromium, importing through the bridge as the renderer does:
 * a file token granted for each package, then `package:import`.
 */
import { call } from '../../electron/main/handlers';
import type { ImportSummary } from '../../shared/domain/exchange';
import { Office, setUpMeeting, type Meeting } from '../electron/main/services/exchange/laptops';
import type { LaunchedApp } from './harness';

type Api = { package: { import(input: unknown): Promise<{ ok: boolean; value?: ImportSummary; error?: unknown }> } };

export interface ConflictScene {
  office: Office;
  m: Meeting;
  /** The near-duplicates proposed by Awa and by Moussa. */
  awaDuplicateId: string;
  moussaDuplicateId: string;
}

/** Builds the other laptops' packages; `importInto` then brings them into the app. */
export async function prepareContributions(): Promise<{ scene: ConflictScene; files: { meeting: string; awa: string; moussa: string } }> {
  const office = new Office();
  const sec = await office.laptop('secrétariat');
  const m = await setUpMeeting(sec);
  const meeting = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const [awa, moussa] = [await office.laptop('Awa'), await office.laptop('Moussa')];
  for (const [l, p] of [[awa, m.awa], [moussa, m.moussa]] as const) {
    l.receive([meeting]);
    await l.actAs(p.id);
  }
  // The same sentence changed differently on both laptops, in two recommendations.
  await awa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'menaces terroristes'));
  await moussa.editParagraph(m.r2.id, 0, (t) => t.replace('menaces transfrontalières', 'trafics transfrontaliers'));
  await awa.editParagraph(m.r1.id, 1, (t) => t.replace('renforcent', 'modernisent'));
  await moussa.editParagraph(m.r1.id, 1, (t) => t.replace('renforcent', 'financent'));
  // Two delegations propose the same thing.
  const a = await awa.create(m.meetingId, m.alerteId, 'Créer un système régional d’alerte précoce', [
    'Les États membres créent un système régional d’alerte précoce relié aux dispositifs nationaux.',
  ]);
  const b = await moussa.create(m.meetingId, m.alerteId, 'Système régional d’alerte précoce', [
    'Un système régional d’alerte précoce est créé par les États membres, relié aux dispositifs nationaux.',
  ]);
  return {
    scene: { office, m, awaDuplicateId: a.id, moussaDuplicateId: b.id },
    files: { meeting, awa: awa.send('contribution', m.meetingId, 'awa.palabre'), moussa: moussa.send('contribution', m.meetingId, 'moussa.palabre') },
  };
}

export async function importThroughBridge(app: LaunchedApp, path: string): Promise<ImportSummary> {
  const token = app.grantFile(path, 'read');
  const result = await app.page.evaluate((t) => (window as unknown as { api: Api }).api.package.import({ fileTokens: [t] }), token);
  if (!result.ok || !result.value) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The rapporteur sets up the meeting, says who they are, then imports Awa's contribution and Moussa's. */
export async function importInto(app: LaunchedApp, scene: ConflictScene, files: { meeting: string; awa: string; moussa: string }): Promise<ImportSummary> {
  await importThroughBridge(app, files.meeting);
  await call(app.dispatch, 'profile:set', { participantId: scene.m.rapporteur.id });
  await importThroughBridge(app, files.awa);
  return importThroughBridge(app, files.moussa);
}
