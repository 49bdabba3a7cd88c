import type { Handlers } from '../contract/api'
import type { TakesApi } from '../contract/takes-api'
import type { HostContext } from './host-context'
import type { DesktopShell } from './ports'
import type { TakesService } from './takes-service'

/** Practice recordings: their files, metadata, evidence and the microphone permission. */
export function takesHandlers(
  { changed }: Pick<HostContext, 'changed'>,
  takes: TakesService,
  shell?: DesktopShell,
): Pick<Handlers, keyof TakesApi> {
  const write = <T>(result: T): T => {
    changed('takes')
    return result
  }
  return {
    listTakes: async (filter) => takes.list(filter),
    saveTake: async (input) => write(await takes.save(input)),
    appendTakeAudio: async ({ uploadId, audio }) => takes.append(uploadId, audio),
    getTakeAudio: async ({ id }) => takes.audio(id),
    renameTake: async ({ id, name }) => write(await takes.rename(id, name)),
    starTake: async ({ id, starred }) => write(await takes.star(id, starred)),
    deleteTake: async ({ id }) => {
      write(await takes.remove([id]))
    },
    restoreTake: async ({ id }) => write((await takes.restore([id]))[0]!),
    deleteTakes: async (input) => write(await takes.removeMatching(input)),
    restoreTakes: async ({ ids }) => write(await takes.restore(ids)),
    takesUsage: async () => takes.usage(),
    revealTake: async ({ id }) => takes.reveal(id),
    exportTake: async ({ id }) => takes.exportCopy(id),
    requestMicrophoneAccess: async () => ({
      access: !shell || (await shell.requestMicrophoneAccess()) ? 'granted' : 'denied',
    }),
  }
}
