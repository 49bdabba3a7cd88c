import type { InterviewDraftInput } from '../../../core/interview/schema'
import { errorMessage } from '../../api/errors'
import { rememberInterview, useWrite } from '../../api/mutations'
import { useInterview } from '../../api/queries'
import { navigate } from '../../routing/router'
import { PageHeading } from '../../components/PageHeading'
import { useToast } from '../../components/Toasts'
import { localToday } from '../../format'
import { emptyForm, formFromInterview, nextRoundForm } from './form-state'
import { InterviewForm } from './InterviewForm'

/** A blank form, or with `fromId` the next round of that interview, prefilled. */
export function NewInterviewScreen({ fromId }: { fromId?: string }) {
  const toast = useToast()
  const previous = useInterview(fromId ?? '', { enabled: !!fromId })
  const create = useWrite(
    (api, draft: InterviewDraftInput) => api.createInterview({ draft }),
    rememberInterview,
  )
  if (fromId && !previous.data) {
    return (
      <>
        <PageHeading>Add the next round</PageHeading>
        {previous.error && (
          <p role="alert" className="error-text">
            {errorMessage(previous.error)}
          </p>
        )}
      </>
    )
  }
  return (
    <>
      <PageHeading>
        {previous.data ? `Add the next round at ${previous.data.company}` : 'Add an interview'}
      </PageHeading>
      <InterviewForm
        initial={
          previous.data ? nextRoundForm(previous.data, localToday()) : emptyForm(localToday())
        }
        submitLabel="Save interview"
        onCancel={() => window.history.back()}
        saving={create.isPending}
        onSubmit={async (draft) => {
          const created = await create.mutateAsync(draft)
          toast({ message: `Saved ${created.company}.` })
          navigate({ name: 'interview', id: created.id })
        }}
      />
    </>
  )
}

export function EditInterviewScreen({ id }: { id: string }) {
  const { data, error } = useInterview(id)
  const toast = useToast()
  const update = useWrite(
    (api, input: { draft: InterviewDraftInput; expectedUpdatedAt: string }) =>
      api.updateInterview({ id, ...input }),
    rememberInterview,
  )
  if (error) {
    return (
      <>
        <PageHeading>Edit interview</PageHeading>
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      </>
    )
  }
  if (!data) return <PageHeading>Edit interview</PageHeading>
  return (
    <>
      <PageHeading>Edit {data.company}</PageHeading>
      <InterviewForm
        initial={formFromInterview(data)}
        submitLabel="Save changes"
        onCancel={() => navigate({ name: 'interview', id })}
        saving={update.isPending}
        onSubmit={async (draft) => {
          await update.mutateAsync({ draft, expectedUpdatedAt: data.updatedAt })
          toast({ message: 'Changes saved.' })
          navigate({ name: 'interview', id })
        }}
      />
    </>
  )
}
