/**
 * Gentle end-of-phase cues and keeping the screen awake, where the browser allows. Every call is
 * best-effort: a browser without sound, vibration or wake lock simply skips it.
 */

let audio: AudioContext | undefined;

/** Call from a click (browsers only allow sound after a user gesture). */
export function prepareSound(): void {
  try {
    const Ctx =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!audio && Ctx) audio = new Ctx();
    void audio?.resume();
  } catch {
    audio = undefined;
  }
}

/** A soft two-note chime and a short vibration. */
export function chime(): void {
  try {
    if (audio) {
      const now = audio.currentTime;
      [660, 880].forEach((frequency, i) => {
        const osc = audio!.createOscillator();
        const gain = audio!.createGain();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        const start = now + i * 0.18;
        gain.gain.setValueAtTime(0, start);
        gain.gain.linearRampToValueAtTime(0.12, start + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.001, start + 0.5);
        osc.connect(gain).connect(audio!.destination);
        osc.start(start);
        osc.stop(start + 0.55);
      });
    }
    navigator.vibrate?.(120);
  } catch {
    // Cues are a courtesy; the on-screen count is the real signal.
  }
}

interface WakeLockLike {
  release: () => Promise<void>;
}

/** Keeps the screen on while held; `release` lets it sleep again. */
export async function requestWakeLock(): Promise<WakeLockLike | undefined> {
  try {
    const nav = navigator as Navigator & {
      wakeLock?: { request: (type: 'screen') => Promise<WakeLockLike> };
    };
    return await nav.wakeLock?.request('screen');
  } catch {
    return undefined;
  }
}
