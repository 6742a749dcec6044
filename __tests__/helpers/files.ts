/** Files the tests read: the third-party corpus beside the repository, and YAML under a folder. */
import { readdirSync } from 'node:fs'
import path from 'node:path'

/** `../shared/corpus` beside the repository, as CI places it (it may be absent). */
export const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus')

/** Every `.yml`/`.yaml` file under `dir`, as sorted POSIX paths relative to it. */
export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(child)
    }
  }
  walk('')
  return out.sort()
}
