-- One quiz attempt per request: thread t of T sends phones t, t+T, t+2T, ...; every REPEAT_EVERY-th request
-- repeats the phone the thread sent just before (likely still in flight on another connection: the two race, and
-- the store's unique key must let exactly one count). Reports the distinct phones and the repeats it sent. The
-- crowd's plumbing (shares, the tail, the counts) is bench/crowd.lua's.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "../?.lua;" .. package.path
require "crowd"

reported = {"distinct", "repeats"}

function prepare()
  path = "/api/v1/openday/public/quizzes/" .. os.getenv("QUIZ") .. "/attempts"
  every = tonumber(os.getenv("REPEAT_EVERY"))
  phones = 0
  distinct = 0
  repeats = 0
end

function attempt(k, swallowed)
  local n
  if phones > 0 and (k + 1) % every == 0 then
    n = (index - 1) + (phones - 1) * stride
    if not swallowed then repeats = repeats + 1 end
  else
    n = (index - 1) + phones * stride
    phones = phones + 1
    if not swallowed then distinct = distinct + 1 end
  end
  local body = string.format(
    '{"phone":"137%08d","name":"李小华","answers":[1,0,%d],"seconds":%d}', n, n % 3, 20 + n % 100)
  return wrk.format("POST", path, nil, body)
end
