import { useWrite } from '../../api/mutations'
import { downloadBlob } from '../../audio/download'
import { useToast } from '../../components/Toasts'

const steps = (n: number) => `${n} planned step${n === 1 ? '' : 's'}`

/**
 * Exports planned steps as an .ics file: every interview's, or one's. The desktop app asks where
 * to save it; the browser downloads it. Importing it again later updates the same events.
 */
export function CalendarExportButton({ interviewId }: { interviewId?: string }) {
  const toast = useToast()
  const save = useWrite((api) => api.exportCalendar(interviewId ? { interviewId } : undefined))
  const exportCalendar = () =>
    save.run(undefined, (result) => {
      if (result.result === 'download' && result.content !== undefined) {
        downloadBlob(new Blob([result.content], { type: 'text/calendar' }), result.fileName)
        toast({
          message: `Downloaded ${result.fileName} with ${steps(result.events)}. Open it with your calendar; importing a newer one later updates the same events.`,
          ms: 10_000,
        })
      } else if (result.result === 'saved') {
        toast({ message: `Saved ${steps(result.events)} to ${result.savedTo}.`, ms: 10_000 })
      }
    })
  return (
    <button
      type="button"
      className="button"
      disabled={save.isPending}
      onClick={() => void exportCalendar()}
    >
      {interviewId ? 'Add these steps to my calendar' : 'Add to my calendar'}
    </button>
  )
}
