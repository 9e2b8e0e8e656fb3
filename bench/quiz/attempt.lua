-- One quiz attempt per request: thread t of T sends phones t, t+T, t+2T, ...; every REPEAT_EVERY-th request
-- repeats the phone the thread sent just before (likely still in flight on another connection: the two race, and
-- the store's unique key must let exactly one count). After its share, a cheap GET /livez every 100 ms per
-- connection until its share has answered, when it stops; run.sh stops wrk when the count stands still. done()
-- prints the answers by status and the distinct phones and repeats sent.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  quiz = os.getenv("QUIZ")
  attempts = tonumber(os.getenv("ATTEMPTS"))
  stride = tonumber(os.getenv("THREADS"))
  every = tonumber(os.getenv("REPEAT_EVERY"))
  share = math.floor(attempts / stride)
  expected = share
  if index == 1 then
    -- wrk calls request() once on the first thread's script before the run to check the request (pipelining) and
    -- never sends what it returned: the first thread makes one more, and that first one is not counted.
    share = share + 1
  end
  sent = 0
  phones = 0
  distinct = 0
  repeats = 0
  answered = 0
  statuses = {}
  path = "/api/v1/openday/public/quizzes/" .. quiz .. "/attempts"
  wrk.headers["Content-Type"] = "application/json"
end

function delay()
  if sent >= share then
    return 100
  end
  return 0
end

function request()
  if sent >= share then
    return wrk.format("GET", "/livez", {}, nil)
  end
  local first = index == 1 and sent == 0 -- the request wrk's check swallows
  sent = sent + 1
  local n
  if phones > 0 and sent % every == 0 then
    n = (index - 1) + (phones - 1) * stride
    if not first then repeats = repeats + 1 end
  else
    n = (index - 1) + phones * stride
    phones = phones + 1
    if not first then distinct = distinct + 1 end
  end
  local body = string.format(
    '{"phone":"137%08d","name":"李小华","answers":[1,0,%d],"seconds":%d}', n, n % 3, 20 + n % 100)
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  if status == 200 then -- a /livez filler, not an attempt (they answer 201, 409 or another 4xx)
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
  local sent_distinct, sent_repeats = 0, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
    sent_distinct = sent_distinct + thread:get("distinct")
    sent_repeats = sent_repeats + thread:get("repeats")
  end
  local line = "STATUSES"
  for status, count in pairs(total) do
    line = line .. " " .. status .. "=" .. count
  end
  io.write(line .. "\n")
  io.write("SENT distinct=" .. sent_distinct .. " repeats=" .. sent_repeats .. "\n")
end
