#!/usr/bin/env python3
"""How `libro servir` holds up against hostile clients on loopback; bench.py runs it last.

    python3 Tests/Benchmarks/serve_bench.py LIBRO [--content content] [--requests 30]

Starts `LIBRO serve --puerto 0` on the content folder, times requests to `/` with no other
client, then again while 4 clients send requests with a 1 MB header line and 4 send 32 KB
URLs of 16 000 segments, each over and over on new connections; then sends SIGTERM while those
clients are still at it and times how long the process takes to exit. Prints one line per
measurement and a JSON summary last. Every request goes to 127.0.0.1 and the clients stop by
themselves after --limit seconds. A benchmark, not a test: nothing here fails on a time.
"""

import argparse
import json
import re
import signal
import socket
import statistics
import subprocess
import threading
import time

HEADER_LINE = 1024 * 1024
URL_SEGMENTS = 16_000


def read_status(sock):
    """The status code of the first response line, or 0 when the connection closed first."""
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        return 0
    match = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return int(match.group(1)) if match else 0


def hostile_request(kind, port):
    host = f"Host: 127.0.0.1:{port}\r\n".encode()
    if kind == "header":
        return b"GET / HTTP/1.1\r\n" + host + b"X-Relleno: " + b"a" * HEADER_LINE + b"\r\n\r\n"
    return b"GET " + b"/a" * URL_SEGMENTS + b"/ HTTP/1.1\r\n" + host + b"\r\n"


def hostile_client(kind, port, stop, outcomes):
    request = hostile_request(kind, port)
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                try:
                    sock.sendall(request)
                except OSError:
                    pass
                outcomes.append((kind, read_status(sock)))
        except OSError:
            outcomes.append((kind, -1))
            time.sleep(0.05)


def timed_get(port, limit):
    """Seconds until `/` arrived whole, and whether it did (a request that takes longer than
    `limit` counts as `limit`, and as wrong)."""
    start = time.perf_counter()
    data = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=limit) as sock:
            sock.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError:
        pass
    elapsed = time.perf_counter() - start
    ok = data.startswith(b"HTTP/1.1 200") and b"</html>" in data
    return elapsed, ok


def start_server(libro, content):
    process = subprocess.Popen(
        [libro, "servir", "--contenido", content, "--puerto", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for line in process.stdout:
        match = re.search(r"sirviendo en http://127\.0\.0\.1:(\d+)/", line)
        if match:
            # Keep reading its output so the pipe never fills.
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
            return process, int(match.group(1))
    raise SystemExit("bench: libro servir no arrancó")


def measure(port, count, limit):
    times = []
    failures = 0
    for _ in range(count):
        elapsed, ok = timed_get(port, limit)
        times.append(elapsed)
        failures += 0 if ok else 1
        time.sleep(0.05)
    return times, failures


def describe(name, times, failures):
    ms = [t * 1000 for t in times]
    print(
        f"{name}: mediana {statistics.median(ms):.1f} ms, máximo {max(ms):.1f} ms en {len(ms)} peticiones"
        + (f", {failures} respuestas incorrectas" if failures else "")
    )
    return {"median_ms": round(statistics.median(ms), 1), "max_ms": round(max(ms), 1), "wrong": failures}


def run(libro, content, requests=30, limit=120):
    """Measures and prints; returns the summary."""
    process, port = start_server(libro, content)
    summary = {"quiet": describe("/ sin otros clientes", *measure(port, requests, limit))}

    stop = threading.Event()
    outcomes = []
    clients = [
        threading.Thread(target=hostile_client, args=(kind, port, stop, outcomes), daemon=True)
        for kind in ["header"] * 4 + ["url"] * 4
    ]
    for client in clients:
        client.start()
    threading.Timer(limit, stop.set).start()
    time.sleep(1)
    summary["hostile"] = describe("/ junto a 4 + 4 clientes hostiles", *measure(port, requests, limit))

    start = time.perf_counter()
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        # Deaf to SIGTERM: ended by force, and the time given is the limit.
        process.kill()
        process.wait()
        code = None
    exit_ms = (time.perf_counter() - start) * 1000
    stop.set()
    ended = f"código {code}" if code is not None else f"no salió en {limit:.0f} s; terminado con SIGKILL"
    print(f"de SIGTERM a la salida, junto a los clientes hostiles: {exit_ms:.0f} ms, {ended}")
    summary["sigterm_ms"] = round(exit_ms)
    summary["exit_code"] = code

    counts = {}
    for kind, status in outcomes:
        counts.setdefault(kind, {}).setdefault(str(status), 0)
        counts[kind][str(status)] += 1
    print(f"respuestas a los clientes hostiles (estado: veces; 0 cerrada sin respuesta, -1 sin conexión): {counts}")
    summary["hostile_answers"] = counts
    print(json.dumps(summary))
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("libro")
    parser.add_argument("--content", default="content")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--limit", type=float, default=120,
                        help="seconds after which a request, the clients and the wait for the exit give up")
    args = parser.parse_args()
    run(args.libro, args.content, args.requests, args.limit)


if __name__ == "__main__":
    main()
