-- wrk script for bench/run.sh: every request is drawn from a file of request templates, one per line,
--   METHOD <TAB> PATH <TAB> HEADERS (name: value, joined by " | ") <TAB> BODY
-- so that requests are spread over many users, each with its own cookie, token or password.
-- In PATH and BODY: {uuid} becomes a fresh random UUID, {card:LO:HI} a random card id in LO..HI (the cards of
-- that line's user), {rating} a rating 1..4.
-- Usage: wrk ... -s bench/wrk/requests.lua URL -- FILE MODE THREADS EXPECT
--   MODE rand: each request takes a random line; seq: each line once, split over the threads (quiz answers,
--   which can be sent only once each), starting over when the file runs out (the app then answers 409, counted).
--   EXPECT: the expected status (200); any other status is counted and reported by done().
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local lines, mode, nthreads, expect, pos
bad, first_bad, wrapped = 0, "", 0

function init(args)
  local file = args[1]
  mode = args[2] or "rand"
  nthreads = tonumber(args[3] or "1")
  expect = tonumber(args[4] or "200")
  lines = {}
  local i = 0
  for line in io.lines(file) do
    i = i + 1
    if mode ~= "seq" or (i % nthreads) == (tid - 1) then
      local m, p, h, b = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
      local headers = {}
      for name, value in h:gmatch("([^:|]+):%s*([^|]*[^|%s])") do
        headers[name:match("^%s*(.-)%s*$")] = value
      end
      table.insert(lines, { method = m, path = p, headers = headers, body = b })
    end
  end
  if #lines == 0 then error("no request lines for thread " .. tid .. " in " .. file) end
  -- Seeded from the kernel: a seed from the clock repeated across runs a few seconds apart (thread 1 of one run
  -- and thread 2 of the other), so a run re-sent the review ids of an earlier one and got 409s.
  local urandom = assert(io.open("/dev/urandom", "rb"))
  local b1, b2, b3, b4 = urandom:read(4):byte(1, 4)
  urandom:close()
  math.randomseed(((b1 * 256 + b2) * 256 + b3) * 256 + b4 + tid)
  for _ = 1, 10 do math.random() end
  pos = 0
end

local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%06x%06x", math.random(0, 0x7fffffff) * 2 + math.random(0, 1),
    math.random(0, 0xffff), math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff),
    math.random(0, 0xffffff), math.random(0, 0xffffff))
end

local function fill(s)
  if s == nil or s == "" then return s end
  s = s:gsub("{uuid}", uuid)
  s = s:gsub("{card:(%d+):(%d+)}", function(lo, hi) return tostring(math.random(tonumber(lo), tonumber(hi))) end)
  s = s:gsub("{rating}", function() return tostring(math.random(1, 4)) end)
  return s
end

function request()
  local l
  if mode == "seq" then
    pos = pos + 1
    if pos > #lines then pos = 1; wrapped = wrapped + 1 end
    l = lines[pos]
  else
    l = lines[math.random(1, #lines)]
  end
  local body = l.body
  if body == "" then body = nil end
  return wrk.format(l.method, fill(l.path), l.headers, fill(body))
end

function response(status, headers, body)
  if status ~= expect then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. string.sub(body or "", 1, 120):gsub("[\r\n\t]", " ") end
  end
end

function done(summary, latency, requests)
  local unexpected, sample, wraps = 0, "", 0
  for _, t in ipairs(threads) do
    unexpected = unexpected + (t:get("bad") or 0)
    wraps = wraps + (t:get("wrapped") or 0)
    local f = t:get("first_bad")
    if sample == "" and f and f ~= "" then sample = f end
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
      "unexpected=%d socket_errors=%d timeouts=%d wrapped=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    unexpected, e.connect + e.read + e.write, e.timeout, wraps))
  if sample ~= "" then io.write("UNEXPECTED " .. sample .. "\n") end
end
