export interface AnalysisOptions {
  frameMs: number
  speechFloorDbfs: number
  noisePercentile: number
  noiseMarginDb: number
  maxThresholdDbfs: number
  bridgeGapMs: number
  minSpeechMs: number
  pauseMinMs: number
  tooQuietDbfs: number
  clipLevel: number
  clippingRatio: number
}

export const defaultAnalysisOptions: Readonly<AnalysisOptions> = Object.freeze({
  // Short enough to resolve syllable edges, long enough to hold a couple of pitch periods even
  // for low voices (~80 Hz), so frame RMS is stable instead of following the waveform.
  frameMs: 20,
  // A frame quieter than this is never speech, however silent the room: typical laptop/headset
  // room noise sits around -60..-55 dBFS, while even soft speech on a normal mic reaches -45.
  // Set below tooQuietDbfs on purpose so quiet speech is still measured (and flagged too quiet)
  // rather than silently reported as "no speech".
  speechFloorDbfs: -50,
  // The room's noise floor is read from the quietest tenth of frames: every real take has breaths
  // and gaps, so this lands on background noise, not on the voice.
  noisePercentile: 0.1,
  // Speech must stand this far above the noise floor. Fans and hum wobble a few dB from frame to
  // frame; 10 dB clears that wobble while keeping the softer word endings of normal speech.
  noiseMarginDb: 10,
  // The adaptive threshold never rises above this. Without a cap, a take that is speech from
  // start to finish (no quiet tenth to learn noise from) would set its own bar above the voice.
  maxThresholdDbfs: -30,
  // Gaps between syllables and words run ~50-200 ms; bridging anything shorter than 250 ms keeps
  // fluent speech continuous, while a breath or a hesitation of a quarter second still shows.
  bridgeGapMs: 250,
  // Isolated bursts shorter than this are clicks, taps or mouse noise, not words (even "yes" is
  // well over 100 ms); dropping them keeps a knock from splitting one pause into two.
  minSpeechMs: 60,
  // Pauses a listener on the phone notices and may read as "are you still there?".
  pauseMinMs: 2000,
  // Below this average speaking level the take is hard to hear back without turning the volume
  // right up, and room noise becomes prominent once it is amplified; the fix is usually moving
  // closer to the mic.
  tooQuietDbfs: -40,
  // Float samples from a clipping converter or limiter pile up at full scale; 0.999 catches them
  // without treating legitimately loud (but intact) peaks as damage.
  clipLevel: 0.999,
  // A handful of full-scale samples is inaudible; sustained clipping on loud syllables passes
  // 0.1 % of a take quickly and is audible as distortion.
  clippingRatio: 0.001,
})
