import type { NodeMarker } from '../../core/audio/analyze'
import type { TakeEvidence } from '../../core/audio/take-meter'
import { TAKE_METER_PROCESSOR, type MeterReply, type MeterRequest } from './take-meter-messages'
// Built as its own script under /assets, so it loads from 'self' under the strict CSP.
import workletUrl from './take-meter.worklet.ts?worker&url'

// The worklet answers in a few milliseconds; past this it is stuck, and the take is measured by
// decoding instead rather than held back.
const REPLY_TIMEOUT_MS = 3000

/** The take's evidence, measured on the audio thread while the user speaks. */
export class LiveEvidence {
  private constructor(private readonly node: AudioWorkletNode) {}

  /** Starts measuring `source`; null where AudioWorklet can't run (the take is decoded instead). */
  static async attach(context: AudioContext, source: AudioNode): Promise<LiveEvidence | null> {
    try {
      await context.audioWorklet.addModule(workletUrl)
      // No outputs: it only listens. One channel: the browser averages a stereo mic's sides.
      const node = new AudioWorkletNode(context, TAKE_METER_PROCESSOR, {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: 'explicit',
      })
      source.connect(node)
      return new LiveEvidence(node)
    } catch (err) {
      console.warn('[recording] live evidence is off; takes will be measured after Stop:', err)
      return null
    }
  }

  #send(request: MeterRequest): void {
    this.node.port.postMessage(request)
  }

  pause(): void {
    this.#send({ type: 'pause' })
  }

  resume(): void {
    this.#send({ type: 'resume' })
  }

  /** The evidence of everything heard since the start; null if the worklet failed. */
  finish(markers: NodeMarker[]): Promise<TakeEvidence | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), REPLY_TIMEOUT_MS)
      this.node.port.onmessage = (e: MessageEvent<MeterReply>) => {
        clearTimeout(timer)
        if (e.data.type === 'failed')
          console.warn('[recording] live evidence failed:', e.data.message)
        resolve(e.data.type === 'evidence' ? e.data.evidence : null)
        this.node.disconnect()
      }
      this.#send({ type: 'finish', markers })
    })
  }
}
