#!/usr/bin/env node
// Entry of dist/cli.js: run the CLI on this process's arguments and streams.
import { runCli } from './main.js'

// A reader that stops early (`tierguard scan | head`) closes the pipe: nothing more is wanted,
// which is no reason for a stack trace. What is left is not written; the scan ends as usual
// and exits with its own code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
})

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd()
})
