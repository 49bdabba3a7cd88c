// Runs on the audio thread: every 128-frame block of the microphone goes into a TakeMeter, so
// the take's evidence is ready the moment it stops, with no decoding.
import { downmix } from '../../core/audio/downmix'
import { TakeMeter } from '../../core/audio/take-meter'
import { TAKE_METER_PROCESSOR, type MeterReply, type MeterRequest } from './take-meter-messages'

// AudioWorkletGlobalScope, which the DOM library does not describe.
declare const sampleRate: number
declare class AudioWorkletProcessor {
  readonly port: MessagePort
}
declare function registerProcessor(name: string, processor: typeof AudioWorkletProcessor): void

class TakeMeterProcessor extends AudioWorkletProcessor {
  #meter = new TakeMeter(sampleRate)
  #mono = new Float32Array(128)
  #paused = false
  #done = false

  constructor() {
    super()
    this.port.onmessage = (e: MessageEvent<MeterRequest>) => this.#receive(e.data)
  }

  #receive(request: MeterRequest): void {
    if (request.type === 'pause') this.#paused = true
    else if (request.type === 'resume') this.#paused = false
    else {
      this.#done = true
      let reply: MeterReply
      try {
        reply = { type: 'evidence', evidence: this.#meter.evidence(request.markers) }
      } catch (err) {
        reply = { type: 'failed', message: String(err) }
      }
      this.port.postMessage(reply)
    }
  }

  process(inputs: Float32Array[][]): boolean {
    if (this.#done) return false
    const channels = inputs[0]
    // While paused the recorder leaves the audio out, so the evidence does too.
    if (!this.#paused && channels && channels.length > 0) {
      this.#meter.push(downmix(channels, this.#mono))
    }
    return true
  }
}

registerProcessor(TAKE_METER_PROCESSOR, TakeMeterProcessor)
