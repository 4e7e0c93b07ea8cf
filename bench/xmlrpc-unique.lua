-- wrk script: POST an XML-RPC request body read from a file, its marker @N@ replaced in every request
-- by a number no other request of the run gets (thread and counter), so that a mutation that must
-- change something (hosting.disk.update's name) changes it every time. Without the marker the body
-- is sent as it is, like xmlrpc-post.lua of the shared baselines, and done() prints the same WRKJSON line.
--
--   wrk -t2 -c16 -d5s --latency -s xmlrpc-unique.lua http://127.0.0.1:23291 -- update.xml /xmlrpc/

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
  table.insert(threads, thread)
end

local counter = 0

function init(args)
  local f = assert(io.open(args[1], "rb"), "cannot open body file " .. tostring(args[1]))
  body = f:read("*a")
  f:close()
  path = args[2] or "/xmlrpc/"
  varying = body:find("@N@", 1, true) ~= nil
  wrk.method = "POST"
  wrk.path = path
  wrk.body = body
  wrk.headers["Content-Type"] = "text/xml"
  wrk.headers["User-Agent"] = "wrk-xmlrpc-bench"
  fixed = wrk.format()
end

function request()
  if not varying then
    return fixed
  end
  counter = counter + 1
  return wrk.format(nil, nil, nil, (body:gsub("@N@", thread_id .. "x" .. counter)))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"rps":%.2f,"bytes":%d,' ..
    '"lat_mean_us":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"err_connect":%d,"err_read":%d,"err_write":%d,"err_status":%d,"err_timeout":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), summary.bytes,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
