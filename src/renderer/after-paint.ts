/**
 * Runs `work` once the next frame has been painted: in the task after the animation frame, since
 * the frame's style, layout and paint run between the two. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let live = true
  requestAnimationFrame(() => setTimeout(() => live && work()))
  return () => {
    live = false
  }
}
