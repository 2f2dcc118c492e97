import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract/channelNames';
import { contract, isChannel, type Channel, type ChannelInput } from '../../../shared/contract/channels';
import { documentSchema } from '../../../shared/contract/schemas';
import { documentFromPlainText } from '../../../shared/document/lexicalJson';

const ID = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';
const ID2 = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';

/** A valid payload for every channel; typed so that a new channel cannot be added without one. */
const VALID: { [C in Channel]: ChannelInput<C> } = {
  'app:info': {},
  'settings:setLocale': { locale: 'en' },
  'meeting:list': {},
  'meeting:create': { title: 'Réunion des experts', organisation: 'Confédération', venue: 'Bamako', startsOn: '2025-03-10', endsOn: '2025-03-12' },
  'meeting:get': { meetingId: ID },
  'meeting:update': { meetingId: ID, title: 'Réunion', numbering: 'per_committee', startsOn: null },
  'committee:add': { meetingId: ID, name: 'Alerte précoce' },
  'committee:rename': { committeeId: ID, name: 'Alerte précoce et prévention' },
  'committee:reorder': { meetingId: ID, committeeIds: [ID, ID2] },
  'committee:remove': { committeeId: ID },
  'participant:add': { meetingId: ID, name: 'Aminata Traoré', delegation: 'Mali', role: 'expert' },
  'participant:update': { participantId: ID, name: 'Aminata Traoré Diallo', delegation: 'Burkina Faso', role: 'rapporteur' },
  'participant:remove': { participantId: ID },
  'profile:get': {},
  'profile:set': { participantId: ID },
  'recommendation:create': {
    meetingId: ID,
    committeeId: ID2,
    title: 'Créer un système d’alerte précoce',
    body: documentFromPlainText('Considérant…\n\nRecommandent…', () => ID),
    addressees: ['Conseil des Ministres'],
    leadActors: ['Secrétariat général'],
    horizon: '2026',
    deadline: '2026-06-30',
    priority: 'high',
  },
  'recommendation:get': { recommendationId: ID },
  'recommendation:save': { recommendationId: ID, baseVersionId: ID2, title: 'Titre', body: documentFromPlainText('Texte', () => ID) },
  'recommendation:versions': { recommendationId: ID },
  'recommendation:setFields': { recommendationId: ID, addressees: ['États membres'], horizon: 'court terme', deadline: null, priority: null },
  'recommendation:setStatus': { recommendationId: ID, status: 'under_review' },
  'recommendation:move': { recommendationId: ID, committeeId: ID2, position: 1 },
  'recommendation:delete': { recommendationId: ID },
  'recommendation:restore': { recommendationId: ID },
  'recommendation:list': { meetingId: ID, filters: { committeeId: ID2, status: ['draft', 'agreed'], authorId: ID, delegation: 'Mali', addressee: 'États membres' } },
  'trash:list': { meetingId: ID },
  'search:query': { meetingId: ID, query: 'sécurité', filters: { status: ['adopted'] } },
  'recommendation:history': { recommendationId: ID },
  'recommendation:diff': { recommendationId: ID, fromVersionId: ID2, toVersionId: ID },
  'recommendation:restoreVersion': { recommendationId: ID, versionId: ID2 },
  'milestone:create': { meetingId: ID, name: 'Projet soumis à la plénière' },
  'milestone:list': { meetingId: ID },
  'milestone:compare': { meetingId: ID, fromMilestoneId: ID2, toMilestoneId: null },
  'comment:add': { recommendationId: ID, text: 'Préciser le rôle des gouverneurs.', anchor: { blockId: 'p-1', start: 4, end: 11, quote: 'l’alerte' } },
  'comment:list': { recommendationId: ID },
  'comment:resolve': { commentId: ID },
  'comment:reopen': { commentId: ID },
  'comment:update': { commentId: ID, text: 'Préciser le rôle des préfets.' },
  'comment:delete': { commentId: ID },
  'amendment:propose': { recommendationId: ID, title: 'Titre amendé', body: documentFromPlainText('Texte amendé', () => ID), note: 'Plus précis', priority: 'high' },
  'amendment:list': { meetingId: ID },
  'amendment:review': { amendmentId: ID },
  'amendment:decide': { amendmentId: ID, accept: ['h0123456789ab'], reject: ['hba9876543210'] },
  'audit:list': { meetingId: ID, recommendationId: ID2 },
  'docx:preview': { meetingId: ID, fileName: 'contribution.docx', contentBase64: 'UEsDBA==' },
  'docx:previewFile': { meetingId: ID, fileToken: 'tok_abcdefghijklmnop' },
  'docx:import': { meetingId: ID, contentBase64: 'UEsDBA==', digest: 'a'.repeat(64), choices: { skip: [1], committees: { '0': { committeeKey: 'c2' } } }, asParticipantId: ID2 },
  'backup:list': {},
  'backup:create': {},
  'backup:restore': { backupId: 'palabre.sqlite.v3.2025-03-10T09-30-00-000Z.manual.sqlite' },
  'package:export': { meetingId: ID, kind: 'contribution', fileToken: 'tok_abcdefghijklmnop' },
  'package:import': {
    fileTokens: ['tok_abcdefghijklmnop', 'tok_qrstuvwxyzabcdef'],
    meetingId: ID,
    word: [{ fileToken: 'tok_qrstuvwxyzabcdef', digest: 'b'.repeat(64), choices: { skip: [0] } }],
  },
  'conflict:list': { meetingId: ID },
  'conflict:resolve': { conflictId: ID, resolution: 'edit', text: 'Le texte retenu.' },
  'duplicate:list': { meetingId: ID },
  'duplicate:consolidate': { keepId: ID, mergeId: ID2 },
  'report:outline': { meetingId: ID, milestoneId: ID2, statuses: ['adopted', 'agreed'] },
  'report:export': { meetingId: ID, kind: 'review', locale: 'en', sinceMilestoneId: ID2, targetToken: ID, logoToken: ID2 },
  'file:chooseOpen': { purpose: 'import' },
  'file:chooseSave': { purpose: 'package', suggestedName: 'Contribution de la France' },
  'file:stage': { name: 'contribution.palabre', contentBase64: 'UEsDBA==' },
};

describe('the IPC contract', () => {
  it('lists the same channels in channelNames.ts as in the contract', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(contract));
  });

  it('names every channel domain:verb', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('recognises its channels and nothing else', () => {
    for (const name of CHANNEL_NAMES) expect(isChannel(name)).toBe(true);
    for (const name of ['meeting:drop', 'toString', '__proto__', 'constructor', '', 42, null, undefined]) expect(isChannel(name)).toBe(false);
  });

  it.each(CHANNEL_NAMES)('%s accepts its valid payload and rejects an unknown key', (name) => {
    const schema = contract[name].input;
    expect(schema.safeParse(VALID[name]).success).toBe(true);
    const result = schema.safeParse({ ...VALID[name], isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });

  it.each(CHANNEL_NAMES)('%s rejects a payload that is not an object', (name) => {
    for (const payload of ['x', 1, null, [], true]) expect(contract[name].input.safeParse(payload).success).toBe(false);
  });

  it('rejects blank titles and names, bad ids, bad dates and unknown enum values', () => {
    expect(contract['meeting:create'].input.safeParse({ title: '   ' }).success).toBe(false);
    expect(contract['committee:add'].input.safeParse({ meetingId: ID, name: '\t' }).success).toBe(false);
    expect(contract['meeting:get'].input.safeParse({ meetingId: '../../etc' }).success).toBe(false);
    expect(contract['meeting:create'].input.safeParse({ title: 'x', startsOn: '10/03/2025' }).success).toBe(false);
    expect(contract['meeting:create'].input.safeParse({ title: 'x', startsOn: '2025-02-30' }).success).toBe(false);
    expect(contract['participant:add'].input.safeParse({ ...VALID['participant:add'], role: 'admin' }).success).toBe(false);
    expect(contract['settings:setLocale'].input.safeParse({ locale: 'de' }).success).toBe(false);
    expect(contract['search:query'].input.safeParse({ meetingId: ID, query: 'x'.repeat(201) }).success).toBe(false);
    expect(contract['meeting:update'].input.safeParse({ meetingId: ID, typography: 'en' }).success).toBe(false);
    expect(contract['recommendation:setStatus'].input.safeParse({ recommendationId: ID, status: 'lost' }).success).toBe(false);
    expect(contract['recommendation:setFields'].input.safeParse({ recommendationId: ID, priority: 'urgent' }).success).toBe(false);
    expect(contract['recommendation:setFields'].input.safeParse({ recommendationId: ID, deadline: '30/06/2026' }).success).toBe(false);
    expect(contract['recommendation:move'].input.safeParse({ ...VALID['recommendation:move'], position: 0 }).success).toBe(false);
    expect(contract['recommendation:move'].input.safeParse({ ...VALID['recommendation:move'], position: 1.5 }).success).toBe(false);
    expect(contract['recommendation:list'].input.safeParse({ meetingId: ID, filters: { status: ['lost'] } }).success).toBe(false);
    expect(contract['recommendation:list'].input.safeParse({ meetingId: ID, filters: { colour: 'red' } }).success).toBe(false);
  });

  it('asks for exactly one scope of amendments and one way of deciding', () => {
    expect(contract['amendment:list'].input.safeParse({}).success).toBe(false);
    expect(contract['amendment:list'].input.safeParse({ meetingId: ID, recommendationId: ID2 }).success).toBe(false);
    expect(contract['amendment:list'].input.safeParse({ recommendationId: ID2 }).success).toBe(true);
    const decide = contract['amendment:decide'].input;
    expect(decide.safeParse({ amendmentId: ID }).success).toBe(false);
    expect(decide.safeParse({ amendmentId: ID, acceptAll: true }).success).toBe(true);
    expect(decide.safeParse({ amendmentId: ID, rejectAll: true }).success).toBe(true);
    expect(decide.safeParse({ amendmentId: ID, acceptAll: true, rejectAll: true }).success).toBe(false);
    expect(decide.safeParse({ amendmentId: ID, acceptAll: true, accept: [] }).success).toBe(false);
    expect(decide.safeParse({ amendmentId: ID, accept: ['not-a-hunk'] }).success).toBe(false);
  });

  it('refuses a comment anchor that ends before it starts, or quotes nothing', () => {
    const add = contract['comment:add'].input;
    expect(add.safeParse({ recommendationId: ID, text: 'x', anchor: { blockId: 'p', start: 5, end: 5, quote: 'x' } }).success).toBe(false);
    expect(add.safeParse({ recommendationId: ID, text: 'x', anchor: { blockId: 'p', start: 0, end: 1, quote: '' } }).success).toBe(false);
    expect(add.safeParse({ recommendationId: ID, text: '   ' }).success).toBe(false);
  });

  it('fills the optional meeting fields with their defaults', () => {
    expect(contract['meeting:create'].input.parse({ title: '  Réunion  ' })).toEqual({
      title: 'Réunion',
      organisation: '',
      venue: '',
      startsOn: null,
      endsOn: null,
    });
  });
});

describe('documentSchema', () => {
  it('accepts a document and refuses a bad one', () => {
    expect(documentSchema.safeParse(documentFromPlainText('Un paragraphe', () => ID)).success).toBe(true);
    expect(documentSchema.safeParse({ root: { type: 'root', children: [{ type: 'script', children: [] }] } }).success).toBe(false);
    expect(documentSchema.safeParse('<p>html</p>').success).toBe(false);
    expect(documentSchema.safeParse({}).success).toBe(false);
  });

  it('makes recommendation:save refuse a bad body, naming the field and the problem', () => {
    const result = contract['recommendation:save'].input.safeParse({ ...VALID['recommendation:save'], body: { root: null } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['body']);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { documentProblem: 'no_root' } });
  });

  it('accepts the paragraph kind in node state, and only the known kinds', () => {
    const body = documentFromPlainText('Considérant…', () => ID);
    body.root.children[0]!.$ = { uid: ID, kind: 'preambular' };
    expect(documentSchema.safeParse(body).success).toBe(true);
    body.root.children[0]!.$ = { uid: ID, kind: 'footnote' };
    expect(documentSchema.safeParse(body).success).toBe(false);
  });
});
