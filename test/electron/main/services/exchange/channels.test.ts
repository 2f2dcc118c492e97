/** The renderer's channels: files by token only, never by path. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { errorOf } from '../../../../helpers/tempDb';
import { Office, setUpMeeting } from './laptops';

describe('package channels', { timeout: 30_000 }, () => {
  const office = new Office();
  afterAll(() => office.close());

  it('export and import through tokens granted by the dialog adapter; a path or a wrong token is refused', async () => {
    const sec = await office.laptop('secrétariat');
    const m = await setUpMeeting(sec);
    const path = join(office.folder, 'reunion.palabre');
    const saveToken = sec.store.ctx.files.grant(path, 'write');
    const exported = await call(sec.store.dispatch, 'package:export', { meetingId: m.meetingId, kind: 'meeting', fileToken: saveToken });
    expect(exported).toMatchObject({ name: 'reunion.palabre', kind: 'meeting', recommendationCount: 3, createdByName: 'Fatou Diallo' });
    expect(JSON.stringify(exported)).not.toContain(office.folder);
    expect(existsSync(path)).toBe(true);

    const expert = await office.laptop('Awa');
    const pathAsToken = errorOf(await expert.store.dispatch('package:import', { fileTokens: [path] }));
    expect(pathAsToken.code).toBe('invalid_input');
    const unknown = errorOf(await expert.store.dispatch('package:import', { fileTokens: ['AAAAAAAAAAAAAAAAAAAAAAAA'] }));
    expect(unknown.code).toBe('unknown_file_token');
    // A token granted for saving does not open a file for reading, and the other way round.
    expect(errorOf(await expert.store.dispatch('package:import', { fileTokens: [expert.store.ctx.files.grant(path, 'write')] })).code).toBe('unknown_file_token');

    const summary = await call(expert.store.dispatch, 'package:import', { fileTokens: [expert.store.ctx.files.grant(path, 'read')] });
    expect(summary).toMatchObject({ meetingId: m.meetingId, meetingCreated: true, files: [{ name: 'reunion.palabre', kind: 'meeting' }] });
    expect(summary.created).toHaveLength(3);
    expect(await call(expert.store.dispatch, 'conflict:list', { meetingId: m.meetingId })).toEqual([]);
  });
});
