import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useActionCommands } from './use-action-commands'

type Commands = ReturnType<typeof useActionCommands>
const Shared = createContext<Commands | null>(null)

/**
 * One set of step commands for a whole list: each row asking for its own (a mutation observer
 * and a toast hook per row) was a third of Today's first render at 75 rows.
 */
export function ActionCommandsProvider({ children }: { children: ReactNode }) {
  const { markDone, snooze, dismiss, restore } = useActionCommands()
  const commands = useMemo(
    () => ({ markDone, snooze, dismiss, restore }),
    [markDone, snooze, dismiss, restore],
  )
  return <Shared.Provider value={commands}>{children}</Shared.Provider>
}

/** The commands of the list a step is in. */
export function useListCommands(): Commands {
  const commands = useContext(Shared)
  if (!commands) throw new Error('A step needs an ActionCommandsProvider around its list.')
  return commands
}
