import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { useNoticeStore } from '../../src/state/noticeStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { resetVoiceStore, useVoiceStore, voiceKind } from '../../src/state/voiceStore.ts';

let n = 0;

describe('the timers’ sound setting', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    useNoticeStore.setState({ notices: [] });
  });

  it('speaks until muted, and stays muted after a reload', async () => {
    const name = `voice-test-${n++}`;
    resetVoiceStore(openDatabase(name));
    await useVoiceStore.getState().open();
    expect(useVoiceStore.getState().muted).toBe(false);
    await useVoiceStore.getState().setMuted(true);

    resetVoiceStore(openDatabase(name));
    expect(useVoiceStore.getState().muted).toBe(false);
    await useVoiceStore.getState().open();
    expect(useVoiceStore.getState().muted).toBe(true);
  });

  it('a tap before the stored setting has loaded is what is kept', async () => {
    const name = `voice-test-${n++}`;
    resetVoiceStore(openDatabase(name));
    await useVoiceStore.getState().setMuted(true);
    resetVoiceStore(openDatabase(name));
    await useVoiceStore.getState().open();
    expect(useVoiceStore.getState().muted).toBe(true);
  });

  it('a damaged stored setting speaks, is kept aside, and the person is told', async () => {
    const db = openDatabase(`voice-test-${n++}`);
    await set(
      voiceKind.key,
      { app: 'referral-explorer', key: 'voice', version: 1, data: { muted: 'yes' } },
      db.use,
    );
    resetVoiceStore(db);
    await useVoiceStore.getState().open();
    expect(useVoiceStore.getState().muted).toBe(false);
    expect(useNoticeStore.getState().notices.map((x) => x.key)).toEqual(['notice.voiceStored']);
  });
});
