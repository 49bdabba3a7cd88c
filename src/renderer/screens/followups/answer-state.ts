import type { AttemptDraftInput } from '../../../core/followup/attempt-schema'
import type { Answer } from '../../labels'

/** What the user says the other side told them, as the log forms hold it. */
export interface AnswerState {
  answered: boolean
  answer: Answer
  /** "Did they give a date?": only asked of an answered status check with no decision yet. */
  gaveDate: boolean
  decisionBy: string
}

export const noAnswer: AnswerState = {
  answered: false,
  answer: 'none',
  gaveDate: false,
  decisionBy: '',
}

export function asksForDate(kind: AttemptDraftInput['kind'], s: AnswerState): boolean {
  return kind === 'status-check' && s.answered && s.answer === 'none'
}

/** The answer part of an attempt draft; a date is sent only where the form asked for one. */
export function answerDraft(
  kind: AttemptDraftInput['kind'],
  s: AnswerState,
): Pick<AttemptDraftInput, 'answered' | 'outcome' | 'decisionBy'> {
  return {
    answered: s.answered,
    outcome: s.answered && s.answer !== 'none' ? s.answer : null,
    ...(asksForDate(kind, s) && s.gaveDate ? { decisionBy: s.decisionBy } : {}),
  }
}
