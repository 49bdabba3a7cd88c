import type { Handlers } from '../contract/api'
import type { ScriptsApi } from '../contract/scripts-api'
import { announceWrites, type HostContext } from './host-context'
import type { ScriptsService } from './scripts-service'

/** Call scripts and their practice history. */
export function scriptsHandlers(
  { changed }: Pick<HostContext, 'changed'>,
  scripts: ScriptsService,
): Pick<Handlers, keyof ScriptsApi> {
  const write = announceWrites(changed, 'scripts')
  return {
    listScripts: async () => scripts.list(),
    getScript: async ({ scriptId }) => scripts.get(scriptId),
    saveScript: async ({ script, expectedUpdatedAt }) =>
      write(scripts.save(script, expectedUpdatedAt)),
    createScript: async ({ name }) => write(scripts.create(name)),
    duplicateScript: async ({ scriptId, name }) => write(scripts.duplicate(scriptId, name)),
    deleteScript: async ({ scriptId }) => write(scripts.delete(scriptId)),
    resetDefaultScript: async () => write(scripts.resetDefault()),
    getPracticeCounts: async ({ scriptId }) => scripts.counts(scriptId),
    recordPractice: async ({ scriptId, edgeIds }) => write(scripts.record(scriptId, edgeIds)),
    clearPractice: async ({ scriptId }) => write(scripts.clear(scriptId)),
  }
}
