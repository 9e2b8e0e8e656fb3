-- The wrk side of the crowd benchmarks (bench/registration/register.lua, bench/quiz/attempt.lua load it with
-- require "crowd"). Thread t of T sends its share of CROWD_ATTEMPTS, asking the script's attempt(k) for its k-th
-- request (k from 0); then a cheap GET /livez every 100 ms per connection (wrk needs a request on every
-- connection) until its share has answered, when it stops. A request lost on the way is left to run.sh, which
-- stops wrk once the store's count stands still. done() prints the answers by status, and the per-thread globals
-- the script names in `reported`, summed over the threads.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  stride = tonumber(os.getenv("THREADS"))
  share = math.floor(tonumber(os.getenv("CROWD_ATTEMPTS")) / stride)
  expected = share
  if index == 1 then
    -- wrk calls request() once on the first thread's script before the run to check the request (pipelining) and
    -- never sends what it returned: the first thread makes one more, and that first one is not an attempt.
    share = share + 1
  end
  sent = 0
  answered = 0
  statuses = {}
  wrk.headers["Content-Type"] = "application/json"
  if prepare then
    prepare()
  end
end

function delay()
  if sent >= share then
    return 100 -- the crowd's tail: the fillers keep the connections open without loading the gateway
  end
  return 0
end

function request()
  if sent >= share then
    return wrk.format("GET", "/livez", {}, nil)
  end
  local swallowed = index == 1 and sent == 0
  sent = sent + 1
  return attempt(sent - 1, swallowed)
end

function response(status, headers, body)
  if status == 200 then -- a /livez filler, not an attempt (they answer 201 or 4xx)
    return
  end
  answered = answered + 1
  statuses[status] = (statuses[status] or 0) + 1
  if answered >= expected then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = {}
  local sums = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
    for _, name in ipairs(reported or {}) do
      sums[name] = (sums[name] or 0) + thread:get(name)
    end
  end
  local line = "STATUSES"
  for status, count in pairs(total) do
    line = line .. " " .. status .. "=" .. count
  end
  io.write(line .. "\n")
  if reported then
    local sent_line = "SENT"
    for _, name in ipairs(reported) do
      sent_line = sent_line .. " " .. name .. "=" .. sums[name]
    end
    io.write(sent_line .. "\n")
  end
end
