import { useState } from 'react'
import type { Interview } from '../../../core/interview/schema'

const KEY = 'follow-through-practice-interview'

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

/**
 * Which interview the lines are filled from. Remembered for the session, so moving between the
 * player, the editor and the tree keeps it; defaults to the newest one still waiting to hear.
 */
export function usePracticeInterview(interviews: Interview[] | undefined) {
  const [chosen, setChosen] = useState<string | null>(stored)
  const list = interviews ?? []
  const valid = chosen !== null && (chosen === '' || list.some((i) => i.id === chosen))
  const fallback = (list.find((i) => i.outcome === 'pending') ?? list[0])?.id ?? ''
  const interviewId = valid ? chosen : fallback
  const choose = (id: string) => {
    setChosen(id)
    try {
      sessionStorage.setItem(KEY, id)
    } catch {
      // Private windows may refuse storage; the choice still holds for this screen.
    }
  }
  return [interviewId, choose] as const
}
