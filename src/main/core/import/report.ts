export type { FieldChange, ImportProblem, ImportReport, UnknownSku } from '../../../shared/types'

export const MAX_LISTED_CHANGES = 500
export const MAX_LISTED_PROBLEMS = 2000
