import { addCalendarDays, formatIsoDate, parseIsoDate } from '../followup/business-days'
import { count, percent } from './words'
import type { InsightScript, InsightTake, PracticeSection, PracticeWeek } from './types'

/** The evidence trend needs at least two weeks with speech, or there is nothing to compare. */
export const MIN_WEEKS_FOR_TREND = 2
export const WEEKS_MIN = 4
export const WEEKS_MAX = 52

/** The Monday of the week a calendar day falls in. */
export function weekStart(isoDate: string): string {
  const weekday = parseIsoDate(isoDate).getDay()
  return addCalendarDays(isoDate, -((weekday + 6) % 7))
}

const average = (values: number[]): number | null =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : null

function weekOf(take: InsightTake): string | null {
  const at = new Date(take.createdAt)
  // Takes are stamped by the host, so this only guards against a hand-edited file.
  return Number.isNaN(at.getTime()) ? null : weekStart(formatIsoDate(at))
}

function summarise(week: string, takes: InsightTake[]): PracticeWeek {
  const timed = takes.filter((t) => t.durationMs > 0 && t.analysis.durationMs > 0)
  const spoken = timed.filter((t) => t.analysis.speakingMs > 0)
  return {
    weekStart: week,
    takes: takes.length,
    speakingShare: average(timed.map((t) => t.analysis.speakingMs / t.analysis.durationMs)),
    longPausesPerMinute: average(
      timed.map((t) => t.analysis.pauses.length / (t.analysis.durationMs / 60_000)),
    ),
    levelDbfs: average(spoken.map((t) => t.analysis.averageLoudnessDbfs)),
  }
}

const round = (v: number | null, places: number) =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places

/** Takes per week, the voice evidence week by week, and how much of each script was practised. */
export function practice(
  takes: readonly InsightTake[],
  scripts: readonly InsightScript[],
  today: string,
  weeks: number,
): PracticeSection {
  const span = Math.min(WEEKS_MAX, Math.max(WEEKS_MIN, Math.round(weeks)))
  const thisWeek = weekStart(today)
  const starts = Array.from({ length: span }, (_, i) =>
    addCalendarDays(thisWeek, -7 * (span - 1 - i)),
  )
  const grouped = new Map<string, InsightTake[]>(starts.map((s) => [s, []]))
  for (const take of takes) {
    const week = weekOf(take)
    if (week !== null) grouped.get(week)?.push(take)
  }
  const series = starts.map((s) => {
    const w = summarise(s, grouped.get(s)!)
    return {
      ...w,
      speakingShare: round(w.speakingShare, 3),
      longPausesPerMinute: round(w.longPausesPerMinute, 2),
      levelDbfs: round(w.levelDbfs, 1),
    }
  })

  const shown = series.reduce((s, w) => s + w.takes, 0)
  const busiest = series.reduce((best, w) => (w.takes > best.takes ? w : best), series[0]!)
  const takesPerWeek =
    shown === 0
      ? {
          enough: false,
          summary:
            takes.length === 0
              ? 'No recordings yet. Record yourself in Call practice to see your practice here.'
              : `No recordings in the last ${span} weeks.`,
        }
      : {
          enough: true,
          summary: `${count(shown, 'take')} in the last ${span} weeks; the busiest week had ${busiest.takes}.`,
        }

  const voiced = series.filter((w) => w.levelDbfs !== null)
  const first = voiced[0]
  const last = voiced[voiced.length - 1]
  const evidence =
    voiced.length >= MIN_WEEKS_FOR_TREND && first && last
      ? {
          enough: true,
          summary: `Speaking share went from ${percent(first.speakingShare!)} to ${percent(last.speakingShare!)}, long pauses from ${first.longPausesPerMinute} to ${last.longPausesPerMinute} a minute, and your level from ${Math.round(first.levelDbfs!)} to ${Math.round(last.levelDbfs!)} dBFS.`,
        }
      : {
          enough: false,
          summary:
            shown === 0
              ? 'No recordings in these weeks, so there is no trend to show.'
              : voiced.length === 0
                ? 'No speech was found in these weeks’ recordings, so there is no trend to show.'
                : 'Recordings from one week only: a trend needs at least two weeks to compare.',
        }

  const rows = scripts.map((s) => ({
    scriptId: s.id,
    name: s.name,
    practised: s.practisedReplies,
    total: s.replies,
  }))
  const practised = rows.reduce((s, r) => s + r.practised, 0)
  const total = rows.reduce((s, r) => s + r.total, 0)
  const coverage = {
    scripts: rows,
    enough: practised > 0,
    summary:
      practised === 0
        ? 'No branch of any script practised yet. Each run through a call covers the replies you take.'
        : `${practised} of ${count(total, 'reply', 'replies')} practised across ${count(rows.length, 'script')}.`,
  }

  return { weeks: series, totalTakes: takes.length, takesPerWeek, evidence, coverage }
}
