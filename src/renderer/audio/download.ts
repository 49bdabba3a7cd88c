import { baseMimeType, takeMimeTypes } from '../../contract/take-mime'

/** Saves bytes through the browser's own download (the web host's "export", and a rescue copy). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started by now; keep the URL a moment for slow engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The file extension for a recording type: "audio/webm;codecs=opus" → "webm". */
export function extensionFor(mimeType: string): string {
  return takeMimeTypes[baseMimeType(mimeType) as keyof typeof takeMimeTypes] ?? 'webm'
}
