import raw from '../../../resources/scripts/default-call.json' with { type: 'json' }
import { callScriptSchema } from './schema'
import type { CallScript } from './schema'

/** The built-in follow-up call, checked against the schema like any user script. */
export const defaultCallScript: CallScript = callScriptSchema.parse(raw)
