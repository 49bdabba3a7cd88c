import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ComposerView, SaveDraftInput, TemplateView } from '../../../contract/messages-api'
import { renderTemplate } from '../../../core/messages/render'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
import { helpFor } from './compose-text'

export interface DraftState {
  templateId: string
  subject: string | null
  body: string
  options: Record<string, boolean>
  /** The user changed the words: from now on the draft is kept, and re-filling would lose it. */
  edited: boolean
}

export type SaveState =
  { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string }

const SAVE_AFTER_MS = 600

export function templateOf(view: ComposerView, id: string): TemplateView {
  return (
    view.templates.find((t) => t.id === id) ??
    view.templates.find((t) => t.id === view.defaultTemplateId)!
  )
}

/** The template filled in for this person, as a fresh, unedited draft. */
export function freshDraft(
  view: ComposerView,
  templateId: string,
  options?: Record<string, boolean>,
): DraftState {
  const template = templateOf(view, templateId)
  const chosen = options ?? Object.fromEntries(template.options.map((o) => [o.id, o.default]))
  const rendered = renderTemplate(template, view.values, chosen, helpFor(view.recipient))
  return {
    templateId: template.id,
    subject: rendered.subject,
    body: rendered.body,
    options: chosen,
    edited: false,
  }
}

function saved(view: ComposerView): DraftState | null {
  const d = view.draft
  if (!d || !view.templates.some((t) => t.id === d.templateId)) return null
  return {
    templateId: d.templateId,
    subject: d.subject,
    body: d.body,
    options: d.options,
    edited: true,
  }
}

interface Choice {
  templateId: string
  options?: Record<string, boolean>
}

/**
 * The draft being written. Unedited, it is simply the template filled in (so fixing a gap in
 * the interview updates it); once edited, it is saved to the host shortly after each change
 * and at once when the composer closes, so navigation and restarts never lose it.
 */
export function useDraft(view: ComposerView) {
  // Only an edited draft is state; an untouched one is worked out from the view on each render,
  // so it follows the interview and Settings (filling a gap there fills it here).
  const [edited, setEdited] = useState<DraftState | null>(() => saved(view))
  const [choice, setChoice] = useState<Choice>({ templateId: view.defaultTemplateId })
  const fresh = useMemo(() => freshDraft(view, choice.templateId, choice.options), [view, choice])
  const draft = edited ?? fresh
  const [save, setSave] = useState<SaveState>({ status: view.draft ? 'saved' : 'idle' })
  const pending = useRef<DraftState | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const person = view.recipient?.key ?? 'nobody'
  const where = useRef({ interviewId: view.interviewId, slot: view.slot, person })
  // The drafts list elsewhere is refreshed by the host's changed('messages') event; this screen's
  // own state is the draft, so nothing needs to go into the cache. Both calls are stable.
  const { mutateAsync: saveDraft } = useWrite((api, input: SaveDraftInput) =>
    api.saveMessageDraft(input),
  )
  const { mutateAsync: discardDraft } = useWrite((api, input: typeof where.current) =>
    api.discardMessageDraft(input),
  )

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const next = pending.current
    pending.current = null
    if (!next) return
    setSave({ status: 'saving' })
    try {
      await saveDraft({
        ...where.current,
        templateId: next.templateId,
        subject: next.subject,
        body: next.body,
        options: next.options,
      })
      setSave({ status: 'saved' })
    } catch (err) {
      setSave({ status: 'error', message: errorMessage(err) })
    }
  }, [saveDraft])

  useEffect(() => () => void flush(), [flush])

  /** Changes the words (or anything) and schedules a save. */
  const edit = useCallback(
    (change: Partial<DraftState>) => {
      const next = { ...draft, ...change, edited: true }
      pending.current = next
      setEdited(next)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS)
    },
    [draft, flush],
  )

  /** Back to the template, filled in afresh; the saved draft is forgotten. */
  const startOver = useCallback(
    async (templateId: string, options?: Record<string, boolean>) => {
      if (timer.current) clearTimeout(timer.current)
      pending.current = null
      setEdited(null)
      setChoice({ templateId, ...(options ? { options } : {}) })
      setSave({ status: 'idle' })
      try {
        await discardDraft(where.current)
      } catch (err) {
        setSave({ status: 'error', message: errorMessage(err) })
      }
    },
    [discardDraft],
  )

  /** After "mark as sent": the host dropped the draft, so nothing is pending any more. */
  const forget = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    pending.current = null
    setSave({ status: 'idle' })
  }, [])

  return { draft, save, edit, startOver, flush, forget }
}
