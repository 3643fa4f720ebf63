// Generates fsrs-scheduler-vectors/1 files with ts-fsrs 5.4.2 for settings the public vectors do not cover
// (fuzz on, FSRS-5/4.5 weights, several relearning steps, day-long steps, no relearning steps, a short maximum).
// Usage: npm install ts-fsrs@5.4.2 && node gen-ts-vectors.mjs OUTDIR  (from the folder holding node_modules)
import { createRequire } from 'node:module'
import fs from 'node:fs'
const require = createRequire(process.cwd() + '/')
const { fsrs, createEmptyCard, State, default_w } = require('ts-fsrs')

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const FSRS5 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]
const FSRS45 = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755]
const SETS = [
  { name: 'fuzz', w: [...default_w], request_retention: 0.9, maximum_interval: 36500, enable_fuzz: true, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  { name: 'fuzz.long_term', w: [...default_w], request_retention: 0.85, maximum_interval: 36500, enable_fuzz: true, enable_short_term: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] },
  { name: 'fuzz.fsrs5', w: FSRS5, request_retention: 0.8, maximum_interval: 36500, enable_fuzz: true, enable_short_term: true, learning_steps: ['5m', '30m', '2h'], relearning_steps: ['10m', '1h', '3h'] },
  { name: 'fuzz.fsrs45', w: FSRS45, request_retention: 0.95, maximum_interval: 365, enable_fuzz: true, enable_short_term: true, learning_steps: ['10m', '1d'], relearning_steps: [] },
  { name: 'nofuzz.fsrs5.long_term', w: FSRS5, request_retention: 0.9, maximum_interval: 3650, enable_fuzz: false, enable_short_term: false, learning_steps: [], relearning_steps: ['10m', '20m'] },
]
const DAY = 86400000
const out = process.argv[2] || '.'
fs.mkdirSync(out, { recursive: true })
for (const [si, set] of SETS.entries()) {
  const rnd = mulberry32(20250101 + si)
  const f = fsrs(set)
  const cases = []
  for (let ci = 0; ci < 25; ci++) {
    const created = Date.UTC(2024, 0, 1) + Math.floor(rnd() * 365 * DAY / 1000) * 1000
    let card = createEmptyCard(new Date(created))
    let t = created
    const reviews = []
    const n = 5 + Math.floor(rnd() * 25)
    for (let i = 0; i < n; i++) {
      const u = rnd()
      const gap = card.state === State.New ? Math.floor(rnd() * 3 * 60) * 1000
        : card.scheduled_days === 0 ? Math.floor((card.due.getTime() - t) * (0.5 + rnd()))
        : u < 0.15 ? Math.floor(rnd() * 20 * 3600) * 1000
        : u < 0.75 ? card.due.getTime() - t + Math.floor(rnd() * 3600) * 1000
        : Math.floor((card.due.getTime() - t) * (1 + 2 * rnd()))
      if (t + gap > created + 200 * 365 * DAY) break
      const before = card
      const now = t + Math.max(gap, 0)
      const r = rnd()
      const rating = r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.85 ? 3 : 4
      const elapsed_days = before.state === State.New ? 0 : Math.floor((Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) - Date.UTC(before.last_review.getUTCFullYear(), before.last_review.getUTCMonth(), before.last_review.getUTCDate())) / DAY)
      const { card: next } = f.next(before, new Date(now), rating)
      reviews.push({
        rating, elapsed_ms: now - t, review_ms: now, state_before: State[before.state], elapsed_days,
        retrievability: f.get_retrievability(before, new Date(now), false),
        r_model: before.state === State.New ? null : f.forgetting_curve(elapsed_days, before.stability),
        state: State[next.state], stability: next.stability, difficulty: next.difficulty,
        scheduled_days: next.scheduled_days, due_ms: next.due.getTime(), learning_steps: next.learning_steps,
        lapses: next.lapses, reps: next.reps,
      })
      card = next
      t = now
    }
    cases.push({ id: `${set.name}-${String(ci).padStart(3, '0')}`, created_ms: created, reviews })
  }
  const { name, ...parameters } = set
  const header = {
    format: 'fsrs-scheduler-vectors/1', generator: 'gen-ts-vectors.mjs with ts-fsrs 5.4.2', ts_fsrs_version: '5.4.2',
    set: name, n_cases: cases.length, parameters,
    notes: { fields: 'as in the public vectors (shared/fsrs/public.json header notes); mode/*_at fields omitted' },
  }
  fs.writeFileSync(`${out}/${name}.json`, JSON.stringify({ header, cases }))
}
