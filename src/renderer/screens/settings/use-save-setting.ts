import type { SettingsPatch } from '../../../core/settings/schema'
import { rememberSettings, useWrite } from '../../api/mutations'
import { useToast } from '../../components/Toasts'

/** Saves one change at once; the host validates, and a refusal leaves the old value in place. */
export function useSaveSetting() {
  const toast = useToast()
  const { run, mutateAsync } = useWrite(
    (api, patch: SettingsPatch) => api.updateSettings({ patch }),
    rememberSettings,
  )
  const told = (done?: string) => () => {
    if (done) toast({ message: done })
  }
  return {
    /** For a switch or a choice: a refusal is told in a toast, and the control shows the old value. */
    save: (patch: SettingsPatch, done?: string) => run(patch, told(done)),
    /** For a form: resolves to the refusal, which the form shows by its fields, or null once saved. */
    submit: (patch: SettingsPatch, done?: string): Promise<unknown> =>
      mutateAsync(patch)
        .then(told(done))
        .then(
          () => null,
          (err: unknown) => err,
        ),
  }
}
