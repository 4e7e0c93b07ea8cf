#!/usr/bin/env bash
# Sourced by the benchmark scripts: HostingApi runs with the environment `dotnet run` gives it
# (src/HostingApi/Properties/launchSettings.json): the GC, JIT and thread-pool memory settings (docs/configuration.md).
# LAUNCH_ENV= (empty) runs it without.
LAUNCH_ENV=${LAUNCH_ENV-$(python3 -c 'import json,sys; env=json.load(open(sys.argv[1]))["profiles"]["HostingApi"].get("environmentVariables",{}); print(" ".join(k+"="+v for k,v in env.items()))' "$root/src/HostingApi/Properties/launchSettings.json")}
