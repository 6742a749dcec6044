/**
 * Lists a scan keeps to its end. The model and the topology hold a dozen short lists per
 * service, hundreds of thousands on a monorepo. An empty `[]` is an object of its own, and a list
 * grown by `push` keeps room for 17 items. A kept list is stored exactly sized, and an empty
 * one as the one shared, frozen empty list: kept lists are read-only.
 */
/** The shared empty list. */
export const EMPTY_LIST: readonly never[] = Object.freeze([])

/** `list` as kept for the rest of the scan: exactly sized, or the shared empty list. */
export function kept<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? EMPTY_LIST : list.slice()
}
