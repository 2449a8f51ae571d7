// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDiaryDraftStore, useDiaryDraftStore } from '../../src/state/diaryDraftStore.ts';
import { diarySaved, resetDiaryStore, useDiaryStore } from '../../src/state/diaryStore.ts';
import { openDatabase } from '../../src/state/storage.ts';
import { resetVoiceStore, useVoiceStore } from '../../src/state/voiceStore.ts';
import { GuidedTimer } from '../../src/ui/GuidedTimer.tsx';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the guided timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down each hold, rests between rounds and finishes after the last round', () => {
    render(<GuidedTimer kind="pressure" rounds={2} holdChoices={[30, 45]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start guided pressure: 2 × 30 s' }));
    expect(screen.getByText('Press and hold: round 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('0:30')).toBeInTheDocument();
    advance(5_000);
    expect(screen.getByText('0:25')).toBeInTheDocument();
    advance(25_000);
    expect(screen.getByText('Rest: let go and breathe')).toBeInTheDocument();
    advance(10_000);
    expect(screen.getByText('Press and hold: round 2 of 2')).toBeInTheDocument();
    advance(30_000);
    expect(screen.getByText('Done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Again' })).toBeInTheDocument();
  });

  it('pauses and resumes without losing or gaining time', () => {
    render(<GuidedTimer kind="stretch" rounds={1} holdChoices={[30]} restSeconds={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start guided stretch: 1 × 30 s' }));
    advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText('0:20')).toBeInTheDocument();
    advance(60_000);
    expect(screen.getByText('0:20')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    advance(5_000);
    expect(screen.getByText('0:15')).toBeInTheDocument();
  });

  it('lets the person choose a longer hold within the range', () => {
    render(<GuidedTimer kind="pressure" rounds={3} holdChoices={[30, 45, 60]} restSeconds={10} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start guided pressure: 3 × 60 s' }));
    expect(screen.getByText('1:00')).toBeInTheDocument();
  });

  it('stops and returns to the start button', () => {
    render(<GuidedTimer kind="pressure" rounds={3} holdChoices={[30]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('button', { name: /Start guided pressure/ })).toBeEnabled();
  });
});

/** A speechSynthesis that records what it is asked to say, with the voices given. */
function fakeSpeech(langs: string[]) {
  const said: { text: string; lang: string; voice: string }[] = [];
  const speech = {
    getVoices: () =>
      langs.map((lang) => ({ lang, name: `Voice ${lang}`, default: false, localService: true })),
    speak: vi.fn((u: { text: string; lang: string; voice: { name: string } }) =>
      said.push({ text: u.text, lang: u.lang, voice: u.voice.name }),
    ),
    cancel: vi.fn(),
  };
  class Utterance {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    constructor(text: string) {
      this.text = text;
    }
  }
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return { said, speech, texts: () => said.map((s) => s.text) };
}

/**
 * A Web Audio context that records the notes it is asked to play. The app makes its context once
 * and keeps it, so every test shares one list of notes, emptied before each.
 */
const notes: number[] = [];
function fakeAudio() {
  notes.length = 0;
  const param = () => ({
    value: 0,
    setValueAtTime: vi.fn(),
    linearRampToValueAtTime: vi.fn(),
    exponentialRampToValueAtTime: vi.fn(),
  });
  class Context {
    currentTime = 0;
    destination = {};
    resume = () => Promise.resolve();
    createOscillator() {
      const frequency = param();
      return {
        type: 'sine',
        frequency,
        connect: (next: unknown) => next,
        start: () => notes.push(frequency.value),
        stop: vi.fn(),
      };
    }
    createGain() {
      return { gain: param(), connect: (next: unknown) => next };
    }
  }
  vi.stubGlobal('AudioContext', Context);
  return notes;
}

/** navigator.wakeLock, counting what is held. */
function fakeWakeLock() {
  const lock = { requested: 0, released: 0 };
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: vi.fn(() => {
        lock.requested++;
        return Promise.resolve({
          release: () => {
            lock.released++;
            return Promise.resolve();
          },
        });
      }),
    },
  });
  return lock;
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets the promises of a step (the wake lock, a save) settle. */
const settle = () => act(() => Promise.resolve());

describe('the guided timer’s voice, chime, mute, pause and wake lock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    resetVoiceStore();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { vibrate: vi.fn() }));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    setVisibility('visible');
  });

  it('says each step in a voice of the app’s language, at its time', () => {
    const { said, texts } = fakeSpeech(['de-DE', 'en-GB']);
    render(
      <GuidedTimer
        kind="pressure"
        rounds={2}
        holdChoices={[30]}
        restSeconds={10}
        pressure={{ min: 5, max: 7 }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start guided pressure: 2 × 30 s' }));
    expect(texts()).toEqual(['Round 1 of 2.', 'Press now, about 6 out of 10.']);
    expect(said.every((s) => s.voice === 'Voice en-GB' && s.lang === 'en-GB')).toBe(true);
    advance(19_800);
    expect(texts()).toHaveLength(2);
    advance(400);
    expect(texts().at(-1)).toBe('10 seconds left.');
    advance(10_000);
    expect(texts().at(-1)).toBe('Release. Rest for 10 seconds.');
    advance(10_000);
    expect(texts().slice(-2)).toEqual(['Round 2 of 2.', 'Press now, about 6 out of 10.']);
    advance(30_000);
    expect(texts().slice(3)).toEqual([
      'Release. Rest for 10 seconds.',
      'Round 2 of 2.',
      'Press now, about 6 out of 10.',
      '10 seconds left.',
      'Release. All rounds done.',
    ]);
  });

  it('a stretch is talked through without a pressure level', () => {
    const { texts } = fakeSpeech(['en-US']);
    render(<GuidedTimer kind="stretch" rounds={1} holdChoices={[30]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided stretch/ }));
    advance(30_200);
    expect(texts()).toEqual([
      'Stretch now, gently.',
      '10 seconds left.',
      'Ease off. All stretches done.',
    ]);
  });

  it('chimes at the same moments where the browser cannot speak, or has no voice for the language', () => {
    for (const speech of ['none', 'german only'] as const) {
      if (speech === 'german only') fakeSpeech(['de-DE']);
      fakeAudio();
      const { unmount } = render(
        <GuidedTimer kind="pressure" rounds={2} holdChoices={[30]} restSeconds={10} />,
      );
      fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
      expect(notes, speech).toEqual([660, 880]);
      advance(20_200);
      expect(notes.slice(2), speech).toEqual([880]);
      advance(10_000);
      expect(notes.slice(3), speech).toEqual([880, 660]);
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('mutes: no voice and no chime, only a buzz, and the setting is kept', async () => {
    const { speech } = fakeSpeech(['en-GB']);
    fakeAudio();
    render(<GuidedTimer kind="pressure" rounds={1} holdChoices={[30]} restSeconds={0} />);
    const mute = screen.getByRole('button', { name: 'Mute' });
    expect(mute).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(mute);
    await settle();
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
    expect(useVoiceStore.getState().muted).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    advance(30_200);
    expect(speech.speak).not.toHaveBeenCalled();
    expect(notes).toEqual([]);
    expect(navigator.vibrate).toHaveBeenCalledTimes(3);
    // Sound back on mid-timer: the next cue speaks.
    fireEvent.click(screen.getByRole('button', { name: 'Again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    await settle();
    advance(20_200);
    expect(speech.speak).toHaveBeenCalledTimes(1);
  });

  it('pauses on a tap anywhere on the timer and goes on with Space, saying so to screen readers', () => {
    const { speech } = fakeSpeech(['en-GB']);
    render(<GuidedTimer kind="pressure" rounds={1} holdChoices={[30]} restSeconds={0} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    const timer = screen.getByRole('group', { name: 'Pressure timer' });
    expect(timer).toHaveFocus();
    advance(5_000);
    fireEvent.click(screen.getByText('0:25'));
    expect(within(timer).getByRole('status')).toHaveTextContent(
      'Paused. Tap the timer, or press Space, to go on.',
    );
    expect(speech.cancel).toHaveBeenCalled();
    advance(60_000);
    expect(screen.getByText('0:25')).toBeInTheDocument();
    fireEvent.keyDown(timer, { key: ' ' });
    expect(within(timer).getByRole('status')).toHaveTextContent('Going on.');
    advance(5_000);
    expect(screen.getByText('0:20')).toBeInTheDocument();
    // The buttons inside do their own job and do not also toggle.
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('keeps the screen awake while running: released on pause, a hidden tab and the end', async () => {
    const lock = fakeWakeLock();
    render(<GuidedTimer kind="stretch" rounds={1} holdChoices={[30]} restSeconds={0} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided stretch/ }));
    await settle();
    expect(lock).toEqual({ requested: 1, released: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await settle();
    expect(lock).toEqual({ requested: 1, released: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await settle();
    expect(lock.requested).toBe(2);
    act(() => setVisibility('hidden'));
    await settle();
    expect(lock.released).toBe(2);
    act(() => setVisibility('visible'));
    await settle();
    expect(lock.requested).toBe(3);
    advance(30_200);
    await settle();
    expect(screen.getByText('Done')).toBeInTheDocument();
    expect(lock).toEqual({ requested: 3, released: 3 });
  });

  it('runs silently where nothing is there: no speech, no audio, no wake lock, no vibration', () => {
    vi.stubGlobal('navigator', {});
    render(<GuidedTimer kind="pressure" rounds={2} holdChoices={[30]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    advance(70_200);
    expect(screen.getByText('Done')).toBeInTheDocument();
  });
});

describe('a finished timer offers to log itself in the diary', () => {
  let n = 0;
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    resetDiaryStore(openDatabase(`timer-log-${n++}`));
    resetDiaryDraftStore();
    resetVoiceStore();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the point, side, technique and rounds with one tap, and opens the entry to add to it', async () => {
    render(
      <GuidedTimer
        kind="pressure"
        rounds={2}
        holdChoices={[30]}
        restSeconds={10}
        point={{ triggerPointId: 'upper-trapezius-tp1', side: 'left' }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    expect(screen.queryByRole('button', { name: 'Add to my diary' })).toBeNull();
    advance(70_200);
    expect(
      screen.getByText(/^For your diary: Pressure on Upper trapezius: .+, your left \(2 × 30 s\)$/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add to my diary' }));
    expect(await screen.findByText('Added to your diary.')).toBeInTheDocument();
    await act(() => diarySaved());
    const [entry] = useDiaryStore.getState().diary.entries;
    expect(entry?.done).toEqual([
      {
        technique: 'pressure',
        triggerPointId: 'upper-trapezius-tp1',
        side: 'left',
        rounds: 2,
        holdSeconds: 30,
      },
    ]);
    expect(entry?.areas).toEqual([]);
    expect(useDiaryStore.getState().offered).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to my diary' })).toBeNull();
    const open = screen.getByRole('link', { name: 'Add how it feels now' });
    expect(open).toHaveAttribute('href', '#/diary');
    fireEvent.click(open);
    expect(useDiaryDraftStore.getState().draft.editing).toBe(entry?.id);
  });

  it('offers nothing for a timer stopped before the end', () => {
    render(<GuidedTimer kind="stretch" rounds={1} holdChoices={[30]} restSeconds={0} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided stretch/ }));
    advance(20_000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.queryByRole('button', { name: 'Add to my diary' })).toBeNull();
    expect(useDiaryStore.getState().offered).toBeNull();
  });
});
