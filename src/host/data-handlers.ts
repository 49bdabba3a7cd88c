import type { Handlers } from '../contract/api'
import type { DataApi } from '../contract/data-api'
import type { DataService } from './data/data-service'

/** Your data: export, import, CSV and backups. */
export function dataHandlers(data: DataService): Pick<Handlers, keyof DataApi> {
  return {
    getDataOverview: async () => data.overview(),
    exportData: async () => data.exportData(),
    exportCsv: async ({ table }) => data.exportCsv(table),
    importData: async ({ archive }) => data.importData(archive),
    backUpNow: async () => data.backUp('daily'),
    restoreBackup: async ({ id }) => data.restoreBackup(id),
  }
}
