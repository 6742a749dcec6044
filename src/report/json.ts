/**
 * The machine-readable report: the normalised model of every project (with each service's tier
 * and each attachment's real network name), the findings with their fingerprints, the
 * diagnostics and a summary. Paths stay relative to the scan's base directory; keys are sorted
 * so the output diffs cleanly.
 */
import { TOOL_VERSION } from '../core/tool-info.js'
import type { TierAssignment } from '../analyze/types.js'
import type { Project } from '../model/types.js'
import type { ScanResult } from '../scan.js'
import { assignFingerprints } from './fingerprint.js'
import { summarizeResult } from './summary.js'

/** Formats a scan as JSON (2-space indentation, trailing newline). */
export function formatJson(result: ScanResult): string {
  const fingerprints = assignFingerprints(result.findings)
  const summary = summarizeResult(result)
  const report = {
    version: TOOL_VERSION,
    files: result.files.map(f => ({
      path: f.path,
      status: f.status,
      projects: f.projects,
      account: f.account
    })),
    projects: result.projects.map(p => serializeProject(result, p)),
    findings: result.findings.map((finding, index) => ({
      ...finding,
      fingerprint: fingerprints[index]
    })),
    diagnostics: result.diagnostics,
    summary: {
      findings: summary.findings,
      suppressed: summary.suppressed,
      bySeverity: summary.bySeverity,
      filesScanned: summary.filesScanned,
      filesFailed: summary.filesFailed,
      diagnostics: summary.diagnostics,
      fileAccounting: countDispositions(result)
    }
  }
  // Top-level keys in reading order; everything below sorted.
  const ordered = Object.fromEntries(
    Object.entries(report).map(([key, value]) => [key, toPlain(value, [])])
  )
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/**
 * How many compose-shaped files were analysed, loaded as part of a project, or left out;
 * undefined (left out of the report) for a result built without a scan's file accounting.
 */
function countDispositions(result: ScanResult): Record<string, number> | undefined {
  if (!result.files.some(file => file.account)) return undefined
  const counts: Record<string, number> = { analysed: 0, 'part-of-project': 0, 'left-out': 0 }
  for (const file of result.files) {
    const disposition = file.account?.disposition
    if (disposition) counts[disposition] = (counts[disposition] ?? 0) + 1
  }
  return counts
}

/**
 * A project as plain data: its own diagnostics are left out (they are in the top-level list),
 * each service gets its tier and each attachment its network's real name.
 */
function serializeProject(result: ScanResult, project: Project): Record<string, unknown> {
  const rest: Omit<Project, 'diagnostics'> & { diagnostics?: unknown } = { ...project }
  delete rest.diagnostics
  const realName = new Map(project.networks.map(n => [n.key, n.realName]))
  return {
    ...rest,
    services: project.services.map(service => {
      const node = result.topology.nodeOf(project, service)
      return {
        ...service,
        networks: service.networks.map(attachment => ({
          ...attachment,
          realName: realName.get(attachment.network) ?? attachment.network
        })),
        tier: node ? plainTier(node.tier) : undefined
      }
    })
  }
}

/** A tier as data: its evidence in words and, when classified, as signals (kind, text, by, span). */
function plainTier({ tier, basis, evidence, signals, product, span }: TierAssignment): object {
  return { tier, basis, evidence, signals, product, span }
}

/**
 * A deep copy with object keys sorted, functions and `undefined` dropped and Maps turned into
 * objects. A reference back to an object being copied (a cycle) is dropped rather than thrown:
 * the model is plain data, so this only guards against a future field pointing into the graph.
 */
function toPlain(value: unknown, stack: object[]): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? undefined : value
  }
  if (value instanceof Date) return value.toISOString()
  if (stack.includes(value)) return undefined
  stack.push(value)
  try {
    if (Array.isArray(value)) return value.map(v => toPlain(v, stack) ?? null)
    const entries =
      value instanceof Map
        ? [...value.entries()].map(([k, v]) => [String(k), v] as const)
        : Object.entries(value)
    const out: Record<string, unknown> = {}
    for (const [key, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const plain = toPlain(v, stack)
      if (plain !== undefined) out[key] = plain
    }
    return out
  } finally {
    stack.pop()
  }
}
