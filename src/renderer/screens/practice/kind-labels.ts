import type { NodeKind } from '../../../core/script/schema'

export const kindLabels: Record<NodeKind, string> = {
  dial: 'Dial: who picks up',
  opening: 'Opening',
  question: 'Question',
  answer: 'Answer to a concern',
  close: 'Close',
  voicemail: 'Voicemail',
}

export const kindOptions = Object.entries(kindLabels) as [NodeKind, string][]
