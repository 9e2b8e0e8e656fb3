-- One registration per request, each from a phone of its own: thread t of T sends phones t, t+T, t+2T, ...
-- The crowd's plumbing (shares, the tail, the counts) is bench/crowd.lua's.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "../?.lua;" .. package.path
require "crowd"

function prepare()
  path = "/api/v1/openday/sessions/" .. os.getenv("SESSION") .. "/registrations"
end

function attempt(k)
  local body = string.format(
    '{"name":"王小明","phone":"139%08d","audience":"PUBLIC","partySize":1}', (index - 1) + k * stride)
  return wrk.format("POST", path, nil, body)
end
