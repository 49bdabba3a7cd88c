import { useQuery } from '@tanstack/react-query'
import { format, parseISO } from 'date-fns'
import { useState } from 'react'
import type { Insights, OutcomeKey } from '../../../contract/insights-api'
import { getClient } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { keys, useToday } from '../../api/queries'
import { PageHeading } from '../../components/PageHeading'
import { SelectInput } from '../../components/SelectInput'
import { channelLabels, outcomeLabels } from '../../labels'
import { BarChart } from './BarChart'
import { ColumnChart } from './ColumnChart'
import { InsightFigure } from './InsightFigure'
import { LineChart } from './LineChart'
import './insights.css'

const outcomeText: Record<OutcomeKey, string> = { ...outcomeLabels, 'moved-on': 'Moved on' }
const kindText = {
  'thank-you': 'Thank-you',
  'recruiter-debrief': 'Recruiter debrief',
  'status-check': 'Status check',
} as const
const pct = (ratio: number | null) => (ratio === null ? '–' : `${Math.round(ratio * 100)}%`)
const week = (iso: string) => format(parseISO(iso), 'MMM d')
const orDash = (v: number | null, unit = '') => (v === null ? '–' : `${v}${unit}`)
/** One plain bar per row. */
const bars = (rows: [string, number][]) =>
  rows.map(([label, value]) => ({ label, segments: [{ tone: 'main' as const, value }] }))
/** A share out of 100, drawn on a faint track so the empty part reads as "not yet". */
const share = (label: string, percent: number) => ({
  label,
  segments: [
    { tone: 'main' as const, value: percent },
    { tone: 'track' as const, value: 100 - percent },
  ],
})

function FollowUpFigures({ data }: { data: Insights }) {
  const { responses, timeToAnswer, outcomes, timeliness } = data
  return (
    <section className="insight-group" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Following up</h2>
      <div className="insight-grid">
        <InsightFigure
          title="Answers to status checks, by channel"
          section={responses}
          hasData={responses.sent > 0}
          chart={
            <BarChart
              label="Share of status checks answered, by channel"
              max={100}
              format={(v) => `${v}%`}
              rows={responses.byChannel
                .filter((c) => c.rate !== null)
                .map((c) => share(channelLabels[c.channel], Math.round(c.rate! * 100)))}
            />
          }
          head={['Channel', 'Checks', 'Answered', 'Answer rate']}
          rows={responses.byChannel.map((c) => [
            channelLabels[c.channel],
            c.sent,
            c.answered,
            c.rate === null ? (c.sent ? 'Too few' : '–') : pct(c.rate),
          ])}
        />
        <InsightFigure
          title="Time from interview to first answer"
          section={timeToAnswer}
          hasData={timeToAnswer.interviews > 0}
          chart={
            <BarChart
              label="Interviews by days until their first answer"
              rows={bars(timeToAnswer.buckets.map((b) => [b.label, b.interviews]))}
            />
          }
          head={['First answer', 'Interviews']}
          rows={timeToAnswer.buckets.map((b) => [b.label, b.interviews])}
        />
        <InsightFigure
          title="Where your interviews stand"
          section={outcomes}
          hasData={outcomes.total > 0}
          chart={
            <BarChart
              label="Interviews by outcome"
              rows={bars(outcomes.counts.map((c) => [outcomeText[c.outcome], c.interviews]))}
            />
          }
          head={['Outcome', 'Interviews']}
          rows={outcomes.counts.map((c) => [outcomeText[c.outcome], c.interviews])}
        />
        <InsightFigure
          title="Follow-ups on the planned day"
          section={timeliness}
          hasData={timeliness.byKind.length > 0}
          chart={
            <>
              <BarChart
                label="Follow-ups done early, on the planned day and late, by kind"
                rows={timeliness.byKind.map((r) => ({
                  label: kindText[r.kind],
                  segments: [
                    { tone: 'early', value: r.early },
                    { tone: 'main', value: r.onTime },
                    { tone: 'late', value: r.late },
                  ],
                }))}
              />
              <p className="chart-legend" aria-hidden="true">
                <span className="key chart-early" /> Early <span className="key chart-main" /> On
                the day <span className="key chart-late" /> Late
              </p>
            </>
          }
          head={['Follow-up', 'Early', 'On the day', 'Late']}
          rows={timeliness.byKind.map((r) => [kindText[r.kind], r.early, r.onTime, r.late])}
        />
      </div>
    </section>
  )
}

const weekChoices = [
  ['4', 'Last 4 weeks'],
  ['12', 'Last 12 weeks'],
  ['26', 'Last 6 months'],
  ['52', 'Last year'],
] as const
type WeekChoice = (typeof weekChoices)[number][0]

function PracticeFigures({
  data,
  weeks,
  setWeeks,
}: {
  data: Insights
  weeks: WeekChoice
  setWeeks: (w: WeekChoice) => void
}) {
  const { practice } = data
  const voiced = practice.weeks.filter((w) => w.takes > 0)
  const points = (pick: (w: (typeof practice.weeks)[number]) => number | null) =>
    practice.weeks.map((w) => ({ label: week(w.weekStart), value: pick(w) }))
  return (
    <section className="insight-group" aria-labelledby="practice-heading">
      <div className="insight-group-head">
        <h2 id="practice-heading">Call practice</h2>
        <SelectInput label="Show" value={weeks} onChange={setWeeks} options={weekChoices} />
      </div>
      <div className="insight-grid">
        <InsightFigure
          title="Takes per week"
          section={practice.takesPerWeek}
          hasData={voiced.length > 0}
          chart={
            <ColumnChart
              label="Recordings made each week"
              columns={practice.weeks.map((w) => ({ label: week(w.weekStart), value: w.takes }))}
            />
          }
          head={['Week of', 'Takes']}
          rows={voiced.map((w) => [week(w.weekStart), w.takes])}
        />
        <InsightFigure
          title="Branch coverage"
          section={practice.coverage}
          hasData={practice.coverage.scripts.length > 0}
          chart={
            <BarChart
              label="Share of each script’s replies practised"
              max={100}
              format={(v) => `${v}%`}
              rows={practice.coverage.scripts.map((s) =>
                share(s.name, s.total ? Math.round((s.practised / s.total) * 100) : 0),
              )}
            />
          }
          head={['Script', 'Replies practised', 'Replies', 'Covered']}
          rows={practice.coverage.scripts.map((s) => [
            s.name,
            s.practised,
            s.total,
            s.total ? pct(s.practised / s.total) : '–',
          ])}
        />
        <InsightFigure
          title="Your voice, week by week"
          section={practice.evidence}
          hasData={voiced.length > 0}
          chart={
            <div className="chart-stack">
              <h4>Speaking share</h4>
              <LineChart
                label="Average share of each take spent speaking, by week"
                domain={[0, 1]}
                format={(v) => pct(v)}
                points={points((w) => w.speakingShare)}
              />
              <h4>Long pauses a minute</h4>
              <LineChart
                label="Average long pauses a minute, by week"
                points={points((w) => w.longPausesPerMinute)}
              />
              <h4>Speaking level (dBFS)</h4>
              <LineChart
                label="Average speaking level in dBFS, by week"
                points={points((w) => w.levelDbfs)}
              />
            </div>
          }
          head={['Week of', 'Takes', 'Speaking share', 'Long pauses a minute', 'Level']}
          rows={voiced.map((w) => [
            week(w.weekStart),
            w.takes,
            pct(w.speakingShare),
            orDash(w.longPausesPerMinute),
            orDash(w.levelDbfs, ' dBFS'),
          ])}
        />
      </div>
    </section>
  )
}

/** How the search is going: follow-ups and practice, each as a chart with its table. */
export default function InsightsScreen() {
  const [weeks, setWeeks] = useState<WeekChoice>('12')
  const today = useToday()
  const insights = useQuery({
    queryKey: [...keys.insights, weeks],
    queryFn: () => getClient().getInsights({ weeks: Number(weeks) }),
    // Built from everything the user does elsewhere, so it is fetched fresh each time it opens.
    staleTime: 0,
    placeholderData: (previous) => previous,
  })
  const heading = (
    <>
      Insights
      <span className="heading-sub">How your search is going</span>
    </>
  )
  if (insights.error) {
    return (
      <>
        <PageHeading>{heading}</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(insights.error)}
        </p>
      </>
    )
  }
  if (!insights.data) return <PageHeading>{heading}</PageHeading>
  const hasExample = !!today.data?.example
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      {hasExample && (
        <p className="muted">The example interview is left out: these figures are yours alone.</p>
      )}
      <FollowUpFigures data={insights.data} />
      <PracticeFigures data={insights.data} weeks={weeks} setWeeks={setWeeks} />
    </>
  )
}
