#!/usr/bin/env node
// Entry of dist/cli.js: run the CLI on this process's arguments and streams.
import { runCli } from './main.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
})
