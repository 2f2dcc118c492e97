/**
 * Separate laptops for the exchange tests: each a real SQLite file of its own, with its own services
 * and dispatcher, and packages written to and read from real files in a shared folder (the USB key).
 */
import { join } from 'node:path';
import { call } from '../../../../../electron/main/handlers';
import { exportPackage } from '../../../../../electron/main/services/exchange/exportPackage';
import { importPackageFiles } from '../../../../../electron/main/services/exchange/importFiles';
import { paragraphNode, textBlocks, textNode, type SerializedDocument } from '../../../../../shared/document/lexicalJson';
import type { ImportSummary } from '../../../../../shared/domain/exchange';
import type { Participant, Recommendation } from '../../../../../shared/domain/types';
import type { PackageKind } from '../../../../../shared/package/format';
import { makeTempDir, openTempStore, removeTempDir, steppingClock, type TempStore } from '../../../../helpers/tempDb';
import { dumpDatabase } from '../../../cli/cliProcess';

export interface Laptop {
  name: string;
  store: TempStore;
  actAs(participantId: string): Promise<void>;
  get(id: string): Promise<Recommendation>;
  /** Paragraph texts of a recommendation's head, in order. */
  texts(id: string): Promise<string[]>;
  /** Replaces the text of paragraph `index` (its stable id kept, as the editor does). */
  editParagraph(id: string, index: number, edit: (text: string) => string): Promise<Recommendation>;
  create(meetingId: string, committeeId: string, title: string, paragraphs: string[]): Promise<Recommendation>;
  send(kind: PackageKind, meetingId: string, file: string): string;
  receive(files: string[], meetingId?: string): ImportSummary;
  dump(): string;
}

let uid = 0;
export function bodyOf(paragraphs: string[]): SerializedDocument {
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs.map((p) => paragraphNode([textNode(p)], `b-${++uid}`)) },
  };
}

export class Office {
  readonly folder = makeTempDir('palabre-usb-');
  readonly laptops: Laptop[] = [];
  /**
   * With `sharedClock`, every laptop reads one clock that steps on each reading: what happens later
   * in the test is later on every machine, as with laptops whose clocks are set right. Without it,
   * each laptop has its own clock from the same start.
   */
  private readonly clock: (() => Date) | undefined;

  constructor(options: { sharedClock?: boolean } = {}) {
    this.clock = options.sharedClock ? steppingClock() : undefined;
  }

  async laptop(name: string): Promise<Laptop> {
    const store = await openTempStore();
    const clock = this.clock;
    if (clock) store.ctx.timestamp = () => clock().toISOString();
    const folder = this.folder;
    const laptop: Laptop = {
      name,
      store,
      actAs: async (participantId) => {
        await call(store.dispatch, 'profile:set', { participantId });
      },
      get: (id) => call(store.dispatch, 'recommendation:get', { recommendationId: id }),
      texts: async (id) => textBlocks((await laptop.get(id)).body).map((b) => b.text),
      editParagraph: async (id, index, edit) => {
        const rec = await laptop.get(id);
        const body = JSON.parse(JSON.stringify(rec.body)) as SerializedDocument;
        const block = body.root.children[index]!;
        const text = textBlocks({ root: { ...body.root, children: [block] } })[0]!.text;
        block.children = [textNode(edit(text))];
        return call(store.dispatch, 'recommendation:save', { recommendationId: id, baseVersionId: rec.headVersionId, title: rec.title, body });
      },
      create: (meetingId, committeeId, title, paragraphs) =>
        call(store.dispatch, 'recommendation:create', { meetingId, committeeId, title, body: bodyOf(paragraphs) }),
      send: (kind, meetingId, file) => {
        const path = join(folder, file);
        exportPackage(store.ctx, { meetingId, kind, path });
        return path;
      },
      receive: (files, meetingId) => importPackageFiles(store.ctx, files, { meetingId }),
      dump: () => dumpDatabase(store.path),
    };
    this.laptops.push(laptop);
    return laptop;
  }

  close(): void {
    for (const l of this.laptops) l.store.cleanup();
    removeTempDir(this.folder);
  }
}

export interface Meeting {
  meetingId: string;
  alerteId: string;
  diplomatesId: string;
  secretariat: Participant;
  awa: Participant;
  kofi: Participant;
  moussa: Participant;
  rapporteur: Participant;
  /** Three paragraphs. */
  r1: Recommendation;
  r2: Recommendation;
  r3: Recommendation;
}

/** The secretariat sets up the meeting on its laptop. */
export async function setUpMeeting(secretariat: Laptop): Promise<Meeting> {
  const d = secretariat.store.dispatch;
  const meeting = await call(d, 'meeting:create', { title: 'Réunion des experts sur la paix et la sécurité', venue: 'Bamako', startsOn: '2026-04-13', endsOn: '2026-04-15' });
  const alerte = await call(d, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  const diplomates = await call(d, 'committee:add', { meetingId: meeting.id, name: 'Formation des diplomates' });
  const add = (name: string, delegation: string, role: 'expert' | 'rapporteur' | 'secretariat') =>
    call(d, 'participant:add', { meetingId: meeting.id, name, delegation, role });
  const sec = await add('Fatou Diallo', 'Secrétariat', 'secretariat');
  const awa = await add('Awa Sow', 'Mali', 'expert');
  const kofi = await add('Kofi Mensah', 'Ghana', 'expert');
  const moussa = await add('Moussa Traoré', 'Burkina Faso', 'expert');
  const rapporteur = await add('Issouf Ouédraogo', 'Niger', 'rapporteur');
  await secretariat.actAs(sec.id);
  const r1 = await secretariat.create(meeting.id, alerte.id, 'Renforcer les systèmes d’alerte précoce', [
    'Considérant la multiplication des crises dans la région.',
    'Les États membres renforcent les mécanismes nationaux d’alerte précoce.',
    'La Commission suit chaque année la mise en œuvre de cette recommandation.',
  ]);
  const r2 = await secretariat.create(meeting.id, alerte.id, 'Partager l’information', ['Les États membres partagent l’information sur les menaces transfrontalières.']);
  const r3 = await secretariat.create(meeting.id, diplomates.id, 'Former les diplomates à la médiation', ['Un programme régional de formation à la médiation est créé.']);
  return { meetingId: meeting.id, alerteId: alerte.id, diplomatesId: diplomates.id, secretariat: sec, awa, kofi, moussa, rapporteur, r1, r2, r3 };
}

type Expert = 'awa' | 'kofi' | 'moussa' | 'rapporteur';

/**
 * The secretariat sets the meeting up on its laptop and sends the meeting package; each laptop
 * named (with the participant at its keyboard) takes it in. The laptops in the order given.
 */
export async function meetingSentTo(office: Office, who: ReadonlyArray<readonly [laptop: string, participant: Expert]>): Promise<{ m: Meeting; sec: Laptop; laptops: Laptop[] }> {
  const sec = await office.laptop('secrétariat');
  const m = await setUpMeeting(sec);
  const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
  const laptops: Laptop[] = [];
  for (const [name, participant] of who) {
    const laptop = await office.laptop(name);
    laptop.receive([meetingFile]);
    await laptop.actAs(m[participant].id);
    laptops.push(laptop);
  }
  return { m, sec, laptops };
}

/** The meeting sent to Awa's laptop and the rapporteur's, each with its participant at the keyboard. */
export async function awaAndRapporteur(office: Office): Promise<{ m: Meeting; sec: Laptop; awa: Laptop; rap: Laptop }> {
  const { m, sec, laptops } = await meetingSentTo(office, [['Awa', 'awa'], ['rapporteur', 'rapporteur']]);
  return { m, sec, awa: laptops[0]!, rap: laptops[1]! };
}
