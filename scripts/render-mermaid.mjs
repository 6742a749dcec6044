#!/usr/bin/env node
// Renders the job summary's Mermaid diagram of large projects with the real `mermaid` package in
// headless Chromium, at the width GitHub gives a diagram, and checks it stays readable: no
// diagram taller than MAX_HEIGHT px, no label smaller than MIN_FONT px once scaled to fit.
//
// The diagram is the one users see: the bundled action (dist/index.js; `npm run package` first)
// runs on each project with `upload: false` and the diagram is read from its job summary.
// Projects: each source folder of ../shared/corpus with at least 50 services, or the folders
// given as arguments. Without Chromium (Debian's `chromium`, or CHROMIUM_PATH) or without any
// project to render, it says so and exits 0; it exits 1 on a breach.
//
// With --save DIR, each diagram's source (.mmd), SVG and a screenshot (.png) go to DIR.
//
// Usage: node scripts/render-mermaid.mjs [--width 900] [--min-services 50] [--save DIR] [DIR...]
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '900' },
    'max-height': { type: 'string', default: '2000' },
    'min-font': { type: 'string', default: '12' },
    'min-services': { type: 'string', default: '50' },
    corpus: { type: 'string', default: path.resolve(root, '..', 'shared', 'corpus') },
    save: { type: 'string' }
  }
})
const WIDTH = Number(values.width)
const MAX_HEIGHT = Number(values['max-height'])
const MIN_FONT = Number(values['min-font'])

const chromium = findChromium()
if (!chromium) {
  console.log(
    'check:mermaid skipped: no Chromium found. Install it (Debian: `apt-get install -y chromium`) ' +
      'or set CHROMIUM_PATH to a Chrome or Chromium binary.'
  )
  process.exit(0)
}
const action = path.join(root, 'dist', 'index.js')
if (!existsSync(action)) {
  console.error('check:mermaid: dist/index.js is missing; run `npm run package` first.')
  process.exit(2)
}

const projects = positionals.length
  ? positionals.map(dir => path.resolve(dir))
  : largestCorpusSources(values.corpus, Number(values['min-services']))
if (projects.length === 0) {
  console.log(
    `check:mermaid skipped: no project to render (no corpus at ${values.corpus}, and no folder given).`
  )
  process.exit(0)
}

const diagrams = projects.map(dir => ({ dir, ...summaryDiagram(dir) }))

const { default: puppeteer } = await import('puppeteer-core')
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
let breaches = 0
try {
  const page = await browser.newPage()
  await page.setViewport({ width: WIDTH + 40, height: 1000 })
  // GitHub's diagram frame: a fixed-width block, the SVG at most as wide as it (useMaxWidth).
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="frame" style="width:${WIDTH}px"></div></body></html>`
  )
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
  await page.evaluate(() => {
    globalThis.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
  })
  console.log(
    `Rendered at ${WIDTH} px wide; limits: ${MAX_HEIGHT} px tall, labels >= ${MIN_FONT} px`
  )
  for (const diagram of diagrams) {
    const name = path.relative(values.corpus, diagram.dir) || diagram.dir
    if (!diagram.source) {
      console.log(`${name}: no diagram in the summary (${diagram.services} services)`)
      continue
    }
    const m = await page.evaluate(measureDiagram, diagram.source)
    if (values.save) {
      mkdirSync(values.save, { recursive: true })
      writeFileSync(path.join(values.save, `${path.basename(diagram.dir)}.svg`), m.svg)
      writeFileSync(path.join(values.save, `${path.basename(diagram.dir)}.mmd`), diagram.source)
      const frame = await page.$('#frame')
      if (!m.error) {
        await frame.screenshot({
          path: path.join(values.save, `${path.basename(diagram.dir)}.png`)
        })
      }
    }
    if (m.error) {
      breaches++
      console.log(`${name}: Mermaid could not render the diagram: ${m.error}`)
      continue
    }
    const tooTall = m.height > MAX_HEIGHT
    const tooSmall = m.smallestFont < MIN_FONT
    if (tooTall || tooSmall) breaches++
    console.log(
      `${name}: ${diagram.services} services, ${m.nodes} nodes drawn; ` +
        `${Math.round(m.height)} px tall (${Math.round(m.width)} px wide, scale ${m.scale.toFixed(2)}), ` +
        `smallest label ${m.smallestFont.toFixed(1)} px` +
        (tooTall ? `  TOO TALL (> ${MAX_HEIGHT})` : '') +
        (tooSmall ? `  TOO SMALL (< ${MIN_FONT})` : '')
    )
  }
} finally {
  await browser.close()
}
if (breaches > 0) {
  console.log(`check:mermaid: ${breaches} diagram(s) breach the limits.`)
  process.exit(1)
}
console.log('check:mermaid: every diagram is within the limits.')

/* global document, getComputedStyle -- measureDiagram runs in the page */
/** In the page: renders `source`, fits it to the frame, measures its height and smallest label. */
async function measureDiagram(source) {
  const frame = document.getElementById('frame')
  let svg
  try {
    ;({ svg } = await globalThis.mermaid.render(`d${Date.now()}`, source))
  } catch (error) {
    return { error: String(error?.message ?? error), svg: '' }
  }
  frame.innerHTML = svg
  const element = frame.querySelector('svg')
  const box = element.getBoundingClientRect()
  const natural = element.viewBox.baseVal.width || box.width
  const scale = box.width / natural
  let smallestFont = Infinity
  const labels = element.querySelectorAll(
    '.nodeLabel, .edgeLabel, .cluster-label, text, tspan, foreignObject div, foreignObject span'
  )
  for (const label of labels) {
    if (!label.textContent.trim()) continue
    const size = parseFloat(getComputedStyle(label).fontSize)
    // Fonts are in the SVG's own units; the frame scales the SVG by `scale`.
    if (size > 0) smallestFont = Math.min(smallestFont, size * scale)
  }
  return {
    svg,
    width: box.width,
    height: box.height,
    scale,
    smallestFont,
    nodes: element.querySelectorAll('g.node').length
  }
}

/** The Mermaid source of the job summary the bundled action writes for `dir`. */
function summaryDiagram(dir) {
  const temp = mkdtempSync(path.join(tmpdir(), 'tierguard-mermaid-'))
  try {
    const summary = path.join(temp, 'summary.md')
    writeFileSync(summary, '')
    writeFileSync(path.join(temp, 'output'), '')
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: temp,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_OUTPUT: path.join(temp, 'output'),
      GITHUB_STEP_SUMMARY: summary,
      INPUT_PATH: '.',
      INPUT_UPLOAD: 'false',
      INPUT_ANNOTATIONS: 'false',
      'INPUT_FAIL-ON': 'none',
      'INPUT_SARIF-FILE': path.join(temp, 'tierguard.sarif')
    }
    const run = spawnSync(process.execPath, [action], { env, encoding: 'utf8' })
    if (run.status !== 0)
      throw new Error(`the action failed on ${dir}:\n${run.stdout}${run.stderr}`)
    const markdown = readFileSync(summary, 'utf8')
    const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)
    const services = /project\(s\), (\d+) service\(s\)/.exec(run.stdout)?.[1] ?? '?'
    return { source: match?.[1], services }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** Each corpus source folder whose compose files hold at least `min` services, largest first. */
function largestCorpusSources(corpus, min) {
  if (!existsSync(corpus)) return []
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--fail-on', 'none', '-q'],
    { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 }
  )
  if (run.status !== 0) throw new Error(`scanning the corpus failed:\n${run.stderr}`)
  const counts = new Map()
  for (const project of JSON.parse(run.stdout).projects) {
    const source = project.directory.split('/')[0]
    counts.set(source, (counts.get(source) ?? 0) + project.services.length)
  }
  const sources = new Set(readdirSync(corpus))
  return [...counts]
    .filter(([source, count]) => count >= min && sources.has(source))
    .sort((a, b) => b[1] - a[1])
    .map(([source]) => path.join(corpus, source))
}

/** CHROMIUM_PATH when set (a missing file means none), else a usual place of Chrome or Chromium. */
function findChromium() {
  const given = process.env.CHROMIUM_PATH
  if (given) return existsSync(given) ? given : undefined
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable'
  ].find(candidate => existsSync(candidate))
}
