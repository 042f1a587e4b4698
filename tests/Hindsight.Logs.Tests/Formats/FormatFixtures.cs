namespace Hindsight.Logs.Tests.Formats;

/// <summary>Lines of each supported format, written for these tests (not taken from any real log).</summary>
public static class FormatFixtures
{
    // Format name fragment, line, expected timestamp (ISO 8601 with offset, null for none), level, message.
    public static TheoryData<string, string, string?, string, string> Lines { get; } = new()
    {
        { "RFC 3164", "Feb 26 12:01:07 web-01 sshd[2211]: Accepted publickey for deploy from 10.0.0.5 port 50122 ssh2", "2022-02-26T12:01:07+03:00", "", "Accepted publickey for deploy from 10.0.0.5 port 50122 ssh2" },
        { "RFC 3164", "<11>Feb  6 08:00:01 web-01 app: disk check failed", "2022-02-06T08:00:01+03:00", "error", "disk check failed" },
        { "RFC 5424", "<165>1 2022-02-26T12:01:07.003+03:00 web-01 booktiful 2314 ID47 [exampleSDID@32473 iut=\"3\"] cache warmed", "2022-02-26T12:01:07.003+03:00", "notice", "cache warmed" },
        { "short-iso", "2022-02-26T12:01:07+0300 web-01 kernel: Out of memory: Killed process 2314 (node)", "2022-02-26T12:01:07+03:00", "", "Out of memory: Killed process 2314 (node)" },
        { "JSON", "{\"__REALTIME_TIMESTAMP\":\"1645866067000000\",\"PRIORITY\":\"3\",\"MESSAGE\":\"booktiful.service: Failed with result 'oom-kill'.\"}", "2022-02-26T09:01:07+00:00", "error", "booktiful.service: Failed with result 'oom-kill'." },
        { "JSON", "{\"time\":\"2022-02-26T12:01:07.250Z\",\"level\":\"warn\",\"msg\":\"slow query\",\"ms\":812}", "2022-02-26T12:01:07.25+00:00", "warning", "slow query" },
        { "access", "10.0.0.10 - - [26/Feb/2022:12:01:07 +0300] \"GET /books/12 HTTP/1.1\" 500 186 \"-\" \"curl/7.81.0\"", "2022-02-26T12:01:07+03:00", "error", "\"GET /books/12 HTTP/1.1\" 500 186 \"-\" \"curl/7.81.0\"" },
        { "HAProxy", "Feb 26 12:01:07 lb-01 haproxy[812]: 10.1.2.3:51234 [26/Feb/2022:12:01:07.120] fe_web be_web/web-01 0/0/1/35/36 503 212 - - ---- 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"", "2022-02-26T12:01:07+03:00", "error", "10.1.2.3:51234 [26/Feb/2022:12:01:07.120] fe_web be_web/web-01 0/0/1/35/36 503 212 - - ---- 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"" },
        { "Apache error", "[Sat Feb 26 12:01:07 2022] [error] [client 10.0.0.7] File does not exist: /var/www/favicon.ico", "2022-02-26T12:01:07+03:00", "error", "[client 10.0.0.7] File does not exist: /var/www/favicon.ico" },
        { "Apache error", "[Sat Feb 26 12:01:07.123456 2022] [core:crit] [pid 812:tid 140] AH00037: Symbolic link not allowed", "2022-02-26T12:01:07.123456+03:00", "critical", "AH00037: Symbolic link not allowed" },
        { "nginx error", "2022/02/26 12:01:07 [error] 1021#1021: *4711 connect() failed (111: Connection refused) while connecting to upstream", "2022-02-26T12:01:07+03:00", "error", "*4711 connect() failed (111: Connection refused) while connecting to upstream" },
        { "logcat", "02-26 12:01:07.123  1702  2395 W ActivityManager: Slow operation: 61ms so far", "2022-02-26T12:01:07.123+03:00", "warning", "Slow operation: 61ms so far" },
        { "CBS", "2022-02-26 12:01:07, Info                  CBS    Starting TrustedInstaller initialization.", "2022-02-26T12:01:07+03:00", "info", "Starting TrustedInstaller initialization." },
        { "RAS", "- 1645866067 2022.02.26 R01-M0-N4 2022-02-26-12.01.07.123456 R01-M0-N4 RAS KERNEL FATAL data TLB error interrupt", "2022-02-26T12:01:07.123456+03:00", "critical", "data TLB error interrupt" },
        { "RAS", "- 1645866067 2022.02.26 node-7 Feb 26 12:01:07 node-7/node-7 crond(pam_unix)[2915]: session closed for user root", "2022-02-26T12:01:07+03:00", "", "session closed for user root" },
        { "RAS", "- 1645866067 2022.02.26 node-7 Feb 26 12:01:07 local@node-7 kernel: eth0: link up", "2022-02-26T12:01:07+03:00", "", "eth0: link up" },
        { "HPC", "4711 node-12 unix.hw state_change.unavailable 1645866067 1 Component State Change: Component alt0 is in the unavailable state", "2022-02-26T09:01:07+00:00", "", "Component State Change: Component alt0 is in the unavailable state" },
        { "epoch", "1645866067.250 ERROR db: connection refused", "2022-02-26T09:01:07.25+00:00", "error", "connection refused" },
        { "epoch", "1645866067250 WARN cache miss ratio high", "2022-02-26T09:01:07.25+00:00", "warning", "cache miss ratio high" },
        { "leading timestamp", "2022-02-26 12:01:07,978 INFO [main] org.example.booktiful.Server: Started in 2.1 s", "2022-02-26T12:01:07.978+03:00", "info", "Started in 2.1 s" },
        { "leading timestamp", "2022-02-26 12:01:07.978 [http-nio-8080-exec-3] ERROR o.e.b.BookController - Request failed", "2022-02-26T12:01:07.978+03:00", "error", "Request failed" },
        { "leading timestamp", "2022-02-26 12:01:07,978 - booktiful.db - WARNING - pool exhausted", "2022-02-26T12:01:07.978+03:00", "warning", "pool exhausted" },
        { "leading timestamp", "2022-02-26 12:01:07,978 - INFO  [QuorumPeer[myid=2]/0.0.0.0:2181:Leader@412] - LEADING - LEADER ELECTION TOOK - 221", "2022-02-26T12:01:07.978+03:00", "info", "LEADING - LEADER ELECTION TOOK - 221" },
        { "leading timestamp", "220226 120107 148 INFO dfs.DataNode$DataXceiver: Receiving block blk_42 src: /10.0.0.4:5001", "2022-02-26T12:01:07+03:00", "info", "Receiving block blk_42 src: /10.0.0.4:5001" },
        { "leading timestamp", "22/02/26 12:01:07 WARN storage.BlockManager: Block rdd_3_1 could not be removed", "2022-02-26T12:01:07+03:00", "warning", "Block rdd_3_1 could not be removed" },
        { "leading timestamp", "nova-api.log.1.2022-02-26_12:00:00 2022-02-26 12:01:07.008 25746 INFO nova.osapi_compute.wsgi.server [req-1 - - - - -] 10.0.0.1 \"GET /v2/servers HTTP/1.1\" status: 200", "2022-02-26T12:01:07.008+03:00", "info", "10.0.0.1 \"GET /v2/servers HTTP/1.1\" status: 200" },
        { "leading timestamp", "2022-02-26 12:01:07.123 +01:00 [ERR] Request failed after 3 retries", "2022-02-26T12:01:07.123+01:00", "error", "Request failed after 3 retries" },
        { "leading timestamp", "2022-02-26 12:01:07 -10 items left in queue", "2022-02-26T12:01:07+03:00", "", "-10 items left in queue" },
        { "leading timestamp", "2022-02-26T12:01:07Z INFO service started", "2022-02-26T12:01:07+00:00", "info", "service started" },
        { "leading timestamp", "20220226-12:01:07:98|Step_Counter|30002312|onStepChanged 3579", "2022-02-26T12:01:07.098+03:00", "", "onStepChanged 3579" },
        { "leading timestamp", "20220226-12:01:07:417|Step_Utils|30002312| total steps = 7007##548365", "2022-02-26T12:01:07.417+03:00", "", "total steps = 7007##548365" },
        { "leading timestamp", "[02.26 12:01:07] agent.exe - proxy.example.org:5070 open through proxy proxy.example.org:5070 HTTPS", "2022-02-26T12:01:07+03:00", "", "proxy.example.org:5070 open through proxy proxy.example.org:5070 HTTPS" },
        { "leading timestamp", "[02.26 12:01:08] agent.exe *64 - cdn.example.org:443 close, 0 bytes sent, 0 bytes received, lifetime <1 sec", "2022-02-26T12:01:08+03:00", "", "cdn.example.org:443 close, 0 bytes sent, 0 bytes received, lifetime <1 sec" },
        { "leading timestamp", "26.02.2022 12:01:07 ERROR payment gateway timed out", "2022-02-26T12:01:07+03:00", "error", "payment gateway timed out" },
    };
}
