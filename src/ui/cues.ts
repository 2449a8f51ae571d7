/**
 * The guided timer's voice, chimes and keeping the screen awake, where the browser allows. Every
 * call is best-effort: a browser without speech, sound, vibration or wake lock simply skips it.
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
  // Some browsers list their voices only after the first ask.
  synth()?.getVoices();
}

/** The moments a chime marks, each with its own notes: up to press, down to let go. */
export type ChimeKind = 'press' | 'warning' | 'release' | 'done';

const NOTES: Record<ChimeKind, readonly number[]> = {
  press: [660, 880],
  warning: [880],
  release: [880, 660],
  done: [660, 880, 1100],
};

/**
 * A soft chime and a short vibration; `silent` keeps only the vibration (the timer is muted, and
 * a buzz in the hand disturbs nobody).
 */
export function chime(kind: ChimeKind = 'press', silent = false): void {
  try {
    if (audio && !silent) {
      const now = audio.currentTime;
      NOTES[kind].forEach((frequency, i) => {
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
    navigator.vibrate?.(kind === 'warning' ? 60 : 120);
  } catch {
    // Cues are a courtesy; the on-screen count is the real signal.
  }
}

function synth(): SpeechSynthesis | undefined {
  try {
    return typeof window !== 'undefined' && 'speechSynthesis' in window
      ? window.speechSynthesis
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A voice for a language ("en", "en-GB"): one of exactly that language first, then one of the
 * same language anywhere (en-US for en), the browser's default among them first.
 */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synth()?.getVoices() ?? [];
  const want = lang.toLowerCase();
  const base = want.split('-')[0]!;
  const rank = (v: SpeechSynthesisVoice) => {
    const have = v.lang.toLowerCase().replace('_', '-');
    if (have === want) return v.default ? 0 : 1;
    if (have.split('-')[0] === base) return v.default ? 2 : v.localService ? 3 : 4;
    return -1;
  };
  return voices.filter((v) => rank(v) >= 0).sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Says the sentences one after another in a voice of the language, first cutting off anything
 * still being said (so the voice never lags behind the timer). False when the browser cannot
 * speak, or has no voice for the language: then the caller chimes instead.
 */
export function speak(sentences: readonly string[], lang: string): boolean {
  const speech = synth();
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const voice = voiceFor(lang);
  if (!voice) return false;
  try {
    speech.cancel();
    for (const text of sentences) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      // A little slower than usual: calm, and clear over the sound of breathing.
      utterance.rate = 0.95;
      speech.speak(utterance);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks for the browser's voices ahead of time: some list them only after a first ask, a moment
 * later, and the first words of a timer should not fall back to a chime for that.
 */
export function warmVoices(): void {
  try {
    synth()?.getVoices();
  } catch {
    // No voices to ask for.
  }
}

/** Stops whatever the timer is saying (pause, stop, mute, leaving the page). */
export function stopSpeaking(): void {
  try {
    synth()?.cancel();
  } catch {
    // Nothing to stop.
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
