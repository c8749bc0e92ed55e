#!/usr/bin/env python3
"""Adds lock entries for platform-specific optional packages that the registry mirror used on
these machines does not serve (e.g. darwin/win32 builds of next's swc or tailwind's oxide).
`npm install` silently leaves them out, and `npm ci` then refuses the lock as out of sync.
The entries carry os/cpu so npm skips them on every other platform, as it would normally.
Usage: python3 scripts/fix-lockfile.py < names.txt   (names as printed by `npm ci`: "Missing: X@")"""
import json, re, sys

lock = json.load(open("package-lock.json"))
pkgs = lock["packages"]
declared = {}
for entry in pkgs.values():
    for name, ver in (entry.get("optionalDependencies") or {}).items():
        declared[name] = ver

OS = {"darwin": "darwin", "win32": "win32", "linux": "linux", "android": "android", "freebsd": "freebsd", "openbsd": "openbsd", "sunos": "sunos", "aix": "aix", "netbsd": "netbsd"}
CPU = ["arm64", "x64", "ia32", "arm", "riscv64", "s390x", "ppc64", "loong64", "wasm32", "mips64el"]
added = 0
for name in (l.strip() for l in sys.stdin if l.strip()):
    key = f"node_modules/{name}"
    if key in pkgs or name not in declared:
        continue
    entry = {"version": declared[name], "optional": True}
    base = name.split("/")[-1]
    os_ = next((v for k, v in OS.items() if re.search(rf"(^|-){k}(-|$)", base)), None)
    cpu = next((c for c in CPU if re.search(rf"(^|-){c}(-|$)", base)), None)
    if os_: entry["os"] = [os_]
    if cpu: entry["cpu"] = [cpu]
    if "wasm32" in base: entry["cpu"] = ["wasm32"]
    pkgs[key] = entry
    added += 1
lock["packages"] = dict(sorted(pkgs.items(), key=lambda kv: (kv[0] != "", kv[0])))
json.dump(lock, open("package-lock.json", "w"), indent=2)
open("package-lock.json", "a").write("\n")
print(f"added {added} entries")
