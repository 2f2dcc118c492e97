/**
 * Version bodies are stored compressed against their parent (schema 5, issue 8): a long history
 * takes a fraction of its JSON's size, every version reads back exactly as saved (in a new session
 * too, and with zlib alone), and no read has to inflate more than SNAPSHOT_EVERY bodies.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/main/db/open';
import { SNAPSHOT_EVERY } from '../../../../electron/main/db/versionBodies';
import { createContext } from '../../../../electron/main/services/context';
import { addCommittee } from '../../../../electron/main/services/committees';
import { createMeeting } from '../../../../electron/main/services/meetings';
import { createRecommendation, listVersions, saveRecommendation } from '../../../../electron/main/services/recommendations';
import { documentFromPlainText, documentToPlainText, type SerializedDocument } from '../../../../shared/document/lexicalJson';
import { storedBodyJson } from '../../../helpers/storedBodies';
import { openTempStore, steppingClock, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.cleanup());

const paragraph = (i: number) => `Les États membres renforcent la coordination de l’action diplomatique (${i}) ; « alerte précoce » et échange d’informations.`;

function draftHistory(saves: number): { id: string; texts: Map<string, string> } {
  const { ctx } = store;
  const meetingId = createMeeting(ctx, { title: 'Réunion des experts', organisation: '', venue: 'Bamako', startsOn: null, endsOn: null }).id;
  const committeeId = addCommittee(ctx, meetingId, 'Alerte précoce').id;
  let rec = createRecommendation(ctx, { meetingId, committeeId, title: 'Créer un réseau d’alerte', body: documentFromPlainText(paragraph(0), () => crypto.randomUUID()) });
  const texts = new Map([[rec.headVersionId, documentToPlainText(rec.body)]]);
  const paragraphs = Array.from({ length: 8 }, (_, i) => paragraph(i));
  for (let i = 1; i <= saves; i++) {
    paragraphs[i % 8] = `${paragraphs[i % 8]!} Ajout ${i}.`;
    // One save in ten rewrites everything: it must read back as well as a small edit.
    const text = i % 10 === 0 ? `Texte réécrit ${i} : ${crypto.randomUUID()} ${crypto.randomUUID()}` : paragraphs.join('\n\n');
    rec = saveRecommendation(ctx, { recommendationId: rec.id, baseVersionId: rec.headVersionId, title: rec.title, body: documentFromPlainText(text, () => crypto.randomUUID()) });
    texts.set(rec.headVersionId, documentToPlainText(rec.body));
  }
  return { id: rec.id, texts };
}

describe('stored version bodies', () => {
  it('read back exactly as saved, in a new session and with zlib alone', async () => {
    const { id, texts } = draftHistory(45);
    const fresh = await openDatabase(store.path);
    try {
      const ctx = createContext(fresh, { now: steppingClock() });
      const versions = listVersions(ctx, id);
      expect(versions).toHaveLength(46);
      for (const v of versions) {
        const stored = ctx.recommendations.version(v.id)!;
        expect(documentToPlainText(JSON.parse(stored.bodyJson) as SerializedDocument)).toBe(texts.get(v.id));
        expect(storedBodyJson(fresh, v.id)).toBe(stored.bodyJson);
      }
    } finally {
      fresh.close();
    }
  });

  it('take a fraction of their JSON, with chains no longer than SNAPSHOT_EVERY', () => {
    const { id } = draftHistory(45);
    const rows = store.db.prepare(`SELECT id, body_json AS json, length(body_deflate) AS bytes, body_base_id AS baseId, body_depth AS depth FROM versions WHERE recommendation_id = ?`).all(id) as Array<{
      id: string; json: string; bytes: number; baseId: string | null; depth: number;
    }>;
    expect(rows.every((r) => r.json === '' && r.bytes > 0)).toBe(true);
    expect(Math.max(...rows.map((r) => r.depth))).toBeLessThan(SNAPSHOT_EVERY);
    // Bodies compressed alone: the first, and one at least every SNAPSHOT_EVERY.
    expect(rows.filter((r) => r.baseId === null).length).toBeGreaterThanOrEqual(1 + Math.floor(45 / SNAPSHOT_EVERY));
    const jsonBytes = rows.reduce((sum, r) => sum + Buffer.byteLength(storedBodyJson(store.db, r.id)), 0);
    const storedBytes = rows.reduce((sum, r) => sum + r.bytes, 0);
    expect(storedBytes).toBeLessThan(jsonBytes / 5);
  });
});
