import type { QueryClient } from '@tanstack/react-query'
import { useMemo, useState, type FormEvent } from 'react'
import type { TemplateView } from '../../../contract/messages-api'
import { reviewMessage } from '../../../core/messages/check'
import { fieldHelp, messageFields } from '../../../core/messages/fields'
import { renderTemplate } from '../../../core/messages/render'
import { templateProblems } from '../../../core/messages/template-schema'
import { errorMessage } from '../../api/errors'
import { useWrite } from '../../api/mutations'
import { href } from '../../routing/router'
import { FormBanner } from '../../components/FormBanner'
import { PageHeading } from '../../components/PageHeading'
import { TextArea, TextInput } from '../../components/TextInput'
import { useToast } from '../../components/Toasts'
import { CheckerPanel } from './CheckerPanel'
import { checkerText } from './compose-text'
import { messageKeys, useTemplates } from './queries'
import { sampleContext, sampleValues } from './sample'

export function TemplateEditorScreen({ templateId }: { templateId: string }) {
  const { data, error } = useTemplates()
  const template = data?.find((t) => t.id === templateId)
  if (error || (data && !template)) {
    return (
      <>
        <PageHeading>Template</PageHeading>
        <p role="alert" className="error-text">
          {error ? errorMessage(error) : 'That template does not exist.'}{' '}
          <a href={href({ name: 'messages' })}>Back to Messages</a>
        </p>
      </>
    )
  }
  if (!template) return <PageHeading>Template</PageHeading>
  return (
    <Editor
      key={`${template.id}:${template.updatedAt ?? ''}:${template.edited}`}
      template={template}
    />
  )
}

/** The template the host returned, in place in the list; composers refresh on changed('messages'). */
const rememberTemplate = (next: TemplateView, qc: QueryClient) =>
  qc.setQueryData<TemplateView[]>(messageKeys.templates, (list) =>
    list?.map((t) => (t.id === next.id ? next : t)),
  )

function Editor({ template }: { template: TemplateView }) {
  const [subject, setSubject] = useState(template.subject ?? '')
  const [body, setBody] = useState(template.body)
  const [problem, setProblem] = useState('')
  const toast = useToast()
  const saveTemplate = useWrite(
    (api, input: { subject?: string; body: string }) =>
      api.saveMessageTemplate({
        id: template.id,
        ...input,
        ...(template.updatedAt ? { expectedUpdatedAt: template.updatedAt } : {}),
      }),
    rememberTemplate,
  )
  const resetTemplate = useWrite(
    (api) => api.resetMessageTemplate({ id: template.id }),
    rememberTemplate,
  )
  const hasSubject = template.subject !== undefined
  const options = template.options.map((o) => o.id)
  const problems = templateProblems(`${hasSubject ? subject : ''}\n${body}`, options)
  const preview = useMemo(() => {
    const rendered = renderTemplate(
      { ...template, body, ...(hasSubject ? { subject } : {}) },
      sampleValues,
    )
    const layout = checkerText(rendered.subject, rendered.body)
    return {
      rendered,
      layout,
      review: reviewMessage({ kind: template.kind, draft: layout.text, context: sampleContext }),
    }
  }, [template, body, subject, hasSubject])

  const save = async (e: FormEvent) => {
    e.preventDefault()
    if (problems.length > 0) return setProblem(problems[0]!)
    try {
      await saveTemplate.mutateAsync({ body, ...(hasSubject ? { subject } : {}) })
      toast({ message: 'Template saved. New drafts use it from now on.' })
    } catch (err) {
      setProblem(errorMessage(err))
    }
  }

  const reset = () =>
    resetTemplate.mutateAsync(undefined).then(
      () => toast({ message: 'Back to the words the app ships with.' }),
      (err: unknown) => setProblem(errorMessage(err)),
    )

  return (
    <>
      <PageHeading
        actions={
          <a className="button" href={href({ name: 'messages' })}>
            Back to Messages
          </a>
        }
      >
        {template.name}
        <span className="heading-sub">{template.description}</span>
      </PageHeading>
      <div className="composer">
        <form className="composer-main card" onSubmit={save} aria-label="Edit template" noValidate>
          <FormBanner message={problem || undefined} />
          {hasSubject && (
            <TextInput
              label="Subject"
              name="template-subject"
              value={subject}
              onChange={setSubject}
            />
          )}
          <TextArea
            className="template-body"
            label="Template"
            name="template-body"
            value={body}
            onChange={(v) => {
              setBody(v)
              setProblem('')
            }}
            error={problems[0]}
            description="Fields in double braces are filled in for each message. Text between {{#topic}} and {{/topic}} appears only when the interview has that field."
          />
          <details className="field-list">
            <summary>Fields you can use</summary>
            <ul>
              {messageFields.map((f) => (
                <li key={f}>
                  <code>{`{{${f}}}`}</code>:{' '}
                  {fieldHelp[f].fillWith.replaceAll('“', '').replaceAll('”', '')}
                </li>
              ))}
              {template.options.map((o) => (
                <li key={o.id}>
                  <code>{`{{#${o.id}}}…{{/${o.id}}}`}</code>: {o.label}
                </li>
              ))}
            </ul>
          </details>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={saveTemplate.isPending}>
              {saveTemplate.isPending ? 'Saving…' : 'Save template'}
            </button>
            {template.edited && (
              <button type="button" className="button" onClick={() => void reset()}>
                Reset to the original
              </button>
            )}
          </div>
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview with a sample interview</h2>
            {preview.rendered.subject !== null && (
              <p className="preview-subject">Subject: {preview.rendered.subject}</p>
            )}
            <pre className="preview-body">{preview.rendered.body}</pre>
          </section>
        </form>
        <CheckerPanel review={preview.review} text={preview.layout.text} onShow={() => undefined} />
      </div>
    </>
  )
}
