#!/usr/bin/env python3
"""Generate the BooktifuL outage logs (deterministic: same seed, same bytes).

The story, from the outage report (times in East Africa Time, Africa/Nairobi, +03:00):
  Sat 26 Feb 2022 09:14  web-02 is put in maintenance on the load balancer for a test and never put back;
                         from then on web-01 serves every request alone.
  Sat 26 Feb 2022 ~10:30 web-01 comes under memory pressure.
  Sat 26 Feb 2022 11:58  the kernel's OOM killer kills the Node.js application on web-01; it keeps happening.
  Sat 26 Feb 2022 12:01  the first HTTP 500; about 90 % of requests fail with HTTP 500 until the fix.
  Sun 27 Feb 2022 21:57  web-02 back in the pool; 21:58 web-01 taken out for memory clean-up;
                 22:10   web-01 back; both servers in the pool, round-robin.

Files (one folder per host):
  lb-01/haproxy.log          HAProxy HTTP log through rsyslog (ISO timestamps)
  web-01/nginx/access.log    nginx combined log
  web-01/nginx/error.log     nginx error log (no zone in its timestamps, as nginx writes them)
  web-01/app.log             the application's JSON log (pino: epoch milliseconds, numeric levels)
  web-01/syslog              rsyslog (ISO timestamps): memory pressure, OOM killer, systemd restarts
  web-02/nginx/access.log    web-02's nginx: traffic before the test and after the fix, nothing in between
  web-02/syslog              web-02 idle: cron and the odd ssh login

Usage: python3 generate.py [OUTPUT_DIR]   (default: the folder of this script)
"""

import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

EAT = timezone(timedelta(hours=3))
SEED = 20220226
START = datetime(2022, 2, 26, 6, 0, 0, tzinfo=EAT)
WEB02_OUT = datetime(2022, 2, 26, 9, 14, 22, tzinfo=EAT)
PRESSURE = datetime(2022, 2, 26, 10, 30, 0, tzinfo=EAT)
FIRST_OOM = datetime(2022, 2, 26, 11, 58, 43, tzinfo=EAT)
FIRST_500 = datetime(2022, 2, 26, 12, 1, 7, tzinfo=EAT)
WEB02_BACK = datetime(2022, 2, 27, 21, 57, 40, tzinfo=EAT)
WEB01_OUT = datetime(2022, 2, 27, 21, 58, 5, tzinfo=EAT)
WEB01_BACK = datetime(2022, 2, 27, 22, 10, 30, tzinfo=EAT)
END = datetime(2022, 2, 27, 23, 0, 0, tzinfo=EAT)

ROUTES = ["/", "/books", "/books/{id}", "/authors/{id}", "/search?q={word}", "/cart", "/api/books/{id}/reviews", "/login", "/static/app.{hash}.js"]
WORDS = ["kiswahili", "poetry", "mystery", "nairobi", "history", "children", "cooking", "travel", "science"]
AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.101 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 15_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.3 Safari/605.1.15",
]


def requests_per_minute(moment):
    """Daytime traffic in Nairobi, quieter at night."""
    hour = moment.hour + moment.minute / 60
    return 1.0 + 3.5 * max(0.0, 1 - abs(hour - 14) / 9)


def iso(moment):
    return moment.isoformat(timespec="microseconds")


def clf(moment):
    return moment.strftime("%d/%b/%Y:%H:%M:%S %z")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    files = {}

    def write(path, line):
        if path not in files:
            full = os.path.join(out, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            files[path] = open(full, "w", encoding="utf-8", newline="\n")
        files[path].write(line + "\n")

    events = []  # (time, order, path, line): sorted before writing so every file is in time order

    def emit(moment, path, line):
        events.append((moment, len(events), path, line))

    # Load-balancer state changes.
    emit(WEB02_OUT, "lb-01/haproxy.log", f"{iso(WEB02_OUT)} lb-01 haproxy[812]: Server be_booktiful/web-02 is going DOWN for maintenance. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.")
    emit(WEB02_BACK, "lb-01/haproxy.log", f"{iso(WEB02_BACK)} lb-01 haproxy[812]: Server be_booktiful/web-02 is UP (leaving forced maintenance).")
    emit(WEB01_OUT, "lb-01/haproxy.log", f"{iso(WEB01_OUT)} lb-01 haproxy[812]: Server be_booktiful/web-01 is going DOWN for maintenance. 1 active and 0 backup servers left. 2 sessions active, 0 requeued, 0 remaining in queue.")
    emit(WEB01_BACK, "lb-01/haproxy.log", f"{iso(WEB01_BACK)} lb-01 haproxy[812]: Server be_booktiful/web-01 is UP (leaving forced maintenance).")
    reload = WEB01_BACK + timedelta(seconds=41)
    emit(reload, "lb-01/haproxy.log", f"{iso(reload)} lb-01 haproxy[812]: Proxy fe_booktiful started.")
    emit(reload, "lb-01/haproxy.log", f"{iso(reload)} lb-01 haproxy[812]: Proxy be_booktiful started.")

    # Requests.
    connection = 48000
    app_pid = 2314
    moment = START
    toggle = 0
    while moment < END:
        previous = moment
        moment += timedelta(seconds=rng.expovariate(requests_per_minute(moment) / 60))
        if moment >= END:
            break
        first_failure = previous < FIRST_500 <= moment
        if first_failure:
            moment = FIRST_500
        connection += 1
        if first_failure:
            server = "web-01"
        elif moment < WEB02_OUT or moment >= WEB01_BACK:
            toggle ^= 1
            server = "web-02" if toggle else "web-01"
        elif moment < WEB02_BACK:
            server = "web-01"
        elif moment < WEB01_OUT:
            server = "web-01" if rng.random() < 0.5 else "web-02"
        else:
            server = "web-02"
        failing = server == "web-01" and FIRST_500 <= moment < WEB01_OUT
        if first_failure or (failing and rng.random() < 0.9):
            status = 500
        else:
            status = 200 if rng.random() < 0.97 else rng.choice([301, 304, 404])
        client = f"{rng.choice([41, 102, 105, 154, 196, 197])}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}"
        route = rng.choice(ROUTES).format(id=rng.randrange(1, 9000), word=rng.choice(WORDS), hash=f"{rng.getrandbits(32):08x}")
        method = "POST" if route in ("/cart", "/login") and rng.random() < 0.4 else "GET"
        size = 186 if status == 500 else rng.randrange(900, 48000)
        upstream_ms = rng.randrange(3000, 9000) if status == 500 else rng.randrange(8, 140)
        agent = rng.choice(AGENTS)
        port = rng.randrange(30000, 65000)
        accepted = moment - timedelta(milliseconds=upstream_ms + 2)
        emit(moment, "lb-01/haproxy.log",
             f"{iso(moment)} lb-01 haproxy[812]: {client}:{port} [{accepted.strftime('%d/%b/%Y:%H:%M:%S')}.{accepted.microsecond // 1000:03d}] "
             f"fe_booktiful be_booktiful/{server} 0/0/1/{upstream_ms}/{upstream_ms + 2} {status} {size} - - ---- "
             f"{rng.randrange(1, 60)}/{rng.randrange(1, 60)}/{rng.randrange(0, 40)}/{rng.randrange(0, 40)}/0 0/0 \"{method} {route} HTTP/1.1\"")
        emit(moment, f"{server}/nginx/access.log",
             f"10.0.0.10 - - [{clf(moment)}] \"{method} {route} HTTP/1.1\" {status} {size} \"https://booktiful.com/\" \"{agent}\"")
        if status == 500:
            reason = rng.random()
            if reason < 0.85:
                emit(moment, "web-01/app.log", json.dumps({
                    "level": 50, "time": int(moment.timestamp() * 1000), "pid": app_pid, "hostname": "web-01",
                    "req": {"method": method, "url": route}, "msg": "request failed: Error: Cannot allocate memory (ENOMEM) while rendering page",
                }, separators=(",", ":")))
            else:
                emit(moment, "web-01/nginx/error.log",
                     f"{moment.strftime('%Y/%m/%d %H:%M:%S')} [error] 1021#1021: *{connection} upstream prematurely closed connection while reading response header from upstream, "
                     f"client: 10.0.0.10, server: booktiful.com, request: \"{method} {route} HTTP/1.1\", upstream: \"http://127.0.0.1:3000{route}\", host: \"booktiful.com\"")
        elif server == "web-01" and PRESSURE <= moment < WEB01_OUT and rng.random() < 0.08:
            emit(moment, "web-01/nginx/error.log",
                 f"{moment.strftime('%Y/%m/%d %H:%M:%S')} [warn] 1021#1021: *{connection} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{rng.randrange(1, 9)}/{rng.randrange(10, 99)}/{rng.randrange(10**9, 10**10)} while reading upstream, "
                 f"client: 10.0.0.10, server: booktiful.com, request: \"{method} {route} HTTP/1.1\", upstream: \"http://127.0.0.1:3000{route}\", host: \"booktiful.com\"")
        elif status == 200 and rng.random() < 0.05:
            emit(moment, f"{server}/app.log" if server == "web-01" else "web-02/app.log", json.dumps({
                "level": 30, "time": int(moment.timestamp() * 1000), "pid": app_pid if server == "web-01" else 1877, "hostname": server,
                "req": {"method": method, "url": route}, "responseTime": upstream_ms, "msg": "request completed",
            }, separators=(",", ":")))

    # Host logs: cron every ten minutes on both, the odd ssh login.
    for host in ("web-01", "web-02"):
        pid = 4000 if host == "web-01" else 7000
        tick = START.replace(minute=START.minute - START.minute % 10) + timedelta(minutes=7)
        while tick < END:
            pid += 3
            emit(tick, f"{host}/syslog", f"{iso(tick)} {host} CRON[{pid}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)")
            tick += timedelta(minutes=10)
        for hour in range(0, 41, 7):
            login = START + timedelta(hours=hour, minutes=rng.randrange(0, 50), seconds=rng.randrange(0, 60))
            emit(login, f"{host}/syslog", f"{iso(login)} {host} sshd[{pid + hour}]: Accepted publickey for deploy from 10.0.0.5 port {rng.randrange(40000, 60000)} ssh2: ED25519 SHA256:q8Ps0mV1kT9dXc3QeZ7yR2uWn5bHj4LfA6gEo1sIpKc")
            emit(login, f"{host}/syslog", f"{iso(login)} {host} systemd-logind[588]: New session {hour + 11} of user deploy.")

    # web-01: memory pressure, then the OOM killer every 40 to 70 minutes until the clean-up.
    moment = PRESSURE
    while moment < FIRST_OOM:
        emit(moment, "web-01/syslog", f"{iso(moment)} web-01 systemd-journald[312]: Under memory pressure, flushing caches.")
        moment += timedelta(minutes=rng.randrange(6, 14), seconds=rng.randrange(0, 60))
    kill = FIRST_OOM
    uptime = 183224.553121
    while kill < WEB01_OUT:
        up = uptime + (kill - FIRST_OOM).total_seconds()
        rss = rng.randrange(1790000, 1860000)
        lines = [
            f"kernel: [{up:.6f}] node invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0",
            f"kernel: [{up:.6f}] Mem-Info:",
            f"kernel: [{up + 0.000412:.6f}] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/booktiful.service,task=node,pid={app_pid},uid=1001",
            f"kernel: [{up + 0.000431:.6f}] Out of memory: Killed process {app_pid} (node) total-vm:3120448kB, anon-rss:{rss}kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:4012kB oom_score_adj:0",
            f"kernel: [{up + 0.071224:.6f}] oom_reaper: reaped process {app_pid} (node), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB",
            "systemd[1]: booktiful.service: A process of this unit has been killed by the OOM killer.",
            "systemd[1]: booktiful.service: Main process exited, code=killed, status=9/KILL",
            "systemd[1]: booktiful.service: Failed with result 'oom-kill'.",
        ]
        for offset, text in enumerate(lines):
            at = kill + timedelta(milliseconds=offset * 3)
            emit(at, "web-01/syslog", f"{iso(at)} web-01 {text}")
        app_pid += rng.randrange(40, 400)
        restart = kill + timedelta(seconds=5)
        emit(restart, "web-01/syslog", f"{iso(restart)} web-01 systemd[1]: booktiful.service: Scheduled restart job, restart counter is at {rng.randrange(1, 9)}.")
        emit(restart, "web-01/syslog", f"{iso(restart)} web-01 systemd[1]: Started BooktifuL web application.")
        kill += timedelta(minutes=rng.randrange(40, 70), seconds=rng.randrange(0, 60))
    for at, text in (
        (WEB01_OUT + timedelta(minutes=2), "systemd[1]: Stopping BooktifuL web application..."),
        (WEB01_OUT + timedelta(minutes=2, seconds=1), "systemd[1]: booktiful.service: Succeeded."),
        (WEB01_OUT + timedelta(minutes=2, seconds=1), "systemd[1]: Stopped BooktifuL web application."),
        (WEB01_OUT + timedelta(minutes=9), "sudo[9121]:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/sync"),
        (WEB01_OUT + timedelta(minutes=11), "systemd[1]: Started BooktifuL web application."),
    ):
        emit(at, "web-01/syslog", f"{iso(at)} web-01 {text}")

    for moment, _, path, line in sorted(events, key=lambda event: (event[0], event[1])):
        write(path, line)
    for handle in files.values():
        handle.close()
    # Files carry the time they were last written, so year inference has the right reference.
    stamp = END.timestamp()
    for path in files:
        os.utime(os.path.join(out, path), (stamp, stamp))


if __name__ == "__main__":
    main()
