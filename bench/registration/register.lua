-- One registration per request, each from a phone of its own: thread t of T sends phones t, t+T, t+2T, ...
-- until it has sent its share of ATTEMPTS; then a cheap GET /livez every 100 ms per connection (wrk needs a
-- request on every connection) until its share has answered, when it stops. A request lost on the way is left to
-- run.sh, which stops wrk once the session's count has stood still for a few seconds. Counts the answers by
-- status; done() prints them.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  session = os.getenv("SESSION")
  attempts = tonumber(os.getenv("ATTEMPTS"))
  stride = tonumber(os.getenv("THREADS"))
  share = math.floor(attempts / stride)
  expected = share
  if index == 1 then
    -- wrk calls request() once on the first thread's script before the run to check the request (pipelining) and
    -- never sends what it returned: that phone is skipped, so the first thread makes one more.
    share = share + 1
  end
  sent = 0
  answered = 0
  statuses = {}
  path = "/api/v1/openday/sessions/" .. session .. "/registrations"
  wrk.headers["Content-Type"] = "application/json"
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
  local n = (index - 1) + sent * stride
  sent = sent + 1
  local body = string.format(
    '{"name":"王小明","phone":"139%08d","audience":"PUBLIC","partySize":1}', n)
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  if status == 200 then -- a /livez filler, not a registration (they answer 201 or 4xx)
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
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do
      total[status] = (total[status] or 0) + count
    end
  end
  local line = "STATUSES"
  for status, count in pairs(total) do
    line = line .. " " .. status .. "=" .. count
  end
  io.write(line .. "\n")
end
