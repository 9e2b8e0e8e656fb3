-- wrk script: POST /api/v1/complaints as the 12345 operator, spreading the complaints over the ten
-- categories and sixteen districts (as real intake is spread), with a different address each time.
local categories = {"NIGHT_CONSTRUCTION_NOISE", "STREET_VENDING", "COOKING_FUMES_AND_NIGHT_NOISE", "GROUP_RENTING",
  "CONSTRUCTION_WASTE_DUMPING", "SOLID_WASTE", "HISTORIC_BUILDING_IN_ESTATE", "CONSTRUCTION_SITE_CONDUCT",
  "STREET_APPEARANCE", "OTHER"}
local districts = {"huangpu", "xuhui", "changning", "jingan", "putuo", "hongkou", "yangpu", "minhang", "baoshan",
  "jiading", "pudong", "jinshan", "songjiang", "qingpu", "fengxian", "chongming"}
local counter = 0

function setup(thread)
  thread:set("offset", math.random(1, 1000000))
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  counter = counter + 1
  local n = counter + (offset or 0) * 1000
  local body = string.format(
    '{"category":"%s","description":"负载测试 load test %d","district":"%s","address":"测试路%d号",' ..
    '"location":{"lat":%.5f,"lng":%.5f},"reporter":{"name":"测试","phone":"13800000000"},"channel":"HOTLINE_12345"}',
    categories[n % #categories + 1], n, districts[math.floor(n / #categories) % #districts + 1], n,
    31.0 + (n % 1000) / 2000, 121.2 + (n % 777) / 2000)
  return wrk.format("POST", "/api/v1/complaints", nil, body)
end
