"""How long CD206's link checker takes, against the loopback test server (nothing leaves the machine).

Checks N distinct URLs (most answer 200, some 404, a few never answer) with a few settings of
``concurrency``/``per-host`` and prints the wall time of each run.

    .venv/bin/python bench/linkcheck_loopback.py [N]
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.linkcheck import LinkSettings, check_urls
from tests.test_linkcheck import Traffic, _handler, _Server


def main() -> None:
    """Print wall time per setting."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    traffic = Traffic()
    httpd = _Server(("127.0.0.1", 0), _handler(traffic))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    hanging = max(1, count // 100)
    urls = [f"{base}/ok?{i}" for i in range(count - 2 * hanging)] + [f"{base}/missing?{i}" for i in range(hanging)]
    urls += [f"{base}/hang?{i}" for i in range(hanging)]
    try:
        for concurrency, per_host in ((1, 1), (8, 2), (8, 8), (32, 32)):
            settings = LinkSettings(timeout=0.5, retries=0, concurrency=concurrency, per_host=per_host, cache_ttl=0)
            started = time.perf_counter()
            found = check_urls(urls, settings)
            elapsed = time.perf_counter() - started
            failed = sum(1 for s in found.values() if not s.ok)
            print(
                f"{len(urls)} links ({hanging} never answer), concurrency {concurrency}, per-host {per_host}: "
                f"{elapsed:.2f}s, {failed} not ok"
            )
    finally:
        httpd.shutdown()
        httpd.server_close()


if __name__ == "__main__":
    main()
