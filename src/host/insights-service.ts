import { exampleInterview } from '../core/example/example-interview'
import { attemptDraftSchema } from '../core/followup/attempt-schema'
import { computeInsights } from '../core/insights/insights'
import type { Insights } from '../core/insights/types'
import { interviewDraftSchema, type Interview } from '../core/interview/schema'
import type { InterviewsService } from './interviews-service'
import type { PlannerService } from './planner-service'
import type { ScriptsService } from './scripts-service'
import type { SettingsService } from './settings-service'
import type { TakesService } from './takes-service'

/** Gathers what Insights needs from every service, and keeps the one example interview. */
export class InsightsService {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly planner: PlannerService,
    private readonly settings: SettingsService,
    private readonly scripts: ScriptsService,
    private readonly takes: TakesService,
  ) {}

  async insights(weeks: number): Promise<Insights> {
    const interviews = this.interviews
      .list()
      .map((interview) => ({ interview, attempts: this.planner.view(interview.id).attempts }))
    return computeInsights({
      today: this.planner.today(),
      interviews,
      holidays: this.settings.get().holidays,
      takes: await this.takes.list(),
      scripts: this.scripts.list().map(({ id, name, practisedReplies, replies }) => ({
        id,
        name,
        practisedReplies,
        replies,
      })),
      weeks,
    })
  }

  /** The live example, if the user has one. */
  example(): Interview | undefined {
    return this.interviews.list().find((i) => i.example)
  }

  addExample(): Interview {
    const existing = this.example()
    if (existing) return existing
    const { draft, attempts } = exampleInterview(this.planner.today())
    const created = this.interviews.create(interviewDraftSchema.parse(draft), { example: true })
    for (const attempt of attempts) this.planner.log(created.id, attemptDraftSchema.parse(attempt))
    return created
  }

  /** Into the trash like any deleted interview, so its log goes with it and nothing is half-removed. */
  removeExample(): number {
    const examples = this.interviews.list().filter((i) => i.example)
    for (const i of examples) this.interviews.delete(i.id)
    return examples.length
  }
}
