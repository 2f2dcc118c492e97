/**
 * Long tasks report their progress to the window through `task:progress` events: an import of
 * several packages steps through its files, a report export through its recommendations, and the
 * steps are thinned out so a large export does not flood the window.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../shared/contract/events';
import { createContext } from '../../../../electron/main/services/context';
import { createDispatcher, call } from '../../../../electron/main/handlers';
import { Office, setUpMeeting } from './exchange/laptops';

describe('task progress events', () => {
  const office = new Office();
  afterAll(() => office.close());

  it('steps an import through its files and a report export through its recommendations, in order', async () => {
    const sec = await office.laptop('secrétariat');
    const m = await setUpMeeting(sec);
    const meetingFile = sec.send('meeting', m.meetingId, 'reunion.palabre');
    const awa = await office.laptop('Awa');
    awa.receive([meetingFile]);
    await awa.actAs(m.awa.id);
    await awa.editParagraph(m.r1.id, 1, (t) => t.replace('renforcent', 'renforcent sans délai'));
    const contribution = awa.send('contribution', m.meetingId, 'awa.palabre');

    const rap = await office.laptop('rapporteur');
    const events: TaskProgress[] = [];
    const ctx = createContext(rap.store.db, { emit: (event, payload) => event === 'task:progress' && events.push(payload as TaskProgress) });
    const dispatch = createDispatcher(ctx);
    await call(dispatch, 'package:import', { fileTokens: [meetingFile, contribution].map((f) => ctx.files.grant(f, 'read')) });
    expect(events.map((e) => `${e.task}:${e.phase}:${e.done}/${e.total}`)).toEqual([
      'import:checking:0/2',
      'import:checking:1/2',
      'import:checking:2/2',
      'import:merging:0/2',
      'import:done:2/2',
    ]);

    events.length = 0;
    const targetToken = ctx.files.grant(join(office.folder, 'rapport.docx'), 'write');
    await call(dispatch, 'report:export', { meetingId: m.meetingId, kind: 'final', milestoneId: null, sinceMilestoneId: null, targetToken });
    const phases = events.map((e) => e.phase).filter((p, i, all) => all[i - 1] !== p);
    expect(phases).toEqual(['gather', 'build', 'pack', 'write']);
    expect(events.filter((e) => e.phase === 'gather').at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(events.at(-1)).toEqual({ task: 'export', phase: 'write', done: 1, total: 1 });
  });

  it('passes at most about a hundred steps of one phase, and always its end', async () => {
    const events: TaskProgress[] = [];
    const ctx = createContext((await office.laptop('seul')).store.db, { emit: (_e, payload) => events.push(payload as TaskProgress) });
    for (let done = 0; done <= 600; done++) ctx.progress({ task: 'export', phase: 'gather', done, total: 600 });
    expect(events.length).toBeGreaterThan(50);
    expect(events.length).toBeLessThanOrEqual(101);
    expect(events.at(-1)).toEqual({ task: 'export', phase: 'gather', done: 600, total: 600 });
  });

  it('never lets a failing window fail the task', async () => {
    const ctx = createContext((await office.laptop('fermé')).store.db, {
      emit: () => {
        throw new Error('window closed');
      },
    });
    expect(() => ctx.progress({ task: 'import', phase: 'checking', done: 0, total: 2 })).not.toThrow();
  });
});
