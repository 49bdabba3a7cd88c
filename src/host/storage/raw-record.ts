/**
 * A record still in the bytes of a snapshot whose CRC proved it exactly as this app wrote it
 * (from records it had checked), parsed only when first used. Building 10,000 interview
 * objects costs ~70 ms of JSON.parse; finding where each record's line is costs ~4 ms, so the
 * start only does the latter.
 */
export class RawRecord {
  constructor(
    /** The whole snapshot; shared by its records, freed once none of them is left. */
    private readonly bytes: Buffer,
    /** Where the line starts (its leading comma) and where its value's JSON starts and ends. */
    private readonly lineStart: number,
    private readonly valueStart: number,
    private readonly valueEnd: number,
  ) {}

  parse(): unknown {
    return JSON.parse(this.bytes.toString('utf8', this.valueStart, this.valueEnd))
  }

  /** The snapshot line as it is (`,{"key":…,"value":…}\n`), to copy into the next snapshot. */
  line(): Buffer {
    // valueEnd is just before the line's closing brace; one more byte is its newline.
    return this.bytes.subarray(this.lineStart, this.valueEnd + 2)
  }

  get byteLength(): number {
    return this.valueEnd + 2 - this.lineStart
  }
}

const KEY_OPENING = Buffer.from(',{"key":"')
const VALUE_OPENING = Buffer.from('","value":')
const BACKSLASH = 0x5c
const CLOSING_BRACE = 0x7d

/**
 * The key and value position of one snapshot line `,{"key":"…","value":…}` between `start` and
 * `end` (its newline), without parsing the value; null when the line is not in that shape.
 * The first `","value":` after the key's opening quote is where the key ends: inside a JSON
 * string every quote is escaped, so that sequence can only start at the key's closing quote.
 */
export function rawRecordAt(bytes: Buffer, start: number, end: number): [string, RawRecord] | null {
  for (let i = 0; i < KEY_OPENING.length; i++) if (bytes[start + i] !== KEY_OPENING[i]) return null
  const keyStart = start + KEY_OPENING.length
  const keyEnd = bytes.indexOf(VALUE_OPENING, keyStart)
  if (keyEnd < 0 || keyEnd >= end || bytes[end - 1] !== CLOSING_BRACE) return null
  let escaped = false
  for (let i = keyStart; i < keyEnd && !escaped; i++) escaped = bytes[i] === BACKSLASH
  const key = escaped
    ? (JSON.parse(bytes.toString('utf8', keyStart - 1, keyEnd + 1)) as string)
    : bytes.toString('utf8', keyStart, keyEnd)
  return [key, new RawRecord(bytes, start, keyEnd + VALUE_OPENING.length, end - 1)]
}
