// Preloaded (`node --import`) into each measured process: writes its peak resident set size
// (KiB) to BENCH_RSS_FILE when it exits. Portable where GNU time is not installed.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) {
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
  }
})
