import { vi, type Mock } from 'vitest'
import type { DesktopShell } from '../ports'

/** A desktop shell whose every method is a mock typed as the port, so a test can check calls. */
export type FakeShell = { [K in keyof DesktopShell]: Mock<DesktopShell[K]> }

/**
 * The Electron shell as host tests see it: nothing revealed, every dialog cancelled, the
 * microphone allowed, mail handed over; `answers` replace what a test needs to differ.
 */
export function fakeShell(answers: Partial<DesktopShell> = {}): FakeShell {
  return {
    reveal: vi.fn(answers.reveal ?? (() => undefined)),
    saveCopy: vi.fn(answers.saveCopy ?? (async () => null)),
    requestMicrophoneAccess: vi.fn(answers.requestMicrophoneAccess ?? (async () => true)),
    chooseSavePath: vi.fn(answers.chooseSavePath ?? (async () => null)),
    chooseOpenPath: vi.fn(answers.chooseOpenPath ?? (async () => null)),
    openMail: vi.fn(answers.openMail ?? (async () => undefined)),
  }
}
