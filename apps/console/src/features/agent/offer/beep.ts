// A short two-tone ring made with WebAudio: no sound file to ship or to fail loading.
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  // Browsers start an AudioContext suspended until the page was interacted with; signing in counts.
  if (context.state === 'suspended') void context.resume();
  return context;
}

function tone(ctx: AudioContext, frequency: number, startAt: number, seconds: number): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, startAt);
  gain.gain.exponentialRampToValueAtTime(0.2, startAt + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, startAt + seconds);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(startAt);
  oscillator.stop(startAt + seconds + 0.02);
}

/** Plays one ring; false when the browser has no audio (the visual pulse still shows the offer). */
export function ring(): boolean {
  const ctx = audio();
  if (!ctx) return false;
  const now = ctx.currentTime;
  tone(ctx, 880, now, 0.18);
  tone(ctx, 660, now + 0.22, 0.18);
  return true;
}
