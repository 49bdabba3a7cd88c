import type { SettingsPatch } from '../../../core/settings/schema'
import { getClient } from '../../api/client'
import { keys, queryClient } from '../../api/queries'
import { useToast } from '../../components/Toasts'

/** Saves one change at once; the host validates, and a refusal leaves the old value in place. */
export function useSaveSetting() {
  const toast = useToast()
  return async (patch: SettingsPatch, done?: string): Promise<unknown> => {
    try {
      queryClient.setQueryData(keys.settings, await getClient().updateSettings({ patch }))
      if (done) toast({ message: done })
      return null
    } catch (err) {
      return err
    }
  }
}
